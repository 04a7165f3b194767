// @ts-check
// What a recruiter does, driven through the real workbench: sample data, lookup, Load more, score details.
import { uiTest } from './uiTest.mjs';
import { interviewAt, sampleTenant } from '../../out/test/ui/sampleTenant.mjs';
import {
  english,
  exploreSampleData,
  lookUp,
  lookUp120,
  lookUpCandidate,
  openFirstRecord,
  openRecord,
  SAMPLE,
  SHOWCASE,
  scoreDetailsFrame,
  withFixtures,
} from './recruiterFlow.mjs';

/**
 * Clicks "Load more…" and waits until `rows` has more rows than before.
 * @param {import('./uiTest.mjs').Ui} ui
 * @param {import('playwright-core').Locator} rows
 * @param {string} what
 */
async function loadMore(ui, rows, what) {
  const before = await rows.count();
  await ui.treeRow(english.loadMore).click();
  for (let i = 0; i < 100 && (await rows.count()) <= before; i++) { await ui.page.waitForTimeout(100); }
  if ((await rows.count()) <= before) { throw new Error(`Load more added no ${what} (${before})`); }
}

uiTest('explore sample data: All applications pages with Load more; a candidate\'s rounds', async ui => {
  const sidebar = await exploreSampleData(ui);
  await ui.screenshot('sample-tree');
  // Hundreds of applications in the showcase: All applications shows a page of them, then "Load more…" (the list
  // draws only the rows in view, so the pager's count says how many are loaded).
  const applications = sidebar.locator('.monaco-list-row[aria-level="2"]');
  await applications.first().waitFor();
  const pager = ui.treeRow(english.loadMore);
  const loaded = async () => {
    // End moves the tree's focus to its last row, All applications' pager, and scrolls it into view.
    await sidebar.locator('.monaco-list').first().focus();
    await ui.page.keyboard.press('End');
    await ui.page.waitForTimeout(200);
    return (await pager.count()) === 0 ? 0 : Number(/(\d+) loaded/.exec(await pager.innerText())?.[1] ?? 0);
  };
  for (let i = 0; i < 50 && (await loaded()) === 0; i++) { await ui.page.waitForTimeout(100); }
  const before = await loaded();
  if (before < 10) { throw new Error(`All applications' first page holds ${before} applications`); }
  await pager.click();
  for (let i = 0; i < 100 && (await loaded()) <= before; i++) { await ui.page.waitForTimeout(100); }
  if ((await loaded()) <= before) { throw new Error(`Load more added no applications (${before})`); }
  // The rows' names arrive just after the page: the picture waits for them (a bare 19-digit ID is a row still loading).
  const bare = sidebar.locator('.monaco-list-row[aria-level="2"]', { hasText: /^\s*\d{19}\s*$/ });
  for (let i = 0; i < 100 && (await bare.count()) > 0; i++) { await ui.page.waitForTimeout(100); }
  await ui.screenshot('all-applications-more');
  await lookUpCandidate(ui);
  await ui.screenshot('application-expanded');
});

uiTest('Load more interviews of the fixtures\' 120-round application', async ui => {
  await withFixtures(ui, async () => {
    await lookUp120(ui);
    await loadMore(ui, ui.sidebar().locator('.monaco-list-row', { hasText: english.round }), 'interviews');
    await ui.screenshot('after-load-more');
  });
});

uiTest('a record opens the score details panel', async ui => {
  await exploreSampleData(ui);
  await openFirstRecord(ui, { record: english.anyRecord });
  await ui.page.waitForTimeout(500);
  await ui.screenshot('score-details');
});

/**
 * Relative luminance (0 black … 1 white) of a CSS rgb()/rgba() colour.
 * @param {string} cssColor
 */
function luminance(cssColor) {
  const [r, g, b] = (cssColor.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map(c => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  if (r === undefined || g === undefined || b === undefined) { throw new Error(`not a colour: ${cssColor}`); }
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

for (const [theme, name, isDark] of /** @type {const} */ ([['Light Modern', 'light', false], ['Dark Modern', 'dark', true]])) {
  uiTest(`score details in the ${name} theme`, async ui => {
    await exploreSampleData(ui);
    const { frame } = await openFirstRecord(ui);
    await ui.page.waitForTimeout(500);
    await ui.screenshot(`score-details-${name}`);
    // The page follows the theme only through --vscode-* variables: a page with fixed colours, or one that
    // lost its stylesheet, would look the same in both themes.
    const colors = await frame.locator('body').evaluate(body => {
      const style = getComputedStyle(body);
      return { background: style.backgroundColor, text: style.color };
    });
    const [background, text] = [luminance(colors.background), luminance(colors.text)];
    if (isDark ? background > 0.1 : background < 0.6) {
      throw new Error(`${name} theme: the page background is ${colors.background} (luminance ${background.toFixed(2)})`);
    }
    if (Math.abs(background - text) < 0.4) {
      throw new Error(`${name} theme: text ${colors.text} on ${colors.background} has too little contrast`);
    }
  }, { settings: { 'workbench.colorTheme': theme } });
}

// The hostile notes are the fixtures', not the showcase's: this test signs in at a fake of its own.
uiTest('hostile interviewer notes stay inert text in the score details page', async ui => withFixtures(ui, async () => {
  await lookUp(ui, SAMPLE.appWithTrickyContent);
  await ui.treeRow(english.round).waitFor();
  // The second interview's note is '<img src=x onerror=alert(1)>' or '</script>…'; open every record of the first two.
  let dialogs = 0;
  ui.page.on('dialog', dialog => { dialogs++; void dialog.dismiss(); });
  for (const n of [0, 1]) {
    await ui.sidebar().locator('.monaco-list-row', { hasText: english.round }).nth(n).click();
  }
  const records = ui.sidebar().locator('.monaco-list-row', { hasText: /(Pass|Fail|Not started|Not submitted|No-show|No conclusion) · / });
  await records.first().waitFor();
  const texts = [];
  for (let i = 0; i < Math.min(await records.count(), 4); i++) {
    const frame = await openRecord(ui, records.nth(i));
    await ui.page.waitForTimeout(300);
    texts.push(await frame.locator('body').innerText());
    const injected = await frame.locator('img, svg, b, main script, iframe').count();
    if (injected > 0) { throw new Error(`server text became ${injected} live element(s)`); }
  }
  await ui.screenshot('hostile-notes');
  const all = texts.join('\n');
  if (!all.includes('<img src=x onerror=alert(1)>') && !all.includes('</script><script>alert("xss")</script>')) {
    throw new Error('the hostile note is not shown as text');
  }
  if (dialogs > 0) { throw new Error(`${dialogs} alert dialog(s) opened`); }
}));

uiTest('the score details panel comes back after a window reload', async ui => {
  await exploreSampleData(ui);
  const { frame } = await openFirstRecord(ui);
  const title = await frame.locator('h1').innerText();
  await ui.palette('Developer: Reload Window');
  await ui.ready();
  // Restored by the serializer from the page's saved state, then refreshed from the service.
  const restored = scoreDetailsFrame(ui);
  await restored.locator('table.comparison').waitFor({ timeout: 60_000 });
  const after = await restored.locator('h1').innerText();
  await ui.screenshot('restored-after-reload');
  if (after !== title) { throw new Error(`restored "${after}", expected "${title}"`); }
});

uiTest('the whole scorecard, interviewers side by side, with job-level names', async ui => {
  await exploreSampleData(ui);
  await lookUpCandidate(ui);
  // A round of 张伟's with the full form (even rounds) and several interviewers, one of them passing with score 3.
  const app = sampleTenant(Date.now, () => false, 'showcase').application(SHOWCASE.appZhangWei);
  const round = Array.from({ length: app?.interviewCount ?? 0 }, (_, i) => i).find(i => {
    const records = interviewAt(app, i).records;
    return i % 2 === 0 && records.length > 1 && records.some(r => r.conclusion === 1 && r.score?.level === 3);
  });
  if (round === undefined) { throw new Error('no round of 张伟\'s with several interviewers and a pass with score 3'); }
  await ui.treeRow(new RegExp(`^Round ${round + 1} · `)).click();
  const record = ui.sidebar().locator('.monaco-list-row', { hasText: /Pass · 3 · / }).first();
  await record.waitFor();
  const frame = await openRecord(ui, record);
  await frame.locator('table.scorecard').waitFor({ timeout: 15_000 });
  const card = await frame.locator('section.scorecard').innerText();
  for (const expected of ['Whole scorecard', 'Total score', 'Interview result', 'Professional skills', 'Coding', 'Weight 40', 'LRU cache', 'Strengths']) {
    if (!card.includes(expected)) { throw new Error(`the scorecard lacks "${expected}":\n${card}`); }
  }
  if (!/Level P\d/.test(card)) { throw new Error(`no level names in the scorecard:\n${card}`); }
  const facts = await frame.locator('.facts').innerText();
  if (!/Level P\d/.test(facts) || /\b\d{19}\b|\bm[a-z0-9]{14}\b/.test(facts)) { throw new Error(`the suggested level is not named:\n${facts}`); }
  // Room for the whole table: no side bar, a taller window, the scorecard in view.
  await ui.palette('View: Close Primary Side Bar');
  // A click lost to a re-render may have left a toast ("command not found"): it is not part of the picture.
  await ui.palette('Notifications: Clear All Notifications');
  await ui.page.setViewportSize({ width: 1440, height: 1280 });
  await ui.page.waitForTimeout(500);
  await frame.locator('section.scorecard h2').scrollIntoViewIfNeeded();
  await ui.page.waitForTimeout(300);
  await ui.screenshot('whole-scorecard');
});
