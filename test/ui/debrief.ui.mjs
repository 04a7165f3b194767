// @ts-check
// The debrief (#21) in the real workbench: opened from the application's row and from the palette, in a light and a
// dark theme and in Chinese; its rounds, roll-up and dimensions shown, and no error toast.
import { uiTest } from './uiTest.mjs';
import { interviewAt, sampleTenant } from '../../out/test/ui/sampleTenant.mjs';
import { english, exploreSampleData, lookUp, readJson, SHOWCASE, scoreDetailsFrame, stringsFor } from './recruiterFlow.mjs';

const nlsEn = readJson('package.nls.json');

/** Rounds and records of 张伟's application, from the showcase (sample mode's tenant) itself. */
function zhangWeiShape() {
  const app = sampleTenant(Date.now, () => false, 'showcase').application(SHOWCASE.appZhangWei);
  if (!app) { throw new Error('no application of 张伟 in the showcase'); }
  const records = Array.from({ length: app.interviewCount }, (_, i) => interviewAt(app, i).records.length).reduce((a, b) => a + b, 0);
  return { rounds: app.interviewCount, records };
}

/**
 * The page once its scorecards are in: six rounds, the roll-up, the dimension table.
 * @param {import('./uiTest.mjs').Ui} ui
 * @param {(english: string) => string} t
 * @param {{ rounds: number, records: number }} [expected]
 */
async function checkPage(ui, t, expected = { rounds: 6, records: 18 }) {
  const frame = scoreDetailsFrame(ui);
  await frame.locator('table.scorecard').waitFor({ timeout: 20_000 });
  const rounds = await frame.locator('section.round').count();
  if (rounds !== expected.rounds) { throw new Error(`the debrief shows ${rounds} rounds, not ${expected.rounds}`); }
  const text = await frame.locator('main').innerText();
  for (const expected of [t('Roll-up'), t('Conclusions'), t('Where the ranges meet'), t('Dimensions across all rounds'), t('Copy Debrief as Markdown')]) {
    if (!text.includes(expected)) { throw new Error(`the debrief lacks "${expected}":\n${text.slice(0, 2000)}`); }
  }
  const records = await frame.locator('section.round tbody tr').count();
  if (records !== expected.records) { throw new Error(`the debrief shows ${records} records, not ${expected.records}`); }
  const errors = await ui.page.locator('.notification-toast .codicon-error, .notification-toast .codicon-warning').count();
  if (errors > 0) { throw new Error(`an error toast: ${await ui.page.locator('.notification-toast').first().innerText()}`); }
  return frame;
}

/**
 * Looks up the 6-round application and opens its debrief from the row's inline action.
 * @param {import('./uiTest.mjs').Ui} ui
 * @param {string} action  the action's title
 * @param {import('./recruiterFlow.mjs').Labels} [labels]
 */
async function debriefFromRow(ui, action, labels = english) {
  await lookUp(ui, SHOWCASE.appWith6Rounds, labels);
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

uiTest('a debrief from the palette through Find Candidate; a record opens its score details', async ui => {
  await exploreSampleData(ui);
  await ui.palette(`${nlsEn['category']}: ${nlsEn['command.application.debrief']}`);
  // No application selected: the candidate is found by name, as Find Candidate does.
  const widget = ui.page.locator('.quick-input-widget');
  await widget.locator('input').waitFor({ state: 'visible' });
  await widget.locator('input').fill('张伟');
  const candidate = widget.locator('.monaco-list-row', { hasText: '张伟' }).filter({ hasText: /\*{4}/ }).first();
  await candidate.waitFor({ timeout: 15_000 });
  await ui.page.waitForTimeout(500);
  await candidate.click();
  const application = widget.locator('.monaco-list-row', { hasText: '高级前端工程师' }).first();
  await application.waitFor({ timeout: 15_000 });
  await ui.page.waitForTimeout(500);
  await application.click();
  // 张伟's application for 高级前端工程师 is the showcase's appZhangWei.
  const frame = await checkPage(ui, s => s, zhangWeiShape());
  await ui.screenshot('debrief-from-find-candidate');
  await frame.locator('section.round [data-action="openDetails"]').first().click();
  // The score details tab is titled "<interviewer> · <conclusion>"; the debrief's is "Debrief: <candidate>".
  await ui.page.locator('.tab', { hasText: / · / }).first().waitFor({ timeout: 15_000 });
  await ui.screenshot('debrief-opens-score-details');
});

uiTest('a debrief in Chinese', async ui => {
  const { nls, t, labels: zh } = stringsFor('zh-cn');
  await exploreSampleData(ui, zh);
  await debriefFromRow(ui, nls['command.application.debrief'], zh);
  await checkPage(ui, t);
  await ui.palette('View: Close Primary Side Bar');
  await ui.page.setViewportSize({ width: 1440, height: 1280 });
  await ui.page.waitForTimeout(500);
  await ui.screenshot('debrief-zh-cn');
}, { locale: 'zh-cn' });
