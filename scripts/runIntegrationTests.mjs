#!/usr/bin/env node
// Runs the mocha suite (out/test/integration/index.js) inside the real Node extension host of a
// VS Code server: the same run() contract as @vscode/test-electron, driven through the web workbench.
// usage: node scripts/runIntegrationTests.mjs [--vscode 1.100.3|1.139.1] [--timeout ms] [--keep]
//          [--extensionDevelopmentPath .] [--extensionTestsPath out/test/integration/index.js]
// env:   VSCODE_VERSION (= --vscode), TEST_TIMEOUT_MS (= --timeout), or VSCODE_SERVER_DIR + SERVER_NODE.
// Output: mocha's spec report, then a last line "N passed, N failed". Exit code 1 on any failure.
import { appendFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format, parseArgs } from 'node:util';
import { testCertificate } from './testCertificate.mjs';
import { launchBrowser, repoRoot, startServer } from './vscodeServer.mjs';

const { values: args } = parseArgs({
  options: {
    vscode: { type: 'string' },
    timeout: { type: 'string' },
    extensionDevelopmentPath: { type: 'string', default: repoRoot },
    extensionTestsPath: { type: 'string', default: defaultTestsPath() },
    keep: { type: 'boolean', default: false },
  },
});
function defaultTestsPath() {
  const expected = join(repoRoot, 'out/test/integration/index.js');
  // esbuild.js without `outbase: 'test'` nests the suite one level deeper while runElectron.ts is an entry point.
  const nested = join(repoRoot, 'out/test/integration/integration/index.js');
  return !existsSync(expected) && existsSync(nested) ? nested : expected;
}

const timeoutMs = Number(args.timeout || process.env.TEST_TIMEOUT_MS || 300_000);
const testsPath = resolve(args.extensionTestsPath);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const say = (...a) => console.log(`[integration] ${format(...a)}`);

function finish(passed, failed, code) {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code);
}

if (!existsSync(testsPath)) {
  say(`${testsPath} does not exist: build with  node esbuild.js --tests`);
  finish(0, 1, 1);
}

/** Streams what mocha appends to the report file (mocha runs in the extension host process). */
function followReport(reportFile) {
  let printed = 0;
  return () => {
    if (!existsSync(reportFile) || statSync(reportFile).size <= printed) { return; }
    const bytes = readFileSync(reportFile).subarray(printed);
    const complete = bytes.lastIndexOf(0x0a) + 1; // whole lines only, so no UTF-8 sequence is split
    process.stdout.write(bytes.subarray(0, complete));
    printed += complete;
  };
}

let server;
try {
  server = await startServer({
    vscodeVersion: args.vscode,
    env: runDir => ({ FEISHU_HIRE_TEST_REPORT: join(runDir, 'report.txt'), ...testCertificate(runDir) }),
  });
} catch (e) {
  say(e.message);
  finish(0, 1, 1);
}
const reportFile = join(server.work, 'report.txt');
const workbenchLog = join(server.work, 'workbench.log');
say(`VS Code ${server.vscodeVersion} at ${server.origin}, run directory ${server.work}`);

const { browser, page } = await launchBrowser();
/** @type {Promise<number | string>} */
const result = new Promise(res => {
  // Both must exist before the page loads: the workbench looks them up when the tests start.
  void page.exposeFunction('codeAutomationLog', (type, logArgs) => {
    appendFileSync(workbenchLog, `${type} ${format(...(logArgs || []))}\n`);
  });
  void page.exposeFunction('codeAutomationExit', code => res(code));
  page.on('crash', () => res('browser page crashed'));
  const serverWatch = setInterval(() => { if (server.exited) { res('VS Code server exited'); } }, 500);
  setTimeout(() => res(`timeout after ${timeoutMs} ms`), timeoutMs).unref();
  serverWatch.unref();
});
page.on('console', msg => { if (msg.type() === 'error') { appendFileSync(workbenchLog, `console ${msg.text()}\n`); } });

const devPath = resolve(args.extensionDevelopmentPath);
await page.goto(server.url([
  ['extensionDevelopmentPath', server.remote(devPath)],
  ['extensionTestsPath', server.remote(testsPath)],
  ['skipWelcome', 'true'],
]));
const printReport = followReport(reportFile);
const ticker = setInterval(printReport, 250);
const code = await result;
clearInterval(ticker);
printReport();
await browser.close().catch(() => {});

const report = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
const summary = [...report.matchAll(/^(\d+) passed, (\d+) failed/gm)].pop();
const ok = code === 0 && summary !== undefined && summary[2] === '0';
const keep = args.keep || !ok;
say(`extension host finished with ${typeof code === 'number' ? `exit code ${code}` : code} after ${elapsed()}`);
if (!summary) {
  say(`mocha did not report; last workbench log lines (${workbenchLog}):`);
  const lines = existsSync(workbenchLog) ? readFileSync(workbenchLog, 'utf8').trimEnd().split('\n') : ['(none)'];
  console.log(lines.slice(-25).join('\n'));
}
if (keep) { say(`logs kept in ${server.work} (server.log, workbench.log, logs/)`); }
server.stop({ keep });
if (summary) {
  finish(Number(summary[1]), Number(summary[2]), ok ? 0 : 1);
} else {
  finish(0, 1, 1);
}
