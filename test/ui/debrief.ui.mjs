// @ts-check
// The debrief (#21) in the real workbench: opened from the application's row and from the palette, in a light and a
// dark theme and in Chinese; its rounds, roll-up and dimensions shown, and no error toast.
import { uiTest } from './uiTest.mjs';
import { chinese, exploreSampleData, lookUp, readJson, SAMPLE, scoreDetailsFrame } from './recruiterFlow.mjs';

const nlsEn = readJson('package.nls.json');
const nlsZh = readJson('package.nls.zh-cn.json');
const zhBundle = readJson('l10n/bundle.l10n.zh-cn.json');

/**
 * The page once its scorecards are in: six rounds, the roll-up, the dimension table.
 * @param {import('./uiTest.mjs').Ui} ui
 * @param {(english: string) => string} t
 */
async function checkPage(ui, t) {
  const frame = scoreDetailsFrame(ui);
  await frame.locator('table.scorecard').waitFor({ timeout: 20_000 });
  const rounds = await frame.locator('section.round').count();
  if (rounds !== 6) { throw new Error(`the debrief shows ${rounds} rounds, not 6`); }
  const text = await frame.locator('main').innerText();
  for (const expected of [t('Roll-up'), t('Conclusions'), t('Where the ranges meet'), t('Dimensions across all rounds'), t('Copy Debrief as Markdown')]) {
    if (!text.includes(expected)) { throw new Error(`the debrief lacks "${expected}":\n${text.slice(0, 2000)}`); }
  }
  const records = await frame.locator('section.round tbody tr').count();
  if (records !== 18) { throw new Error(`the debrief shows ${records} records, not 18`); }
  const errors = await ui.page.locator('.notification-toast .codicon-error, .notification-toast .codicon-warning').count();
  if (errors > 0) { throw new Error(`an error toast: ${await ui.page.locator('.notification-toast').first().innerText()}`); }
  return frame;
}

/**
 * Looks up the 6-round application and opens its debrief from the row's inline action.
 * @param {import('./uiTest.mjs').Ui} ui
 * @param {string} action  the action's title
 */
async function debriefFromRow(ui, action) {
  await lookUp(ui, SAMPLE.appWith6Rounds);
  const row = ui.sidebar().locator('.monaco-list-row.selected').first();
  await row.waitFor();
  const frame = scoreDetailsFrame(ui);
  for (let attempt = 1; ; attempt++) {
    await row.hover();
    await row.locator(`.action-label[aria-label="${action}"]`).click();
    try {
      await frame.locator('h1').waitFor({ timeout: 8_000 });
      return;
    } catch (e) {
      if (attempt === 3) { throw new Error('the row\'s Debrief action opened no page', { cause: e }); }
    }
  }
}

for (const [theme, name] of /** @type {const} */ ([['Light Modern', 'light'], ['Dark Modern', 'dark']])) {
  uiTest(`a debrief from the application's row in the ${name} theme`, async ui => {
    await exploreSampleData(ui);
    await debriefFromRow(ui, nlsEn['command.application.debrief']);
    await checkPage(ui, s => s);
    await ui.palette('View: Close Primary Side Bar');
    await ui.page.setViewportSize({ width: 1440, height: 1280 });
    await ui.page.waitForTimeout(500);
    await ui.screenshot(`debrief-${name}`);
  }, { settings: { 'workbench.colorTheme': theme } });
}

uiTest('a debrief from the palette, by application ID; a record opens its score details', async ui => {
  await exploreSampleData(ui);
  await ui.palette(`${nlsEn['category']}: ${nlsEn['command.application.debrief']}`);
  await ui.page.locator('.quick-input-widget input[placeholder="6949805467799537964"], .quick-input-widget input').first().waitFor();
  await ui.quickInput(SAMPLE.appWith6Rounds);
  const frame = await checkPage(ui, s => s);
  await ui.screenshot('debrief-from-palette');
  await frame.locator('section.round [data-action="openDetails"]').first().click();
  // The score details tab is titled "<interviewer> · <conclusion>"; the debrief's is "Debrief: <candidate>".
  await ui.page.locator('.tab', { hasText: / · / }).first().waitFor({ timeout: 15_000 });
  await ui.screenshot('debrief-opens-score-details');
});

uiTest('a debrief in Chinese', async ui => {
  const zh = chinese();
  await exploreSampleData(ui, zh);
  await ui.palette(`${nlsZh['category']}: ${nlsZh['command.application.debrief']}`);
  await ui.quickInput(SAMPLE.appWith6Rounds);
  /** @param {string} s */
  const t = s => {
    const value = zhBundle[s];
    if (!value) { throw new Error(`no zh-cn translation for "${s}"`); }
    return value;
  };
  await checkPage(ui, t);
  await ui.palette('View: Close Primary Side Bar');
  await ui.page.setViewportSize({ width: 1440, height: 1280 });
  await ui.page.waitForTimeout(500);
  await ui.screenshot('debrief-zh-cn');
}, { locale: 'zh-cn' });
