// @ts-check
// The steps a recruiter takes in the workbench, shared by the UI tests, in English or in Chinese: the labels
// come from our own manifest and l10n files, so a test in Chinese proves those files are the ones shown.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Built from src/fakeFeishu by `node esbuild.js --tests`, so the IDs always match the bundled tenants: SHOWCASE is
// what sample mode serves, SAMPLE the fixtures (edge cases: 120 rounds, hostile notes) of a fake a test starts itself.
import { SAMPLE, SHOWCASE } from '../../out/test/ui/sampleTenant.mjs';
import { startFakeFeishu } from '../../out/test/ui/fakeFeishu.mjs';

export { SAMPLE, SHOWCASE };

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** @param {string} file @returns {Record<string, string>} */
export const readJson = file => JSON.parse(readFileSync(join(root, file), 'utf8'));
/** @param {string} s */
export const escapeRegExp = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * @typedef {object} Labels  what the user reads, per display language
 * @property {string} viewContainer      activity-bar title
 * @property {string} category           the commands' category in the palette
 * @property {string} welcomeIntro       the welcome view's first line
 * @property {string} explore            the welcome view's sample-data button
 * @property {string} lookUpCommand      palette title of Look Up Application
 * @property {string} findCandidateCommand  palette title of Find Candidate
 * @property {string} findCandidateLink  the welcome view's Find Candidate link
 * @property {string} findCandidateTitle the Find Candidate pick list's title
 * @property {string} signInToFind       the message Find Candidate shows when signed out
 * @property {string} lookedUp           tree root of looked-up applications
 * @property {string} allApplications    tree root of all applications
 * @property {RegExp} round              an interview row
 * @property {RegExp} passOrFail         a record row with a pass or fail conclusion
 * @property {RegExp} anyRecord          a record row with any conclusion
 * @property {string} loadMore           the pager row
 * @property {string} copyJson           the tree's context-menu command
 * @property {string[]} pageHeadings     headings the score details page always shows
 * @property {string} setCredentialsCommand  palette title of Set Credentials
 * @property {(n: number) => RegExp} setCredentialsStep  the title of its step n of 3
 * @property {string} customUrl          its first step's choice of another server
 * @property {RegExp} baseUrlPrompt      the prompt of the URL box that choice opens
 */

/**
 * @param {(key: string) => string} nls  a manifest string by its %key%
 * @param {(message: string) => string} t  a runtime string by its English text
 * @returns {Labels}
 */
function labelsFrom(nls, t) {
  const exploreLink = /\[([^\]]+)\]\(command:feishuHire\.sample\.explore\)/.exec(nls('viewsWelcome.signedOut'));
  if (!exploreLink?.[1]) { throw new Error('viewsWelcome.signedOut has no Explore Sample Data link'); }
  const conclusions = ['Pass', 'Fail', 'Not started', 'Not submitted', 'No-show'].map(c => escapeRegExp(t(c)));
  return {
    viewContainer: nls('viewContainer.title'),
    category: nls('category'),
    welcomeIntro: nls('viewsWelcome.signedOut').split('\n')[0] ?? '',
    explore: exploreLink[1],
    lookUpCommand: `${nls('category')}: ${nls('command.application.lookUp')}`,
    findCandidateCommand: `${nls('category')}: ${nls('command.candidate.find')}`,
    findCandidateLink: /\[([^\]]+)\]\(command:feishuHire\.candidate\.find\)/.exec(nls('viewsWelcome.signedOut'))?.[1] ?? '(no link)',
    findCandidateTitle: t('Feishu Hire: Find Candidate'),
    signInToFind: t('Sign in to Feishu Hire before finding a candidate.'),
    lookedUp: t('Looked-up applications'),
    allApplications: t('All applications'),
    round: new RegExp(`${escapeRegExp(t('Round {0}')).replace('\\{0\\}', '\\d+')} · `),
    // A record row's label starts with its conclusion; an interview row's summary holds one too ("1 人通过 · ").
    passOrFail: new RegExp(`^\\s*(${conclusions.slice(0, 2).join('|')}) · `),
    anyRecord: new RegExp(`^\\s*(${conclusions.join('|')}) · `),
    loadMore: t('Load more…'),
    copyJson: nls('command.item.copyJson'),
    pageHeadings: [t('Conclusion'), t('Interviewer\'s notes'), t('All interviewers of this interview')],
    setCredentialsCommand: `${nls('category')}: ${nls('command.credentials.set')}`,
    setCredentialsStep: n => new RegExp(escapeRegExp(t('Feishu Hire: Set Credentials ({0}/3)')).replace('\\{0\\}', String(n))),
    customUrl: t('Custom URL…'),
    baseUrlPrompt: new RegExp(escapeRegExp(t('Base URL of the Open Platform'))),
  };
}

const englishNls = readJson('package.nls.json');
/** @type {Labels} */
export const english = labelsFrom(key => englishNls[key] ?? `%${key}%`, message => message);

/** A zh-cn entry of a manifest or bundle table; a missing one fails. @param {Record<string, string>} table @param {string} key */
function pick(table, key) {
  const value = table[key];
  if (!value) { throw new Error(`no zh-cn translation for "${key}"`); }
  return value;
}

/** @returns {Labels} from package.nls.zh-cn.json and l10n/bundle.l10n.zh-cn.json; a missing entry fails */
export function chinese() {
  const nls = readJson('package.nls.zh-cn.json');
  const bundle = readJson('l10n/bundle.l10n.zh-cn.json');
  return labelsFrom(key => pick(nls, key), message => pick(bundle, message));
}

/**
 * The strings a test in this display language reads: the manifest's by %key%, the runtime bundle's by their English
 * text (a missing zh-cn entry fails), and the labels of the shared steps.
 * @param {'en' | 'zh-cn'} locale
 */
export function stringsFor(locale) {
  const zh = locale === 'zh-cn';
  const nls = zh ? readJson('package.nls.zh-cn.json') : readJson('package.nls.json');
  const bundle = zh ? readJson('l10n/bundle.l10n.zh-cn.json') : {};
  /** @param {string} message */
  const t = message => zh ? pick(bundle, message) : message;
  return { zh, nls, t, labels: zh ? chinese() : english };
}

/**
 * Opens the view and, from the signed-out welcome view, starts sample mode.
 * @param {import('./uiTest.mjs').Ui} ui
 * @param {Labels} [labels]
 */
export async function exploreSampleData(ui, labels = english) {
  const sidebar = await ui.openView(labels.viewContainer);
  const welcome = sidebar.locator('.welcome-view-content');
  await welcome.getByRole('button', { name: labels.explore }).waitFor();
  await ui.screenshot('welcome');
  await welcome.getByRole('button', { name: labels.explore }).click();
  await ui.treeRow(labels.allApplications).waitFor();
  await ui.treeRow(labels.lookedUp).waitFor();
  return sidebar;
}

/**
 * Runs "Look Up Application…" and types the ID, checking that our own input box opened (a palette Enter
 * lost to a re-render closes the palette without running the command).
 * @param {import('./uiTest.mjs').Ui} ui
 * @param {string} applicationId
 * @param {Labels} [labels]
 */
export async function lookUp(ui, applicationId, labels = english) {
  const box = ui.page.locator('.quick-input-widget input[placeholder="6949805467799537964"]');
  for (let attempt = 1; ; attempt++) {
    await ui.palette(labels.lookUpCommand);
    try {
      await box.waitFor({ state: 'visible', timeout: 5_000 });
      break;
    } catch (e) {
      if (attempt === 3) { throw new Error(`"${labels.lookUpCommand}" opened no ID input box`, { cause: e }); }
    }
  }
  await ui.quickInput(applicationId);
}

/**
 * Looks up 张伟's application for 高级前端工程师 in sample mode (the showcase): revealed and expanded, its rounds listed.
 * @param {import('./uiTest.mjs').Ui} ui
 * @param {Labels} [labels]
 */
export async function lookUpCandidate(ui, labels = english) {
  await lookUp(ui, SHOWCASE.appZhangWei, labels);
  await ui.treeRow(labels.round).waitFor();
}

/**
 * Looks up the fixtures' application with 120 interviews (signed in at a fake of the fixtures, see withFixtures):
 * revealed and expanded, its first page of interviews shows, ending in "Load more…".
 * @param {import('./uiTest.mjs').Ui} ui
 * @param {Labels} [labels]
 */
export async function lookUp120(ui, labels = english) {
  await lookUp(ui, SAMPLE.appWith120, labels);
  await ui.treeRow(labels.round).waitFor();
  await ui.treeRow(labels.loadMore).waitFor();
}

/**
 * Signs in at a fake Feishu of its own serving the fixtures (the tests' tenant, which sample mode does not show),
 * runs `steps`, then closes the fake.
 * @param {import('./uiTest.mjs').Ui} ui
 * @param {() => Promise<void>} steps
 * @param {Labels} [labels]
 */
export async function withFixtures(ui, steps, labels = english) {
  const fake = await startFakeFeishu({ port: 0, tenant: 'fixtures' });
  try {
    await ui.openView(labels.viewContainer);
    await signInAt(ui, fake);
    await ui.treeRow(labels.allApplications).waitFor({ timeout: 30_000 });
    await steps();
  } finally {
    await fake.close();
  }
}

/** @param {import('./uiTest.mjs').Ui} ui */
export function scoreDetailsFrame(ui) {
  return ui.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

/**
 * Clicks a record row until the score details page shows. A click that lands while the row re-renders (names
 * arrive just after the first paint) opens nothing, as for a person, who then clicks again; it raised VS Code's
 * "Actual command not found" toast while rows passed their node as the command's argument (#23.3).
 * @param {import('./uiTest.mjs').Ui} ui
 * @param {import('playwright-core').Locator} row
 */
export async function openRecord(ui, row) {
  const frame = scoreDetailsFrame(ui);
  for (let attempt = 1; ; attempt++) {
    await row.click();
    try {
      await frame.locator('table.comparison').waitFor({ timeout: 8_000 });
      return frame;
    } catch (e) {
      if (attempt === 3) { throw new Error(`clicking "${await row.innerText()}" opened no score details page`, { cause: e }); }
    }
  }
}

/**
 * The usual path to a score details page in sample mode: look up 张伟's application, expand its first round and
 * open its first record whose conclusion matches (Pass or Fail unless told).
 * @param {import('./uiTest.mjs').Ui} ui
 * @param {{ labels?: Labels, record?: RegExp }} [options]
 */
export async function openFirstRecord(ui, options = {}) {
  const labels = options.labels ?? english;
  await lookUpCandidate(ui, labels);
  await ui.treeRow(labels.round).click();
  const record = ui.sidebar().locator('.monaco-list-row', { hasText: options.record ?? labels.passOrFail }).first();
  await record.waitFor();
  const frame = await openRecord(ui, record);
  await frame.locator('h1').waitFor();
  return { record, frame };
}

/**
 * Answers a multi-step input (Set Credentials, Add Profile). Each answer waits for its own step's title "(n/m)"
 * and, where a step has two inputs (a pick, then a box), for the box's prompt: the widget stays open between
 * inputs, and a value typed into the previous one is lost.
 * @param {import('./uiTest.mjs').Ui} ui
 * @param {string} command  e.g. "Feishu Hire: Set Credentials…"
 * @param {{ title: RegExp, prompt?: RegExp, value: string }[]} answers  title like /Set Credentials.*\(2\/3\)/
 */
export async function answerSteps(ui, command, answers) {
  if (command !== undefined) { await ui.palette(command); }
  const widget = ui.page.locator('.quick-input-widget');
  for (const { title, prompt, value } of answers) {
    await widget.locator('.quick-input-title', { hasText: title }).waitFor({ timeout: 15_000 });
    if (prompt) { await widget.locator('.quick-input-message', { hasText: prompt }).waitFor({ timeout: 15_000 }); }
    await ui.quickInput(value);
  }
}

/**
 * Set Credentials (or Add Profile, with a name) with a custom URL, step by step.
 * @param {import('./uiTest.mjs').Ui} ui
 * @param {{ baseUrl: string, appId: string, appSecret: string }} server
 * @param {{ profileName?: string, labels?: Labels }} [options]  profileName: Add Profile… with this name (in English)
 */
export async function signInAt(ui, server, options = {}) {
  const { profileName, labels = english } = options;
  const adding = profileName !== undefined;
  const step = adding ? (/** @type {number} */ n) => new RegExp(`Add Profile.*\\(${n}/4\\)`) : labels.setCredentialsStep;
  await answerSteps(ui, adding ? 'Feishu Hire: Add Profile…' : labels.setCredentialsCommand, [
    { title: step(1), value: labels.customUrl },
    { title: step(1), prompt: labels.baseUrlPrompt, value: server.baseUrl },
    { title: step(2), value: server.appId },
    { title: step(3), value: server.appSecret },
    ...(adding ? [{ title: step(4), value: profileName }] : []),
  ]);
}
