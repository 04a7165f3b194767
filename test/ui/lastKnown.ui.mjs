// @ts-check
// Issue #14 through a window reload (a new extension host): the tree the user had comes back from last-known data,
// marked "as of", and the Feishu server hears nothing until something new is asked for.
import { startFakeFeishu } from '../../out/test/ui/fakeFeishu.mjs';
import { uiTest } from './uiTest.mjs';
import { english, lookUp, SAMPLE, signInAt } from './recruiterFlow.mjs';

uiTest('last-known data: after a window reload the tree is back with no request, "as of" its time', async ui => {
  const fake = await startFakeFeishu({ port: 0 });
  try {
    const sidebar = await ui.openView(english.viewContainer);
    await signInAt(ui, fake);
    await ui.treeRow(english.allApplications).waitFor({ timeout: 30_000 });
    // The status bar names the active profile (the URL's host for a custom URL).
    await ui.page.locator('.statusbar-item', { hasText: new URL(fake.baseUrl).host }).first().waitFor();
    await lookUp(ui, SAMPLE.appWith7);
    const rounds = sidebar.locator('.monaco-list-row', { hasText: english.round });
    await rounds.first().waitFor({ timeout: 30_000 });
    const shown = await rounds.count();
    await ui.page.waitForTimeout(4_000); // names and labels arrive, then the debounced save
    await ui.screenshot('before-reload');
    const before = fake.stats.requests.length;

    await ui.palette('Developer: Reload Window');
    await ui.ready();
    // The side bar comes back as it was, while the workbench restores: clicking it then would close it again.
    const title = ui.sidebar().locator('.composite.title', { hasText: english.viewContainer });
    if (!(await title.waitFor({ timeout: 15_000 }).then(() => true, () => false))) { await ui.openView(english.viewContainer); }
    await ui.page.locator('.part.sidebar .message', { hasText: /as of/ }).first().waitFor({ timeout: 30_000 });
    // VS Code may or may not keep the looked-up application expanded: expand it if not; it was loaded before.
    if (!(await rounds.first().isVisible())) {
      const looked = ui.sidebar().locator('.monaco-list-row[aria-level="2"]').first();
      await looked.click();
    }
    await rounds.first().waitFor({ timeout: 30_000 });
    await ui.page.waitForTimeout(2_000);
    await ui.screenshot('after-reload');
    const after = await rounds.count();
    if (after !== shown) { throw new Error(`${after} interviews after the reload, ${shown} before`); }
    const requests = fake.stats.requests.slice(before).map(r => r.path);
    if (requests.length > 0) { throw new Error(`requests after the reload: ${JSON.stringify(requests)}`); }
  } finally {
    await fake.close();
  }
});
