// The builders bundle (dist/builders.js, loaded at first use): the main bundle carries none of it, and it carries
// its own copies of the modules it needs, so what the main bundle hands it must still be recognised there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Builders from '../../src/builders';
import { FeishuError } from '../../src/feishu/errors';
import { formatOnly as t } from '../../src/feishu/translate';
import { parseInterview } from '../../src/feishu/validate';

const bundled = createRequire(__filename)(join(__dirname, '..', '..', '..', 'dist', 'builders.js')) as typeof Builders;

test('a FeishuError made by the main bundle\'s class is one for the builders bundle\'s copy: the scorecard notice explains it', () => {
  const interview = parseInterview({
    id: '7100000000000000001',
    begin_time: 1,
    end_time: 2,
    interview_record_list: [{ id: 'r1', user_id: 'ou_1', conclusion: 1, commit_status: 1 }],
  }, 'item');
  const error = new FeishuError({ kind: 'api', code: 99991400, msg: 'request trigger frequency limit' });
  const model = bundled.buildScoreDetailsModel({
    target: { root: 'all', applicationId: '1', interviewId: '7100000000000000001', recordId: 'r1' },
    owner: 'test',
    locale: 'en',
    lang: 'en',
    t,
    sample: false,
    now: 0,
    interview,
    scorecard: { kind: 'failed', error },
  });
  const notice = model?.scorecard?.notice ?? '';
  assert.match(notice, /rate limited by the service/, notice);
  assert.doesNotMatch(notice, /Unexpected error/);
  assert.ok(error instanceof FeishuError && !(new Error('x') instanceof FeishuError) && !({} instanceof FeishuError));
});

test('the main bundle holds none of the builders: activation does not load them (the sample server neither)', () => {
  const meta = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'dist', 'meta.json'), 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, unknown>; }>;
  };
  const inputs = Object.keys(meta.outputs['dist/extension.js']?.inputs ?? {});
  assert.ok(inputs.includes('src/extension.ts'), 'dist/meta.json describes dist/extension.js');
  const lazy = [
    'src/webview/scoreDetails/scoreDetailsModel.ts',
    'src/webview/shared/pageShell.ts',
    'src/model/export/interviewExport.ts',
    'src/model/export/interviewMarkdown.ts',
    'src/model/queue/queueExport.ts',
    'src/model/export/applicationExport.ts',
    'src/fakeFeishu/server.ts',
  ];
  for (const file of lazy) { assert.ok(existsSync(join(__dirname, '..', '..', '..', file)), `${file} exists (the list follows the files)`); }
  assert.deepEqual(inputs.filter(i => lazy.includes(i)), []);
});
