// The features bundle (dist/features.js, loaded by the first command that needs it): the main bundle carries none of
// its own modules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const meta = JSON.parse(readFileSync(join(root, 'dist', 'meta.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown>; }>; };
const inputsOf = (bundle: string): string[] => Object.keys(meta.outputs[bundle]?.inputs ?? {});

test('the main bundle holds none of the features bundle\'s own modules: activation does not load them', () => {
  const main = inputsOf('dist/extension.js');
  const features = inputsOf('dist/features.js');
  assert.ok(main.includes('src/extension.ts') && features.includes('src/features.ts'), 'dist/meta.json describes both bundles');
  const lazy = [
    'src/commands/permissionReport.ts',
    'src/model/permissions/permissionCheck.ts',
    'src/model/permissions/permissionProbes.ts',
    'src/commands/exportFlow.ts',
    'src/commands/debrief.ts',
    'src/model/debrief/debriefData.ts',
    'src/webview/debrief/debriefPanel.ts',
    'src/webview/scoreDetails/scoreDetailsPanel.ts',
    'src/webview/scoreDetails/scoreDetailsSource.ts',
    'src/webview/shared/pageHost.ts',
    'src/commands/reveal.ts',
  ];
  for (const file of lazy) { assert.ok(features.includes(file), `${file} is in dist/features.js (the list follows the files)`); }
  assert.deepEqual(main.filter(i => lazy.includes(i)), []);
});
