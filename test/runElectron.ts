// The integration suite in a desktop VS Code downloaded by @vscode/test-electron (`npm run test:electron`).
// Needs a network path to update.code.visualstudio.com and a display (or xvfb-run); CI uses
// scripts/runIntegrationTests.mjs against a VS Code server instead.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

/** The bundle's folder depends on esbuild's layout, so look for the manifest instead of counting `..`. */
function findRepoRoot(start: string): string {
  for (let dir = start;; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'feishu-hire-interviews') {
      return dir;
    }
    if (path.dirname(dir) === dir) {
      throw new Error(`no feishu-hire-interviews package.json above ${start}`);
    }
  }
}

async function main(): Promise<void> {
  const repoRoot = findRepoRoot(__dirname);
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'feishu-hire-electron-'));
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch(err => {
  console.error(err instanceof Error ? err.message : err);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
