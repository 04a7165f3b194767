// Loaded by VS Code inside the extension host (scripts/runIntegrationTests.mjs or @vscode/test-electron):
// runs every *.test.js bundled next to this file with mocha's tdd UI.
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import Mocha from 'mocha';

/** Set by scripts/runIntegrationTests.mjs: the web workbench shows no extension-host stdout, so mocha writes here. */
const reportEnv = 'FEISHU_HIRE_TEST_REPORT';

export function run(): Promise<void> {
  const reportFile = process.env[reportEnv];
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void; };
  const print = reportFile ? (...args: unknown[]) => fs.appendFileSync(reportFile, format(...args) + '\n') : (...args: unknown[]) => console.log(...args);
  base.consoleLog = print;

  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 20_000, grep: process.env.FEISHU_HIRE_TEST_GREP });
  const files = fs.readdirSync(__dirname).filter(f => f.endsWith('.test.js')).sort();
  for (const file of files) {
    mocha.addFile(path.join(__dirname, file));
  }

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(failures => {
        const stats = runner.stats;
        const passed = stats?.passes ?? 0;
        const failed = stats?.failures ?? failures;
        const skipped = stats?.pending ? ` (${stats.pending} skipped)` : '';
        print(`${passed} passed, ${failed} failed${skipped}`);
        if (failed > 0 || files.length === 0) {
          reject(new Error(files.length === 0 ? `no *.test.js files in ${__dirname}` : `${failed} tests failed`));
        } else {
          resolve();
        }
      });
    } catch (e) {
      // A test file that throws while loading ends up here, before any test ran.
      print(String(e instanceof Error ? e.stack : e));
      print('0 passed, 1 failed');
      reject(e);
    }
  });
}
