// @ts-check
// UI tests drive the VS Code web workbench with Playwright (scripts/runUiTests.mjs runs them).
// A test file (test/ui/*.ui.mjs) registers tests:
//   uiTest('opens the view', async ui => { await ui.openView('Feishu Hire'); await ui.screenshot('view'); });
//   uiTest('dark theme', async ui => { … }, { settings: { 'workbench.colorTheme': 'Default Dark Modern' } });
// Every test gets its own VS Code server, browser and settings, so tests cannot leak state into each other.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {object} UiTestOptions
 * @property {Record<string, string>} [env]  extra environment for the server and so the extension host
 * @property {Record<string, unknown>} [settings]  user settings (settings.json) written before VS Code starts
 * @property {number} [timeoutMs]  whole-test timeout, 120 s by default
 * @property {boolean} [installed]  runs against the packaged .vsix installed with the server's own
 *   `--install-extension` and no development path (`runUiTests.mjs --vsix`), instead of the source folder
 * @property {string} [locale]  display language, e.g. 'zh-cn' (the runner adds the language pack)
 * @property {boolean} [workspaceTrust]  VS Code asks whether to trust the folder, as for a user
 */

/** @typedef {{ name: string, fn: (ui: Ui) => Promise<void>, options: UiTestOptions, file?: string }} UiTestCase */

/** @type {UiTestCase[]} */
export const registeredTests = [];

/**
 * @param {string} name
 * @param {(ui: Ui) => Promise<void>} fn
 * @param {UiTestOptions} [options]
 */
export function uiTest(name, fn, options = {}) {
  registeredTests.push({ name, fn, options });
}

/** @param {string} s */
const escapeRegExp = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Helpers over one workbench page. Selectors are VS Code's own class names, stable across 1.100–1.139. */
export class Ui {
  /**
   * @param {import('playwright-core').Page} page
   * @param {{ vscodeVersion: string, work: string, folder: string }} server
   * @param {string} shotsDir
   * @param {string} testSlug
   * @param {{ development?: boolean }} [mode]  development: loaded from the source folder (the default)
   */
  constructor(page, server, shotsDir, testSlug, mode = {}) {
    this.page = page;
    this.development = mode.development ?? true;
    this.server = server;
    this.shotsDir = shotsDir;
    this.testSlug = testSlug;
    this.shotCount = 0;
    /** @type {string[]} */
    this.screenshots = [];
    /** @type {RegExp[]} error notifications this test provokes on purpose (see allowErrors) */
    this.allowedErrors = [];
  }

  /**
   * Declares error notifications the test provokes on purpose; any other one fails the test.
   * @param {...RegExp} patterns
   */
  allowErrors(...patterns) {
    this.allowedErrors.push(...patterns);
  }

  /**
   * The texts of the error notifications showing as toasts and, with `center`, of those in the notification
   * center (opened and closed again: toasts hide, and headless 1.139 often raises none), minus allowed ones.
   * @param {{ center?: boolean }} [options]
   * @returns {Promise<string[]>}
   */
  async errorNotifications(options = {}) {
    const item = '.notification-list-item:has(.notification-list-item-icon.codicon-error)';
    /** @param {import('playwright-core').Locator} scope */
    const texts = async scope => (await scope.locator(item).locator('.notification-list-item-message').allInnerTexts()).map(t => t.trim());
    const found = new Set(await texts(this.page.locator('.notifications-toasts')));
    if (options.center) {
      const center = this.page.locator('.notifications-center');
      const header = center.locator('.notifications-center-header');
      // The center is not in the DOM until first opened: waiting on it would wait out the 30 s timeout.
      const isOpen = async () => (await center.count()) > 0 && await header.first().isVisible();
      const wasOpen = await isOpen();
      // The status bar's bell toggles the center in every display language (palette titles are translated). A
      // click that lands while a quick input or the center itself is closing is lost (seen once): click again.
      const bell = this.page.locator('[id="status.notifications"]').first();
      for (let attempt = 1; !(await isOpen()); attempt++) {
        if (attempt > 3) { throw new Error('the notification center did not open from the status bar\'s bell'); }
        await bell.click();
        await header.first().waitFor({ timeout: 3_000 }).catch(() => {});
      }
      for (const text of await texts(center)) { found.add(text); }
      if (!wasOpen) { await bell.click(); }
    }
    return [...found].filter(text => !this.allowedErrors.some(p => p.test(text)));
  }

  /**
   * Fails with the text of any error notification not allowed; the runner calls it after every screenshot
   * and, with `center`, at the end of every test.
   * @param {{ center?: boolean }} [options]
   */
  async assertNoErrorNotifications(options = {}) {
    const errors = await this.errorNotifications(options);
    if (errors.length > 0) { throw new Error(`error notification${errors.length > 1 ? 's' : ''}: ${errors.map(e => JSON.stringify(e)).join(', ')}`); }
  }

  /**
   * Waits until the workbench is up. A development run also waits for the Extension Development Host title;
   * an installed run must not have it (that would mean the source folder was loaded, not the .vsix).
   */
  async ready() {
    await this.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    await this.page.locator('.activitybar .action-item').first().waitFor({ timeout: 60_000 });
    if (this.development) {
      await this.page.waitForFunction(() => document.title.includes('Extension Development Host'), undefined, { timeout: 60_000 });
    } else if ((await this.page.title()).includes('Extension Development Host')) {
      throw new Error(`an installed run opened an Extension Development Host: ${await this.page.title()}`);
    }
  }

  /**
   * Runs a command from the command palette by its title, e.g. "Feishu Hire: Set Credentials".
   * Enter pressed while the list re-renders is lost, hence the focused-row wait, the pause and the retry.
   * @param {string} title
   */
  async palette(title) {
    const widget = this.page.locator('.quick-input-widget');
    const exactLabel = this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) });
    for (let attempt = 1; attempt <= 4; attempt++) {
      await this.page.keyboard.press('Escape');
      // A key press can be swallowed while the workbench moves focus (a view, a webview): retry, alternating keys.
      await this.page.keyboard.press(attempt % 2 === 1 ? 'F1' : 'Control+Shift+P');
      try {
        await widget.locator('input').waitFor({ state: 'visible', timeout: 5_000 });
      } catch {
        continue;
      }
      try {
        // Seen on 1.139: the input briefly inert (a modal layer), then hidden; a fresh palette works.
        await widget.locator('input').fill(`>${title}`, { timeout: 5_000 });
      } catch {
        continue;
      }
      // Fuzzy matching may rank another command first ("Browse Color Themes…" above "Color Theme").
      const row = widget.locator('.monaco-list-row', { has: exactLabel }).first();
      try {
        await row.waitFor({ timeout: 10_000 });
      } catch {
        continue; // the palette may have opened before the command registry was ready
      }
      await this.page.waitForTimeout(300);
      if (await row.evaluate(el => el.classList.contains('focused'))) {
        await this.page.keyboard.press('Enter');
      } else {
        await row.click();
      }
      try {
        await widget.waitFor({ state: 'hidden', timeout: 5_000 });
        return;
      } catch {
        // A command that opens its own quick input (input box, pick) keeps the widget visible; an input we
        // cannot read is no proof that the command ran, so that case retries.
        if (!(await widget.isVisible())) { return; }
        const text = await widget.locator('input').inputValue({ timeout: 2_000 }).catch(() => undefined);
        if (text !== undefined && !text.startsWith('>')) { return; }
      }
    }
    throw new Error(`command palette: could not run "${title}"`);
  }

  /**
   * Switches the color theme through "Preferences: Color Theme". With a development extension loaded the
   * workbench ignores `workbench.colorTheme` from settings.json at startup (seen on 1.100.3 and 1.139.1),
   * so the runner calls this when a test's settings name a theme.
   * @param {string} theme  the setting value, e.g. "Default Dark Modern" or "Solarized Light"
   */
  async colorTheme(theme) {
    const widget = this.page.locator('.quick-input-widget');
    for (let attempt = 1; ; attempt++) {
      await this.palette('Preferences: Color Theme');
      try {
        await widget.locator('.monaco-list-row').nth(2).waitFor({ timeout: 3_000 });
        break;
      } catch {
        // Early on 1.139 the picker can list only "Browse Additional Color Themes…"; reopen it.
        if (attempt === 5) { throw new Error('the color theme picker lists no themes'); }
        await this.page.keyboard.press('Escape');
        await this.page.waitForTimeout(1_000);
      }
    }
    // Typing a filter is unreliable here (1.139 shows only "Browse Additional…"), so walk the list; the
    // setting value is the label or, for renamed defaults, the description ("Dark Modern" / "Default Dark Modern").
    const focused = widget.locator('.monaco-list-row.focused');
    const seen = new Set();
    for (let step = 0; step < 100; step++) {
      const texts = await focused.locator('.label-name, .label-description').allTextContents();
      if (texts.some(t => t.trim() === theme)) {
        await this.page.keyboard.press('Enter');
        await widget.waitFor({ state: 'hidden' });
        return;
      }
      const key = texts.join('|');
      if (seen.has(key)) { break; }
      seen.add(key);
      await this.page.keyboard.press('ArrowDown');
    }
    await this.page.keyboard.press('Escape');
    throw new Error(`no color theme "${theme}"`);
  }

  /**
   * Types into the open quick input (an input box or a quick pick) and accepts it.
   * @param {string} value
   */
  async quickInput(value) {
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(value);
    await this.page.waitForTimeout(200);
    await this.page.keyboard.press('Enter');
  }

  /**
   * Opens an activity-bar view container by its title (e.g. "Feishu Hire") and returns the side bar.
   * Clicking an already selected item would close the side bar, so it is only clicked when not selected.
   * @param {string} title
   */
  async openView(title) {
    const item = this.page.locator(`.activitybar .action-item:has(a[aria-label^="${title}"])`).first();
    await item.waitFor({ timeout: 30_000 });
    const selected = await item.evaluate(el => el.classList.contains('checked'));
    if (!selected) {
      await item.locator('a').click();
      // The pointer left on the icon raises its hover label over the side bar, into the next screenshot.
      await this.page.mouse.move(800, 700);
    }
    const sidebar = this.sidebar();
    await sidebar.locator('.composite.title', { hasText: new RegExp(escapeRegExp(title), 'i') }).waitFor();
    return sidebar;
  }

  sidebar() {
    return this.page.locator('.part.sidebar');
  }

  /**
   * Expands or collapses a view's pane by its header. One click, then a wait for the header to say so: clicks
   * in a quick loop toggled it twice while aria-expanded lagged, and left it as it was (seen on a loaded run).
   * @param {import('playwright-core').Locator} header  a `.pane-header`
   * @param {boolean} expanded
   */
  async setPaneExpanded(header, expanded) {
    const want = String(expanded);
    await header.waitFor();
    for (let attempt = 1; attempt <= 3; attempt++) {
      if ((await header.getAttribute('aria-expanded')) === want) { return; }
      await header.locator('.title').click();
      for (let i = 0; i < 25 && (await header.getAttribute('aria-expanded')) !== want; i++) { await this.page.waitForTimeout(200); }
    }
    if ((await header.getAttribute('aria-expanded')) !== want) {
      throw new Error(`the view "${await header.locator('.title').innerText()}" did not ${expanded ? 'expand' : 'collapse'}`);
    }
  }

  /**
   * A tree row in the side bar by (part of) its label.
   * @param {string | RegExp} label
   */
  treeRow(label) {
    return this.sidebar().locator('.monaco-list-row', { hasText: label }).first();
  }

  /**
   * Waits for a notification with the given text. Headless 1.139 often raises no toast (only the bell
   * gets a dot), so it falls back to the notification center.
   * @param {string | RegExp} text
   * @param {{ timeoutMs?: number }} [options]
   */
  async notification(text, options = {}) {
    this.allowErrors(typeof text === 'string' ? new RegExp(escapeRegExp(text)) : text); // awaited, so expected
    const toast = this.page.locator('.notification-toast', { hasText: text }).first();
    try {
      await toast.waitFor({ timeout: options.timeoutMs ?? 5_000 });
      await this.page.waitForTimeout(500); // toasts slide in
      return toast;
    } catch {
      await this.palette('Notifications: Show Notifications');
      const entry = this.page.locator('.notifications-center .monaco-list-row', { hasText: text }).first();
      await entry.waitFor();
      return entry;
    }
  }

  /**
   * Saves test-results/screenshots/<vscode-version>/<test>-<nn>-<name>.png.
   * @param {string} name
   */
  async screenshot(name) {
    mkdirSync(this.shotsDir, { recursive: true });
    this.shotCount += 1;
    const file = join(this.shotsDir, `${this.testSlug}-${String(this.shotCount).padStart(2, '0')}-${slug(name)}.png`);
    await this.page.screenshot({ path: file });
    this.screenshots.push(file);
    await this.assertNoErrorNotifications();
    return file;
  }
}

/** @param {string} s */
export function slug(s) {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'step';
}
