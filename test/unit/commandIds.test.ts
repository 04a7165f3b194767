// Every command id the extension names anywhere is one it registers and contributes (#23.3): a row, a menu, a
// key, a welcome link or a `command:` link to an id that is not there fails only when a user clicks it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { READY_DEBRIEF_COMMAND, SHOW_DETAILS_COMMANDS } from '../../src/tree/rowCommands';

const root = join(__dirname, '..', '..', '..');
const read = (file: string): string => readFileSync(join(root, file), 'utf8');

interface Manifest {
  contributes: {
    commands: { command: string; }[];
    menus: Record<string, { command?: string; }[]>;
    keybindings?: { command: string; }[];
    views: Record<string, { id: string; }[]>;
    viewsWelcome: { contents: string; }[];
  };
}
const manifest = JSON.parse(read('package.json')) as Manifest;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|js)$/.test(e.name) ? [join(dir, e.name)] : []
  );
}
const sources = [...sourceFiles('src'), ...sourceFiles('media')].filter(f => !f.startsWith(join('src', 'fakeFeishu')));
const code = sources.map(f => ({ file: f, text: read(f) }));

const contributed = new Set(manifest.contributes.commands.map(c => c.command));
const viewIds = new Set(Object.values(manifest.contributes.views).flat().map(v => v.id));

/** `registerCommand(log, 'id', …)`, and the queue exports' own `command('id', …)` helper over it. */
const registered = new Set(
  code.flatMap(({ text }) => [...text.matchAll(/(?:registerCommand\([^,()]+,|\bcommand\()\s*'(feishuHire\.[\w.]+)'/g)].map(m => m[1] ?? '')),
);
// Show Score Details is registered once per view from this table (commands/detailsCommands.ts), and named by rows.
const perView = Object.values(SHOW_DETAILS_COMMANDS);
if (
  code.some(({ file, text }) =>
    file.endsWith('detailsCommands.ts') &&
    /Object\.entries\(SHOW_DETAILS_COMMANDS\)\)\.map\(\(\[viewId, id\]\) =>\s+registerCommand\(parts\.log, id,/.test(text)
  )
) {
  for (const id of perView) { registered.add(id); }
}
/** Registered only under the test runner: no user can reach it, so it is neither contributed nor referenced. */
const TEST_ONLY = new Set(['feishuHire.credentials.setFrom']);

/** Where each id is named, for the failure message. */
const referenced = new Map<string, string>();
const refer = (id: string, where: string): void => {
  // VS Code's own `<view id>.focus` commands come with each view.
  if (id.endsWith('.focus') && viewIds.has(id.slice(0, -'.focus'.length))) { return; }
  if (!referenced.has(id)) { referenced.set(id, where); }
};
for (const id of perView) { refer(id, 'src/tree/rowCommands.ts (record rows)'); }
refer(READY_DEBRIEF_COMMAND, 'src/tree/rowCommands.ts (Ready for Debrief rows)');
if (code.some(({ text }) => text.includes('registerCommand(parts.log, READY_DEBRIEF_COMMAND,'))) { registered.add(READY_DEBRIEF_COMMAND); }
for (const [menu, entries] of Object.entries(manifest.contributes.menus)) {
  for (const e of entries) { if (e.command) { refer(e.command, `package.json menus.${menu}`); } }
}
for (const k of manifest.contributes.keybindings ?? []) { refer(k.command, 'package.json keybindings'); }
const links = (text: string): string[] => [...text.matchAll(/command:(feishuHire\.[\w.]+)/g)].map(m => m[1] ?? '');
for (const w of manifest.contributes.viewsWelcome) { for (const id of links(w.contents)) { refer(id, 'package.json viewsWelcome'); } }
for (const file of ['package.nls.json', 'package.nls.zh-cn.json', 'l10n/bundle.l10n.zh-cn.json']) {
  for (const id of links(read(file))) { refer(id, file); }
}
for (const { file, text } of code) {
  // Tree rows and message actions (`command: 'id'`), executeCommand('id'), `command:id` links in markdown.
  for (const m of text.matchAll(/(?:\bcommand:\s*'|executeCommand\(\s*')(feishuHire\.[\w.]+)'/g)) { refer(m[1] ?? '', file); }
  for (const id of links(text)) { refer(id, file); }
}

test('the scan finds the commands it checks (a scan that finds nothing cannot fail)', () => {
  assert.ok(contributed.size >= 20, `contributed: ${contributed.size}`);
  assert.ok(registered.size >= 20, `registered: ${registered.size}`);
  for (const id of ['feishuHire.record.showDetails', 'feishuHire.tree.loadMore', 'feishuHire.sample.explore', 'feishuHire.feedback.refresh']) {
    assert.ok(referenced.has(id), `${id} is not among the referenced commands`);
  }
});

test('every command named anywhere is registered and contributed', () => {
  const problems = [...referenced].flatMap((
    [id, where],
  ) => [
    ...(registered.has(id) ? [] : [`${id} (named in ${where}) is never registered`]),
    ...(contributed.has(id) ? [] : [`${id} (named in ${where}) is not in contributes.commands`]),
  ]);
  assert.deepEqual(problems, []);
});

test('every contributed command is registered, and every registered one contributed', () => {
  assert.deepEqual([...contributed].filter(id => !registered.has(id)), [], 'contributed, never registered');
  assert.deepEqual([...registered].filter(id => !contributed.has(id) && !TEST_ONLY.has(id)), [], 'registered, not contributed');
});

test('no tree row command carries arguments: their handle dies when the row re-renders ("Actual command not found")', () => {
  // VS Code keeps a row command's arguments under a handle it drops on every re-render of the row or a parent;
  // a click on a row drawn before a re-render then fails. Rows name only the command (see src/tree/rowClicks.ts).
  const rows = code.filter(({ file }) => file.startsWith(join('src', 'tree')));
  const withArguments = rows.flatMap(({ file, text }) => [...text.matchAll(/\bcommand:\s*'[^']+'[^}]*\barguments:/g)].map(m => `${file}: ${m[0]}`));
  assert.deepEqual(withArguments, []);
});
