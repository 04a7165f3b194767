#!/usr/bin/env node
// Runs the Playwright UI tests in test/ui/*.ui.mjs against a VS Code server. Each test gets a fresh server,
// extensions folder and browser.
//   (default)      the extension is loaded from the source folder as a development extension
//   --vsix <file>  the tests marked `installed` instead: the .vsix is installed with the server's own
//                  --install-extension and the workbench opens without a development path, as for a user
// usage: node scripts/runUiTests.mjs [--vscode 1.100.3|1.139.1] [--vsix file.vsix] [--grep text] [--keep]
// Screenshots: test-results/screenshots/<vscode-version>/ (…/installed/ with --vsix). Last line: "N passed, N failed".
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { launchBrowser, repoRoot, resolveServerInstall, startServer } from './vscodeServer.mjs';
import { zhLanguagePackVsix } from './zhLanguagePack.mjs';
import { registeredTests, slug, Ui } from '../test/ui/uiTest.mjs';

const { values: args } = parseArgs({
  options: {
    vscode: { type: 'string' },
    grep: { type: 'string' },
    vsix: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

let vscodeVersion;
try {
  vscodeVersion = resolveServerInstall(args.vscode).vscodeVersion;
} catch (e) {
  console.log(`[ui] ${e.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const vsix = args.vsix ? resolve(args.vsix) : undefined;
if (vsix && !existsSync(vsix)) {
  console.log(`[ui] no ${vsix}: run  npm run package`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const shotsDir = join(repoRoot, 'test-results', 'screenshots', vscodeVersion, ...(vsix ? ['installed'] : []));
rmSync(shotsDir, { recursive: true, force: true });

const testDir = join(repoRoot, 'test', 'ui');
for (const file of readdirSync(testDir).filter(f => f.endsWith('.ui.mjs')).sort()) {
  const before = registeredTests.length;
  await import(pathToFileURL(join(testDir, file)).href);
  for (const t of registeredTests.slice(before)) { t.file = file; }
}
const tests = registeredTests.filter(t => Boolean(t.options.installed) === Boolean(vsix) && (!args.grep || t.name.includes(args.grep)));
console.log(`[ui] VS Code ${vscodeVersion}: ${tests.length} UI tests${vsix ? ` against the installed ${vsix}` : ''}, screenshots in ${shotsDir}`);

/** @param {number} ms */
function timeout(ms) {
  let timer;
  const promise = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms); });
  return { promise, cancel: () => clearTimeout(timer) };
}

let passed = 0;
let failed = 0;
for (const t of tests) {
  const started = Date.now();
  let server;
  let browser;
  let ui;
  let error;
  const limit = timeout(t.options.timeoutMs ?? 120_000);
  try {
    await Promise.race([limit.promise, (async () => {
      const { env, settings, locale, workspaceTrust } = t.options;
      const installExtensions = [...(vsix ? [vsix] : []), ...(locale?.startsWith('zh') ? [zhLanguagePackVsix()] : [])];
      server = await startServer({ vscodeVersion, env, settings, locale, workspaceTrust, installExtensions });
      const launched = await launchBrowser();
      browser = launched.browser;
      await launched.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      // The web workbench seals its secrets with a key half it POSTs for at /mint-key. code-server answers that
      // from its own key file; the bare VS Code server we run does not, so secrets would last only until a
      // reload. The harness answers in code-server's place: one key per test, as one code-server install has.
      const serverKeyHalf = randomBytes(32);
      await launched.context.route(/\/mint-key$/, route => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: serverKeyHalf }));
      ui = new Ui(launched.page, server, shotsDir, slug(t.name), { development: !vsix });
      ui.page.setDefaultTimeout(30_000);
      await ui.page.goto(server.url([...(vsix ? [] : [['extensionDevelopmentPath', server.remote(repoRoot)]]), ['skipWelcome', 'true']]), { timeout: 90_000 });
      await ui.ready();
      const theme = t.options.settings?.['workbench.colorTheme'];
      if (typeof theme === 'string') { await ui.colorTheme(theme); }
      await t.fn(ui);
      // Any error notification fails the test, also one that a toast showed and hid between two screenshots.
      await ui.assertNoErrorNotifications({ center: true });
    })()]);
  } catch (e) {
    error = e;
  } finally {
    limit.cancel();
  }
  if (error && ui) {
    await ui.screenshot('failure').catch(() => {});
  }
  await browser?.close().catch(() => {});
  const keep = args.keep || Boolean(error);
  server?.stop({ keep });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (error) {
    failed += 1;
    console.log(`  ✘ ${t.name} (${t.file}, ${seconds}s)`);
    console.log(String(error instanceof Error ? error.stack : error).replace(/^/gm, '      '));
    if (server) { console.log(`      logs kept in ${server.work}`); }
  } else {
    passed += 1;
    console.log(`  ✔ ${t.name} (${seconds}s, ${ui.screenshots.length} screenshots)`);
  }
}
if (tests.length === 0) {
  console.log('[ui] no UI tests found');
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
