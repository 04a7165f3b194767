// @ts-check
// The extension as a user gets it: `npm run package`, then the .vsix installed into a fresh extensions folder
// with the server's own --install-extension, and the workbench opened without a development path
// (`node scripts/runUiTests.mjs --vsix feishu-hire-interviews.vsix`). A file left out of the .vsix fails here.
import { uiTest } from './uiTest.mjs';
import { chinese, english, exploreSampleData, lookUpCandidate, openFirstRecord } from './recruiterFlow.mjs';

/**
 * Right-clicks a tree row and runs a context-menu entry by its label.
 * @param {import('./uiTest.mjs').Ui} ui
 * @param {import('playwright-core').Locator} row
 * @param {string} label
 */
async function contextMenu(ui, row, label) {
  const item = ui.page.locator('.context-view .monaco-menu .action-item', { hasText: label }).first();
  for (let attempt = 1; ; attempt++) {
    await row.click({ button: 'right' });
    try {
      await item.waitFor({ timeout: 5_000 });
      break;
    } catch (e) {
      await ui.page.keyboard.press('Escape');
      if (attempt === 3) { throw new Error(`no "${label}" in the context menu of "${await row.innerText()}"`, { cause: e }); }
    }
  }
  await item.click();
}

/**
 * Reads the browser clipboard until it holds JSON; the copy goes extension host → workbench → clipboard.
 * @param {import('./uiTest.mjs').Ui} ui
 */
async function clipboardJson(ui) {
  let text = '';
  for (let i = 0; i < 50; i++) {
    text = await ui.page.evaluate(() => navigator.clipboard.readText());
    try { return JSON.parse(text); } catch { /* not there yet */ }
    await ui.page.waitForTimeout(100);
  }
  throw new Error(`the clipboard holds no JSON after Copy as JSON: ${JSON.stringify(text.slice(0, 200))}`);
}

uiTest('installed: sample data, look up an application, open a record\'s score details, Copy as JSON', async ui => {
  await exploreSampleData(ui);
  await lookUpCandidate(ui);
  await ui.screenshot('tree');
  const { record, frame } = await openFirstRecord(ui);
  // The page is drawn by media/scoreDetails.js (the table is there) and laid out by media/scoreDetails.css,
  // both from the .vsix. VS Code's own webview styles already pad the body, so look at a rule only ours has.
  const toolbar = await frame.locator('body').evaluate(() => {
    const bar = document.querySelector('.toolbar');
    return bar ? getComputedStyle(bar).display : 'no .toolbar';
  });
  if (toolbar !== 'flex') { throw new Error(`media/scoreDetails.css is not applied (.toolbar display: ${toolbar})`); }
  for (const heading of english.pageHeadings) {
    await frame.getByText(heading, { exact: true }).first().waitFor();
  }
  await ui.page.waitForTimeout(500);
  await ui.screenshot('score-details');

  await ui.page.evaluate(() => navigator.clipboard.writeText('before'));
  await contextMenu(ui, record, english.copyJson);
  const json = await clipboardJson(ui);
  if (typeof json.id !== 'string' || !/^\d+$/.test(json.id)) { throw new Error(`copied JSON has no record id: ${JSON.stringify(json).slice(0, 200)}`); }
  if (json.conclusion !== 1 && json.conclusion !== 2) { throw new Error(`copied a record with conclusion ${json.conclusion}, the row said Pass or Fail`); }
  if (typeof json.interview_score !== 'object') { throw new Error('copied JSON lacks interview_score'); }
}, { installed: true, timeoutMs: 180_000 });

uiTest('installed: the Extensions view shows its icon and a README whose pictures load', async ui => {
  await ui.openView('Extensions');
  const entry = ui.sidebar().locator('.monaco-list-row', { hasText: 'Feishu Hire Interviews' }).first();
  await entry.waitFor();
  await entry.click();
  const editor = ui.page.locator('.extension-editor');
  await editor.locator('.header .name', { hasText: 'Feishu Hire Interviews' }).waitFor();
  const icon = editor.locator('.header img.icon');
  await ui.page.waitForFunction(img => img instanceof HTMLImageElement && img.complete && img.naturalWidth === 128,
    await icon.elementHandle(), { timeout: 15_000 }).catch(async () => {
    throw new Error(`the extension icon did not load (${await icon.getAttribute('src')})`);
  });
  const readme = ui.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  await readme.locator('h1', { hasText: 'Feishu Hire Interviews' }).waitFor();
  await readme.locator('h2', { hasText: 'Getting started' }).waitFor();
  // Each picture either loads or, where VS Code strips data: images from the page (1.139), takes no room:
  // never a broken-image icon. Where it keeps them (1.100), they must load.
  const images = await readme.locator('body').evaluate(async body => {
    const imgs = [...body.querySelectorAll('img')];
    await Promise.all(imgs.map(img => (img.complete ? undefined : new Promise(r => { img.onload = img.onerror = r; }))));
    return imgs.map(img => ({
      src: img.getAttribute('src')?.slice(0, 30) ?? null, loaded: img.naturalWidth > 0,
      box: [img.getBoundingClientRect().width, img.getBoundingClientRect().height],
    }));
  });
  const broken = images.filter(i => (i.src === null ? i.box[0] * i.box[1] > 0 : !i.loaded));
  const shown = images.filter(i => i.loaded).length;
  const stripped = images.filter(i => i.src === null).length;
  if (images.length < 2 || broken.length || (stripped === 0 && shown < 2)) {
    throw new Error(`README pictures: ${images.length} found, ${shown} shown, ${stripped} stripped by VS Code, broken: ${JSON.stringify(broken)}`);
  }
  console.log(`      README pictures: ${shown} shown, ${stripped} stripped by VS Code ${ui.server.vscodeVersion}`);
  await ui.screenshot('extension-page');
}, { installed: true });

uiTest('installed, display language zh-cn: welcome view, tree and score details show our Chinese strings', async ui => {
  const zh = chinese();
  // The language the workbench loaded its translations for; the extension host gets the same.
  const lang = await ui.page.evaluate(() => /** @type {{ _VSCODE_NLS_LANGUAGE?: string }} */ (globalThis)._VSCODE_NLS_LANGUAGE);
  if (lang !== 'zh-cn') { throw new Error(`the workbench did not start in zh-cn (NLS language ${lang})`); }
  // Manifest strings (package.nls.zh-cn.json): the view container, the welcome view and its buttons.
  const sidebar = await ui.openView(zh.viewContainer);
  const welcome = sidebar.locator('.welcome-view-content');
  await welcome.getByRole('button', { name: zh.explore }).waitFor();
  await welcome.getByText(zh.welcomeIntro).waitFor();
  // Runtime strings (l10n/bundle.l10n.zh-cn.json, used only when vscode.env.language is zh-cn): tree and page.
  await exploreSampleData(ui, zh);
  await lookUpCandidate(ui, zh);
  await ui.screenshot('zh-cn-tree');
  const { frame } = await openFirstRecord(ui, { labels: zh });
  for (const heading of zh.pageHeadings) {
    await frame.getByText(heading, { exact: true }).first().waitFor();
  }
  const page = await frame.locator('body').innerText();
  const english = ['Conclusion', 'Interviewer\'s notes', 'Commit status'].filter(s => page.includes(s));
  if (english.length) { throw new Error(`English left on the Chinese score details page: ${english.join(', ')}`); }
  await ui.page.waitForTimeout(500);
  await ui.screenshot('zh-cn-score-details');
}, { installed: true, locale: 'zh-cn', timeoutMs: 180_000 });

uiTest('installed, Restricted Mode (folder not trusted): sample data and the score details work', async ui => {
  // The workbench opens a folder nobody has trusted yet in Restricted Mode; 1.139 also asks, 1.100 does not.
  // A user who does not know the folder answers no.
  await ui.page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor();
  const dontTrust = ui.page.locator('.monaco-dialog-box').getByRole('button', { name: /don't trust/i });
  const asked = await dontTrust.waitFor({ timeout: 10_000 }).then(() => true, () => false);
  if (asked) {
    await dontTrust.click();
    await ui.page.locator('.monaco-dialog-box').waitFor({ state: 'hidden' });
  }
  await exploreSampleData(ui);
  await openFirstRecord(ui);
  await ui.screenshot('restricted-mode');
}, { installed: true, workspaceTrust: true, timeoutMs: 180_000 });
