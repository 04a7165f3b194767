// @ts-check
// The queue's quick picks in the real workbench, on the sample data, in English and in Chinese: Feedback Owed says
// since when it lists; Look Further Back… says what each choice costs and moves that day back; Filter by Job… keeps
// only the rows of the job picked.
import { uiTest } from './uiTest.mjs';
import { escapeRegExp, stringsFor } from './recruiterFlow.mjs';

for (const locale of /** @type {const} */ (['en', 'zh-cn'])) {
  uiTest(`queue quick picks (${locale}): interviews since, Look Further Back, Filter by Job`, async ui => {
    const { nls, t } = stringsFor(locale);
    /** A message with `{0}` as a captured group, up to the next " · " or line. @param {string} message */
    const pattern = message => new RegExp(`${escapeRegExp(t(message)).replace('\\{0\\}', '([^·\\n]+?)')}(?=\\s*(?:·|\\n|$))`);
    const command = (/** @type {string} */ key) => `${nls['category']}: ${nls[key]}`;

    const sidebar = await ui.openView(nls['viewContainer.title']);
    const explore = /\[([^\]]+)\]\(command:feishuHire\.sample\.explore\)/.exec(nls['viewsWelcome.signedOut'])?.[1] ?? '';
    await sidebar.locator('.welcome-view-content').getByRole('button', { name: explore }).first().click();
    const owedTitle = nls['view.feedbackOwed.name'];
    const titled = ui.page.locator('.pane-header', { has: ui.page.locator('.title', { hasText: new RegExp(`^${escapeRegExp(owedTitle)}$`) }) });
    const header = sidebar.locator(titled);
    await ui.setPaneExpanded(header, true);
    // The main tree collapsed, so the queue has the room (as a recruiter working the queue would have it).
    const mainHeader = sidebar.locator('.pane-header', { has: ui.page.locator('.title', { hasText: new RegExp(`^${escapeRegExp(nls['view.interviews.name'])}$`) }) });
    await ui.setPaneExpanded(mainHeader, false);
    const pane = sidebar.locator('.pane', { has: titled });
    const description = header.locator('.description');
    const since = pattern('interviews since {0}');
    /** The day the description names, once it names one (and, with `not`, another than that). @param {string} [not] */
    const sinceDay = async not => {
      let text = '';
      for (let i = 0; i < 100; i++) {
        text = (await description.count()) > 0 ? (await description.innerText()).trim() : '';
        const day = since.exec(text)?.[1];
        if (day && day !== not) { return { day, text }; }
        await ui.page.waitForTimeout(200);
      }
      throw new Error(`Feedback Owed's description is "${text}", not ${not ? `a day before ${not}` : 'interviews since a day'}`);
    };
    const before = await sinceDay();
    // Record rows (level 2, under the interviewers open at first) once the listing is in.
    const records = pane.locator('.monaco-list-row[aria-level="2"]');
    await records.first().waitFor({ timeout: 30_000 });
    await ui.screenshot(`queue-since-${locale}`);

    // Look Further Back…: each choice is a day with its cost; the first one widens the window to that day.
    await ui.palette(command('command.feedback.lookBack'));
    const widget = ui.page.locator('.quick-input-widget');
    await widget.locator('.quick-input-title', { hasText: t('Feishu Hire: Look Further Back') }).waitFor({ timeout: 10_000 });
    const choice = widget.locator('.monaco-list-row').first();
    await choice.waitFor();
    const choiceText = await choice.innerText();
    const costs = [pattern('About {0} requests for the listing, then names for the rows you open'), pattern('About 1 request for the listing, then names for the rows you open')];
    if (!costs.some(c => c.test(choiceText))) { throw new Error(`the first Look Further Back choice says no cost: "${choiceText}"`); }
    const pickedDay = pattern('Since {0}').exec((await choice.locator('.label-name').first().innerText()).trim())?.[1];
    if (!pickedDay) { throw new Error(`the first Look Further Back choice names no day: "${choiceText}"`); }
    await ui.screenshot(`queue-look-back-${locale}`);
    await choice.click();
    const after = await sinceDay(before.day);
    // The pick names the day in full (weekday, year), the description briefly ("3 Nov", "11月3日").
    if (!pickedDay.includes(after.day)) { throw new Error(`after picking "Since ${pickedDay}" the view says since ${after.day}`); }

    // Filter by Job…: pick, by its title, the job of the first record owed (the pick also lists jobs whose
    // interviews owe nothing); then every record row shown is of that job.
    const firstOwed = (await records.first().innerText()).replace(/\s+/g, ' ');
    await ui.palette(command('command.feedback.filterByJob'));
    await widget.locator('.quick-input-title', { hasText: t('Feishu Hire: Filter Feedback Queue by Job') }).waitFor({ timeout: 10_000 });
    await widget.locator('.monaco-list-row').first().waitFor();
    const titles = (await widget.locator('.monaco-list-row .label-name').allInnerTexts()).map(s => s.trim());
    const title = titles.filter(s => s && firstOwed.includes(s)).sort((a, b) => b.length - a.length)[0];
    if (!title || /^\d+$/.test(title)) { throw new Error(`no job of the pick (${JSON.stringify(titles)}) is the job of "${firstOwed}"`); }
    await ui.screenshot(`queue-filter-job-${locale}`);
    await ui.quickInput(title);
    const jobPart = t('job: {0}').replace('{0}', title);
    for (let i = 0; i < 100 && !(await description.innerText()).includes(jobPart); i++) { await ui.page.waitForTimeout(200); }
    const filtered = (await description.innerText()).trim();
    if (!filtered.includes(jobPart)) { throw new Error(`after Filter by Job the description is "${filtered}", without "${jobPart}"`); }
    await records.first().waitFor({ timeout: 30_000 });
    // Names fill in after the rows: wait until no record row shows a bare application ID any more.
    const rowTexts = async () => (await records.allInnerTexts()).map(s => s.replace(/\s+/g, ' ').trim());
    let rows = await rowTexts();
    for (let i = 0; i < 100 && rows.some(r => !r.includes(title)); i++) {
      await ui.page.waitForTimeout(200);
      rows = await rowTexts();
    }
    const others = rows.filter(r => !r.includes(title));
    if (rows.length === 0 || others.length > 0) { throw new Error(`rows not of "${title}": ${JSON.stringify(others.slice(0, 3))} (of ${rows.length})`); }
    await ui.screenshot(`queue-filtered-${locale}`);
  }, { ...(locale === 'zh-cn' ? { locale } : {}), timeoutMs: 180_000 });
}
