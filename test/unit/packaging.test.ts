import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;
const manifest = readJson('package.json');
const expectedFiles = (readJson('scripts/vsix-files.json').files as string[]).slice().sort();

/** The categories VS Code and the Marketplace accept (vsce's list). */
const KNOWN_CATEGORIES = [
  'AI',
  'Azure',
  'Chat',
  'Data Science',
  'Debuggers',
  'Education',
  'Extension Packs',
  'Formatters',
  'Keymaps',
  'Language Packs',
  'Linters',
  'Machine Learning',
  'Notebooks',
  'Other',
  'Programming Languages',
  'SCM Providers',
  'Snippets',
  'Testing',
  'Themes',
  'Visualization',
];

test('the .vsix would hold exactly the listed files (vsce ls, with the generated user README)', () => {
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'package.mjs'), '--ls'], { cwd: root, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  const files = result.stdout.split('\n').map(l => l.trim()).filter(Boolean).map(f => (f === 'out/vsix/README.md' ? 'README.md' : f)).sort();
  assert.deepEqual(files, expectedFiles);
});

test('the generated user README has no link that breaks once installed, and every image inlined', () => {
  const readme = readFileSync(join(root, 'out', 'vsix', 'README.md'), 'utf8');
  const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map(m => m[1] ?? '');
  assert.ok(images.length >= 2, 'pictures of the tree and the score details');
  for (const src of images) { assert.match(src, /^data:image\/(png|jpeg);base64,/); }
  const links = [...readme.matchAll(/(?<!!)\[[^\]]*\]\(([^)]+)\)/g)].map(m => m[1] ?? '');
  for (const link of links) { assert.match(link, /^(https:\/\/|mailto:|#)/); }
  assert.doesNotMatch(readme, /scripts\/demo\.sh|npm test/, 'developer commands belong to the repository README');
});

test('the user README documents every setting the manifest contributes', () => {
  const readme = readFileSync(join(root, 'docs', 'marketplace', 'README.md'), 'utf8');
  const contributes = manifest.contributes as { configuration: { properties: Record<string, unknown>; }; };
  for (const key of Object.keys(contributes.configuration.properties)) {
    assert.ok(readme.includes(`\`${key}\``), `${key} is not in docs/marketplace/README.md`);
  }
});

test('Marketplace metadata: 128×128 PNG icon, known categories beyond Other, keywords, preview while 0.x', () => {
  const icon = readFileSync(join(root, String(manifest.icon)));
  assert.equal(icon.subarray(1, 4).toString(), 'PNG');
  assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128]);
  const categories = manifest.categories as string[];
  for (const c of categories) { assert.ok(KNOWN_CATEGORIES.includes(c), `unknown category ${c}`); }
  assert.ok(categories.some(c => c !== 'Other'), 'only "Other"');
  const keywords = manifest.keywords as string[];
  assert.ok(keywords.length >= 5 && keywords.length <= 30, `${keywords.length} keywords (the Marketplace takes at most 30)`);
  if (String(manifest.version).startsWith('0.')) { assert.equal(manifest.preview, true); }
  for (const nls of ['package.nls.json', 'package.nls.zh-cn.json']) {
    const strings = readJson(nls);
    for (const field of ['displayName', 'description']) {
      const key = /^%(.+)%$/.exec(String(manifest[field]))?.[1];
      assert.ok(key && typeof strings[key] === 'string', `${field} has no entry in ${nls}`);
    }
  }
});
