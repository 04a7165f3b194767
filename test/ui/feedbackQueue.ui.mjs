// @ts-check
// The recruiter's queue in the real workbench: Feedback Owed (badge, interviewers) and Recent Interviews (days),
// on the sample data, in a light and a dark theme.
import { uiTest } from './uiTest.mjs';
import { english, openRecord, scoreDetailsFrame } from './recruiterFlow.mjs';

/** @param {import('./uiTest.mjs').Ui} ui */
async function showQueue(ui) {
  const sidebar = await ui.openView('Feishu Hire');
  const explore = sidebar.locator('.welcome-view-content').getByRole('button', { name: /Explore Sample Data/ }).first();
  await explore.waitFor();
  await explore.click();
  // Both queue views start collapsed (the main tree keeps the room; nothing loads before they are opened).
  for (const title of ['Feedback Owed', 'Recent Interviews']) {
    const header = sidebar.locator('.pane-header', { has: ui.page.locator('.title', { hasText: new RegExp(`^${title}$`) }) });
    await ui.setPaneExpanded(header, true);
  }
  // An interviewer row of Feedback Owed ("3 owed · oldest ended 9 days ago") and today's row of Recent Interviews.
  await ui.treeRow(/\d+ owed · oldest ended/).waitFor({ timeout: 30_000 });
  await ui.treeRow(/^Today/).waitFor({ timeout: 30_000 });
  // Owed records name the candidate once the names have arrived (until then, the application ID).
  await sidebar.locator('.monaco-list-row', { hasText: / · ended (today|yesterday|\d+ days ago)/ })
    .filter({ hasNotText: /^Application \d/ }).first().waitFor({ timeout: 30_000 });
  // The view's badge shows on the activity bar once loading (a progress clock there) is over.
  const badge = ui.page.locator('.activitybar .action-item:has(a[aria-label^="Feishu Hire"]) .badge-content');
  let text = '';
  for (let i = 0; i < 100 && !/^\d+$/.test(text); i++) {
    text = (await badge.count()) > 0 ? (await badge.first().innerText()).trim() : '';
    if (!/^\d+$/.test(text)) { await ui.page.waitForTimeout(200); }
  }
  if (!(Number(text) > 0)) { throw new Error(`the activity bar badge shows "${text}", not the owed count`); }
  // Collapse the main tree so both queue views have room.
  const mainHeader = sidebar.locator('.pane-header', { has: ui.page.locator('.title', { hasText: /^Interviews$/ }) });
  await ui.setPaneExpanded(mainHeader, false);
  // A wider side bar, so candidate, job, round and age fit on a row.
  const box = await sidebar.boundingBox();
  if (box) {
    await ui.page.mouse.move(box.x + box.width + 1, box.y + box.height / 2);
    await ui.page.mouse.down();
    await ui.page.mouse.move(box.x + 620, box.y + box.height / 2, { steps: 8 });
    await ui.page.mouse.up();
  }
  await ui.page.mouse.move(0, 0);
  await ui.page.waitForTimeout(500);
  return sidebar;
}

for (const [theme, name] of /** @type {const} */ ([['Light Modern', 'light'], ['Dark Modern', 'dark']])) {
  uiTest(`feedback owed and recent interviews in the ${name} theme`, async ui => {
    await showQueue(ui);
    await ui.screenshot(`feedback-queue-${name}`);
  }, { settings: { 'workbench.colorTheme': theme } });
}

uiTest('Copy Reminder on an interviewer puts the message on the clipboard', async ui => {
  await showQueue(ui);
  const row = ui.treeRow(/\d+ owed · oldest ended/);
  await row.hover();
  await row.locator('.action-label[aria-label="Copy Reminder"]').click();
  await ui.page.locator('.statusbar', { hasText: /Copied a reminder for/ }).waitFor();
  await ui.screenshot('reminder-copied');
});

// Rows name their view's own Show Score Details without arguments (#23.3): the clicked row is its view's selection,
// so a row still selected in one view opens itself again after a click on a record of the other view.
uiTest('a click on a queue record opens that record, also after a click on a record of the other view', async ui => {
  const sidebar = await showQueue(ui);
  /** @param {string} title */
  const pane = title => sidebar.locator('.pane', { has: ui.page.locator('.pane-header .title', { hasText: new RegExp(`^${title}$`) }) });
  const frame = scoreDetailsFrame(ui);
  const heading = async () => (await frame.locator('header').innerText()).trim();
  /** @param {(text: string) => boolean} ok @param {string} what */
  const headingBecomes = async (ok, what) => {
    let text = '';
    for (let i = 0; i < 50 && !ok(text); i++) {
      text = await heading().catch(() => '');
      if (!ok(text)) { await ui.page.waitForTimeout(200); }
    }
    if (!ok(text)) { throw new Error(`the score details show "${text}", not ${what}`); }
    return text;
  };

  const owedRow = pane('Feedback Owed').locator('.monaco-list-row', { hasText: / · ended / }).first();
  await openRecord(ui, owedRow);
  const owedHeading = await headingBecomes(text => text !== '', 'the owed record');

  const recent = pane('Recent Interviews');
  await recent.locator('.monaco-list-row', { hasText: / of \d+ submitted/ }).first().click();
  const recentRecord = recent.locator('.monaco-list-row', { hasText: english.anyRecord }).first();
  await recentRecord.waitFor({ timeout: 15_000 });
  await recentRecord.click();
  await headingBecomes(text => text !== '' && text !== owedHeading, 'the Recent Interviews record');

  await owedRow.click();
  await headingBecomes(text => text === owedHeading, `the owed record again ("${owedHeading}")`);
  await ui.screenshot('queue-record-again');
});

// The Ready for Debrief rows name their command without arguments too (#23.3): a click opens that application's debrief.
uiTest('a click on a Ready for Debrief row opens that application\'s debrief', async ui => {
  const sidebar = await showQueue(ui);
  const ready = sidebar.locator('.monaco-list-row', { has: ui.page.locator('.label-name', { hasText: /^Ready for Debrief$/ }) }).first();
  await ready.waitFor({ timeout: 30_000 });
  // The first row after the group's own row is its newest ready application.
  const index = Number(await ready.getAttribute('data-index'));
  const row = ready.locator('..').locator(`.monaco-list-row[data-index="${index + 1}"]`);
  const name = (await row.locator('.label-name').innerText()).trim();
  await row.click();
  const frame = scoreDetailsFrame(ui);
  await frame.locator('h1').waitFor({ timeout: 20_000 });
  const title = (await frame.locator('h1').innerText()).trim();
  if (!name || !title.includes(name.split(' · ')[0] ?? name)) { throw new Error(`the row "${name}" opened a page titled "${title}"`); }
  await ui.screenshot('ready-debrief');
});
