import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

test('the .vsix holds exactly the allow-listed files (vsce ls)', () => {
  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const result = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  const files = result.stdout.split('\n').map(l => l.trim()).filter(Boolean).sort();
  assert.deepEqual(files, [
    'CHANGELOG.md', 'LICENSE', 'README.md', 'dist/extension.js', 'l10n/bundle.l10n.zh-cn.json',
    'media/feishu-hire.svg', 'media/scoreDetails.css', 'media/scoreDetails.js',
    'package.json', 'package.nls.json', 'package.nls.zh-cn.json',
  ]);
});
