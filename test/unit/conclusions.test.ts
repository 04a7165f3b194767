// Every documented conclusion (1–6, 6 being 待定 / pending since the current docs) and an unknown one, as
// the tree, the panel, the queue counts and the exports show it, in English and Chinese; the sample tenant's pending verdicts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatOnly, type Translate } from '../../src/feishu/translate';
import type { JsonObject } from '../../src/feishu/types';
import { parseInterview, type ParsedInterview } from '../../src/feishu/validate';
import { interviewState, owedItems } from '../../src/model/queue/queueItems';
import { conclusionInfo } from '../../src/model/text/format';
import { toCsv } from '../../src/model/export/interviewExport';
import { stateText } from '../../src/model/queue/queueLabels';
import { APPLICATION_COUNT, sampleTenant } from '../../src/fakeFeishu/sampleTenant';
import { SAMPLE, startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';
import { fakeGet, tenantTokenOf } from './fakeHttp';

const zhBundle = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
const zhT: Translate = (message, ...args) => formatOnly(zhBundle[message] ?? `MISSING:${message}`, ...args);

const ENDED = Date.UTC(2026, 10, 20, 2, 0);
const NOW = Date.UTC(2026, 10, 27, 1, 30);

function interviewWith(conclusions: number[]): ParsedInterview {
  const json: JsonObject = {
    id: '7100000000000000001',
    begin_time: ENDED,
    end_time: ENDED + 3_600_000,
    round: 0,
    stage_id: '55',
    interview_record_list: conclusions.map((conclusion, i) => ({
      id: String(7_100_000_000_000_000_100n + BigInt(i)),
      user_id: 'ou_lina',
      commit_status: 1,
      conclusion,
    })),
  };
  return parseInterview(json, 'items[0]');
}

const EXPECTED: { conclusion: number; en: string; zh: string; codicon: string; tone: string; }[] = [
  { conclusion: 1, en: 'Pass', zh: '通过', codicon: 'pass', tone: 'pass' },
  { conclusion: 2, en: 'Fail', zh: zhBundle['Fail'] ?? '', codicon: 'error', tone: 'fail' },
  { conclusion: 3, en: 'Not started', zh: zhBundle['Not started'] ?? '', codicon: 'circle-large-outline', tone: 'neutral' },
  { conclusion: 4, en: 'Not submitted', zh: zhBundle['Not submitted'] ?? '', codicon: 'edit', tone: 'warning' },
  { conclusion: 5, en: 'No-show', zh: '未到场', codicon: 'circle-slash', tone: 'warning' },
  { conclusion: 6, en: 'Pending', zh: '待定', codicon: 'clock', tone: 'pending' },
];

describe('conclusions', () => {
  for (const e of EXPECTED) {
    test(`conclusion ${e.conclusion} is "${e.en}" / "${e.zh}" with its own icon`, () => {
      assert.deepEqual(conclusionInfo(e.conclusion, formatOnly), { label: e.en, codicon: e.codicon, tone: e.tone });
      assert.equal(conclusionInfo(e.conclusion, zhT).label, e.zh);
      assert.ok(!e.zh.startsWith('MISSING'));
      const csv = toCsv([{ interview: interviewWith([e.conclusion]), record: interviewWith([e.conclusion]).interview_record_list[0]!, names: {} }], {
        t: formatOnly,
        lang: 'en',
        locale: 'en',
        timeZone: 'UTC',
      });
      assert.match(csv, new RegExp(`,${e.en},`), 'the export names it');
    });
  }

  test('an undocumented conclusion says so, with a question mark', () => {
    assert.deepEqual(conclusionInfo(7, formatOnly), { label: 'Unknown conclusion 7', codicon: 'question', tone: 'unknown' });
    assert.equal(conclusionInfo(7, zhT).label, '未知结论 7');
    assert.equal(conclusionInfo(undefined, formatOnly).label, 'No conclusion');
  });

  test('the queue counts pending verdicts beside pass and fail, in both languages', () => {
    const state = interviewState(interviewWith([1, 2, 6, 6, 5]), NOW);
    assert.equal(state.pending, 2);
    assert.equal(stateText(state, formatOnly), '5 of 5 submitted · 1 pass · 1 fail · 2 pending · no-show');
    assert.equal(stateText(interviewState(interviewWith([6]), NOW), zhT), '已提交 1/1 · 1 人待定');
  });

  test('a pending verdict is submitted feedback: no reminder chases it', () => {
    assert.deepEqual(owedItems([interviewWith([6, 6])], NOW, 'en', 'UTC'), []);
  });
});

describe('the sample tenant has pending verdicts', () => {
  let fake: FakeFeishu;
  before(async () => {
    fake = await startFakeFeishu();
  });
  after(() => fake.close());

  let token = '';
  before(async () => {
    token = await tenantTokenOf(fake);
  });
  const request = fakeGet(() => fake, () => token);
  const get = async (path: string): Promise<JsonObject> => (await request(path)).body as JsonObject;

  test('the every-conclusion application shows 1–6 on its first record of rounds 1–6', async () => {
    const body = await get(`/hire/v1/applications/${SAMPLE.appWith7}/interviews?page_size=50`);
    const items = (body['data'] as { items: { interview_record_list: { conclusion: number; commit_status: number; }[]; }[]; }).items;
    assert.deepEqual(items.slice(0, 6).map(iv => iv.interview_record_list[0]!.conclusion), [1, 2, 5, 3, 4, 6]);
    assert.equal(items[5]!.interview_record_list[0]!.commit_status, 1, 'a pending verdict is a submitted one');
  });

  test('the recent interviews hold one, so the queue shows "1 pending"', async () => {
    const recent = sampleTenant().applications.slice(APPLICATION_COUNT);
    const pages = await Promise.all(recent.map(app => get(`/hire/v1/interviews?page_size=100&application_id=${app.id}`)));
    const items = pages.flatMap(body => (body['data'] as { items: JsonObject[]; }).items.map(i => parseInterview(i, 'item')));
    const pending = items.filter(iv => iv.interview_record_list.some(r => r.conclusion === 6));
    assert.ok(pending.length >= 1);
    assert.match(stateText(interviewState(pending[0]!, Date.now()), formatOnly), /· 1 pending/);
  });
});
