import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Runs from out/test/unit; the sources sit three levels up.
const root = join(__dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every literal passed to `t(…)` / `l10n.t(…)` in src/ (the fake server's own English is not UI). */
export function codeStrings(): Set<string> {
  const found = new Set<string>();
  for (const file of sourceFiles(join(root, 'src')).filter(f => !f.includes(`${join('src', 'fakeFeishu')}`))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)) {
      found.add(m[1]!.replace(/\\(.)/g, '$1'));
    }
  }
  return found;
}

function json(path: string): Record<string, string> {
  return JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, string>;
}

// The last placeholder of these is an English technical detail: the Chinese says what happened, and the detail
// stays in the log and the tooltip.
const DETAIL_LEFT_OUT = new Set([
  'Unexpected reply from {0}: {1}',
  'Unexpected HTTP {0} reply from {1}: {2}',
  'The service broke the paging rules on {0}: {1}. Showing what was loaded.',
  'Cannot reach {0}: {1}. Check your network, proxy and the base URL.',
]);

test('every string the code localises has a Simplified Chinese translation, and the bundle has no other', () => {
  const strings = codeStrings();
  assert.ok(strings.size > 50, `found only ${strings.size} strings: is the extraction broken?`);
  const zh = json('l10n/bundle.l10n.zh-cn.json');
  const missing = [...strings].filter(s => !(s in zh));
  assert.deepEqual(missing, [], `add these to l10n/bundle.l10n.zh-cn.json`);
  assert.deepEqual(Object.keys(zh).filter(k => !strings.has(k)), [], 'no code asks for these: remove them from l10n/bundle.l10n.zh-cn.json');
  for (const [key, value] of Object.entries(zh)) {
    const placeholders = (s: string): string[] => (s.match(/\{\d+\}/g) ?? []).sort();
    const expected = DETAIL_LEFT_OUT.has(key) ? placeholders(key).slice(0, -1) : placeholders(key);
    assert.deepEqual(placeholders(value), expected, `placeholders differ in the translation of "${key}"`);
  }
});

test('every %key% of package.json exists in package.nls.json and package.nls.zh-cn.json', () => {
  const manifest = readFileSync(join(root, 'package.json'), 'utf8');
  const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map(m => m[1]!);
  assert.ok(keys.length > 20);
  const en = json('package.nls.json');
  const zh = json('package.nls.zh-cn.json');
  assert.deepEqual(keys.filter(k => !(k in en)), [], 'missing in package.nls.json');
  assert.deepEqual(Object.keys(en).filter(k => !(k in zh)), [], 'missing in package.nls.zh-cn.json');
  assert.deepEqual(Object.keys(zh).filter(k => !(k in en)), [], 'in package.nls.zh-cn.json only');
  assert.deepEqual(Object.keys(en).filter(k => !keys.includes(k)), [], 'package.json does not use these');
});
