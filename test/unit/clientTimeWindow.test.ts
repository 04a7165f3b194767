// HireApi.listInterviewsInWindow against the fake: what it sends, paging with the pager's loop guards, bad windows, refusals.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createFeishuClient, type FeishuClient } from '../../src/feishu/feishuClient';
import { nodeFetchTransport } from '../../src/feishu/nodeFetchTransport';
import { collectAll } from '../../src/feishu/pager';
import { defaultSwitches, SAMPLE, startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';
import { errorOf } from './helpers';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 8, 15, 6, 0);
let fake: FakeFeishu;

const client = (): FeishuClient =>
  createFeishuClient({
    baseUrl: fake.baseUrl,
    fetch: nodeFetchTransport,
    credentials: async () => ({ appId: fake.appId, appSecret: fake.appSecret }),
    timeoutMs: 5000,
    now: () => NOW,
    maxRetryDelayMs: 1200,
  });

const inWindow = (c: FeishuClient, startMs: number, endMs: number, pageSize?: number) =>
  collectAll((pageToken, signal) => c.hire.listInterviewsInWindow({ startMs, endMs }, { pageToken, pageSize, signal }), '/open-apis/hire/v1/interviews');

before(async () => {
  fake = await startFakeFeishu({ now: () => NOW });
});
after(async () => {
  await fake.close();
});
beforeEach(() => {
  Object.assign(fake.switches, defaultSwitches());
  fake.resetStats();
});

describe('listInterviewsInWindow', () => {
  test('sends start_time / end_time as ms strings and page_size 100 by default; ceil(n / 100) requests', async () => {
    const c = client();
    const all = await inWindow(c, NOW - 90 * DAY, NOW);
    assert.ok(all.items.length > 100, `${all.items.length} interviews`);
    const pages = fake.stats.requests.filter(r => r.route === 'successorInterviews');
    assert.equal(pages.length, Math.ceil(all.items.length / 100));
    assert.equal(all.requests, pages.length);
    assert.deepEqual(pages[0]!.query, { start_time: String(NOW - 90 * DAY), end_time: String(NOW), page_size: '100' });
    assert.ok(all.items.every(iv => iv.begin_time! >= NOW - 90 * DAY && iv.begin_time! <= NOW));
    assert.ok(all.items.every(iv => typeof iv.application_id === 'string' && iv.stage?.name?.zh_cn));
    assert.ok(all.items.flatMap(iv => iv.interview_record_list).every(r => r.interviewer?.name?.en_us));
  });

  test('bad windows never reach the service', async () => {
    const c = client();
    for (const [start, end] of [[0, NOW], [NOW, NaN], [NOW, NOW - 1], [1.5, NOW], [-DAY, NOW]] as const) {
      const e = await errorOf(c.hire.listInterviewsInWindow({ startMs: start, endMs: end }));
      assert.equal(e.kind, 'config', `${start}..${end}`);
    }
    await assert.rejects(c.hire.listInterviewsInWindow({ startMs: NOW - DAY, endMs: NOW }, { pageSize: 101 }), /page size 101/);
    assert.equal(fake.stats.requests.length, 0);
  });

  test('paging loop guards hold: a repeated token ends the walk with a paging error', async () => {
    fake.set({ repeatedToken: true });
    const e = await errorOf(inWindow(client(), NOW - 90 * DAY, NOW, 10));
    assert.equal(e.kind, 'paging');
    assert.ok(fake.stats.count('successorInterviews') <= 3);
  });

  test('a refused scope names the permission', async () => {
    fake.set({ disabledScopes: [SAMPLE.interviewScope] });
    const e = await errorOf(inWindow(client(), NOW - DAY, NOW));
    assert.equal(e.code, 99991672);
    assert.ok(e.missingScopes.includes('hire:interview:readonly'));
  });
});
