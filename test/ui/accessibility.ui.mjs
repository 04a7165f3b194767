// @ts-check
// Issue #23.5 with a screen reader's and a keyboard user's eyes: the score details page's headings, table headers,
// status region, focus order and visible focus; the tree rows' accessible names say what their icons show.
import { uiTest } from './uiTest.mjs';
import { exploreSampleData, openFirstRecord } from './recruiterFlow.mjs';

uiTest('score details for a screen reader and the keyboard: headings, table headers, status, focus', async ui => {
  await exploreSampleData(ui);
  const { record, frame } = await openFirstRecord(ui);
  // The row's accessible name starts with what its icon shows, in words.
  const rowName = await record.getAttribute('aria-label');
  if (!rowName?.startsWith('Interview feedback: ')) { throw new Error(`the record row's accessible name: ${rowName}`); }

  await frame.locator('table.comparison tbody tr').first().waitFor();
  const page = await frame.locator('body').evaluate(body => ({
    headings: [...body.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => Number(h.tagName.slice(1))),
    title: body.querySelector('h1')?.textContent ?? '',
    headers: body.querySelectorAll('th').length,
    unscoped: [...body.querySelectorAll('th')].filter(th => !['col', 'row'].includes(th.getAttribute('scope') ?? '')).map(th => th.textContent),
    unnamedTables: [...body.querySelectorAll('table')].filter(t => !t.getAttribute('aria-labelledby') && !t.querySelector('caption')).length,
    status: { role: document.getElementById('status')?.getAttribute('role'), text: document.getElementById('status')?.textContent ?? '' },
    liveMain: document.getElementById('app')?.hasAttribute('aria-live'),
    unnamedButtons: [...body.querySelectorAll('button')].filter(b => !(b.textContent ?? '').trim() && !b.getAttribute('aria-label')).length,
    buttons: [...body.querySelectorAll('button')].map(b => b.dataset['key'] ?? ''),
  }));
  const problems = [];
  if (page.headings[0] !== 1 || page.headings.filter(h => h === 1).length !== 1) { problems.push(`one h1 first: ${page.headings}`); }
  if (page.headings.some((h, i) => i > 0 && h > (page.headings[i - 1] ?? 1) + 1)) { problems.push(`a skipped heading level: ${page.headings}`); }
  if (page.headers === 0 || page.unscoped.length > 0) { problems.push(`table headers without scope: ${page.unscoped.join(', ')} (of ${page.headers})`); }
  if (page.unnamedTables > 0) { problems.push(`${page.unnamedTables} tables without a name`); }
  if (page.status.role !== 'status' || !page.status.text.includes(page.title)) { problems.push(`status region: ${JSON.stringify(page.status)}, title ${page.title}`); }
  if (page.liveMain) { problems.push('the whole page is a live region'); }
  if (page.unnamedButtons > 0) { problems.push(`${page.unnamedButtons} buttons without a name`); }
  if (!page.buttons.includes('language')) { problems.push(`no Show other language button on this record: ${page.buttons}`); }
  if (problems.length > 0) { throw new Error(`score details page:\n${problems.join('\n')}`); }

  // Tab walks the buttons in reading order, each with a visible focus ring.
  const first = frame.locator('button').first();
  await first.focus();
  const order = [];
  for (let i = 0; i < page.buttons.length; i++) {
    const focused = await frame.locator('body').evaluate(() => {
      const el = /** @type {HTMLElement} */ (document.activeElement);
      return { key: el.dataset['key'] ?? el.tagName, outline: getComputedStyle(el).outlineStyle };
    });
    if (focused.outline === 'none') { throw new Error(`no visible focus on ${focused.key}`); }
    order.push(focused.key);
    await ui.page.keyboard.press('Tab');
  }
  if (order.join() !== page.buttons.join()) { throw new Error(`focus order ${order} is not the reading order ${page.buttons}`); }

  // Pressing "Show other language" re-renders the page; the focus stays on the button.
  await frame.locator('button[data-key="language"]').focus();
  await ui.page.keyboard.press('Enter');
  await ui.page.waitForTimeout(300);
  const after = await frame.locator('body').evaluate(() => /** @type {HTMLElement} */ (document.activeElement).dataset['key']);
  if (after !== 'language') { throw new Error(`after a re-render the focus is on ${after ?? 'nothing'}, not the button pressed`); }
  await ui.screenshot('score-details-focus');
});
