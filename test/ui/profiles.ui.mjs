// @ts-check
// Issue #14 in the workbench: two profiles on two servers, added through the palette, switched from the status bar.
import { startFakeFeishu } from '../../out/test/ui/fakeFeishu.mjs';
import { uiTest } from './uiTest.mjs';
import { english, signInAt } from './recruiterFlow.mjs';

uiTest('two profiles: Add Profile, then switch from the status bar; the view names the active one', async ui => {
  const feishu = await startFakeFeishu({ port: 0, appId: 'cli_tenant_a', appSecret: 'secret-a' });
  const lark = await startFakeFeishu({ port: 0, appId: 'cli_tenant_b', appSecret: 'secret-b' });
  try {
    const sidebar = await ui.openView(english.viewContainer);
    await signInAt(ui, feishu);
    await ui.treeRow(english.allApplications).waitFor({ timeout: 30_000 });
    const first = new URL(feishu.baseUrl).host;

    await signInAt(ui, lark, { profileName: 'Lark tenant' });
    const status = ui.page.locator('.statusbar-item', { hasText: 'Lark tenant' }).first();
    await status.waitFor({ timeout: 30_000 });
    await sidebar.locator('.pane-header', { hasText: 'Lark tenant' }).first().waitFor();
    await ui.treeRow(english.allApplications).waitFor({ timeout: 30_000 });
    if (!lark.stats.requests.some(r => r.route === 'token')) { throw new Error('the new profile did not sign in at its own server'); }

    await status.click();
    const picker = ui.page.locator('.quick-input-widget');
    await picker.locator('.monaco-list-row', { hasText: first }).first().waitFor();
    await ui.screenshot('switch-profile');
    await picker.locator('.monaco-list-row', { hasText: first }).first().click();
    await ui.page.locator('.statusbar-item', { hasText: first }).first().waitFor({ timeout: 30_000 });
    await sidebar.locator('.pane-header', { hasText: first }).first().waitFor();
    await ui.treeRow(english.allApplications).waitFor({ timeout: 30_000 });
    await ui.page.waitForTimeout(1_500);
    const larkAfter = lark.stats.requests.length;
    await ui.treeRow(english.allApplications).click();
    await ui.page.waitForTimeout(1_500);
    await ui.screenshot('first-profile-again');
    if (lark.stats.requests.length !== larkAfter) { throw new Error('the other profile\'s server was asked while this one is active'); }
  } finally {
    await feishu.close();
    await lark.close();
  }
});
