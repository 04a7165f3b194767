// The features bundle (dist/features.js, loaded by the first command that needs it): the main bundle carries none of
// its own modules, and no module both bundles carry keeps state at its top level, since each has its own copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const meta = JSON.parse(readFileSync(join(root, 'dist', 'meta.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown>; }>; };
const inputsOf = (bundle: string): string[] => Object.keys(meta.outputs[bundle]?.inputs ?? {});

/** A top-level `let`, a top-level collection, or a static field: state a second copy of the module would not share. */
const STATE =
  /^(let|var) |^const \w+(: [^=]+)? = new (Map|Set|WeakMap|WeakSet)\b|^\s+(private |protected |public )?static (?!readonly\b|override\b|async\b|get\b)\w+[?!]?(:|\s=)/m;
const source = (file: string): string => readFileSync(join(root, file), 'utf8');

test('the main bundle holds none of the features bundle\'s own modules: activation does not load them', () => {
  const main = inputsOf('dist/extension.js');
  const features = inputsOf('dist/features.js');
  assert.ok(main.includes('src/extension.ts') && features.includes('src/features.ts'), 'dist/meta.json describes both bundles');
  const lazy = [
    'src/commands/findCandidate.ts',
    'src/model/search/candidateSearch.ts',
    'src/commands/permissionReport.ts',
    'src/model/permissions/permissionCheck.ts',
    'src/model/permissions/permissionProbes.ts',
    'src/session/userSignIn.ts',
    'src/feishu/oauth/loopbackListener.ts',
    'src/feishu/oauth/pkce.ts',
    'src/feishu/oauth/authorizeUrl.ts',
    'src/commands/exportFlow.ts',
    'src/commands/debrief.ts',
    'src/model/debrief/debriefData.ts',
    'src/webview/debrief/debriefPanel.ts',
    'src/webview/scoreDetails/scoreDetailsPanel.ts',
    'src/webview/scoreDetails/scoreDetailsSource.ts',
    'src/webview/shared/pageHost.ts',
    'src/commands/credentialsPrompts.ts',
    'src/commands/lookUp.ts',
    'src/commands/jobPicker.ts',
    'src/commands/reveal.ts',
  ];
  for (const file of lazy) { assert.ok(features.includes(file), `${file} is in dist/features.js (the list follows the files)`); }
  assert.deepEqual(main.filter(i => lazy.includes(i)), []);
});

test('no module in both bundles keeps state at its top level (a cache, a panel\'s `current`): each bundle would have its own', () => {
  // The check would see them: the panels and the job picker keep such state, and only the features bundle holds them.
  for (const file of ['src/webview/scoreDetails/scoreDetailsPanel.ts', 'src/webview/debrief/debriefPanel.ts', 'src/commands/jobPicker.ts']) {
    assert.match(source(file), STATE, file);
  }
  const features = new Set(inputsOf('dist/features.js'));
  const shared = inputsOf('dist/extension.js').filter(i => i.startsWith('src/') && features.has(i));
  assert.ok(shared.includes('src/feishu/errors.ts'), 'both carry FeishuError (recognised across bundles by its mark)');
  assert.deepEqual(shared.filter(file => STATE.test(source(file))), []);
});
