// Per-minute windows on top of per-second ones (the applications list and get: 50/s and 1000/min, contract §9):
// the pacer keeps both, the fake enforces both, and the two agree when their windows are scaled the same.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createFeishuClient } from '../../src/feishu/feishuClient';
import { nodeFetchTransport } from '../../src/feishu/nodeFetchTransport';
import { documentedRate, RatePacer } from '../../src/feishu/ratePacer';
import { RateLimiter } from '../../src/fakeFeishu/rateLimiter';
import { SAMPLE, startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';

describe('per-minute windows', () => {
  test('the applications list and get have 50/s and 1000/min; the other endpoints their per-second limit only', () => {
    const both = [{ count: 50, ms: 1000 }, { count: 1000, ms: 60_000 }];
    assert.deepEqual(documentedRate('/open-apis/hire/v1/applications?page_size=100')?.windows, both);
    assert.deepEqual(documentedRate(`/open-apis/hire/v1/applications/${SAMPLE.appWith7}?options=with_job`)?.windows, both);
    assert.deepEqual(documentedRate(`/open-apis/hire/v1/applications/${SAMPLE.appWith7}/interviews`)?.windows, [{ count: 50, ms: 1000 }]);
    assert.deepEqual(documentedRate(`/open-apis/hire/v1/talents/${SAMPLE.talentZhangWei}`)?.windows, [{ count: 20, ms: 1000 }]);
    assert.deepEqual(documentedRate('/open-apis/hire/v1/applications', 10)?.windows, [{ count: 50, ms: 100 }, { count: 1000, ms: 6000 }]);
  });

  test('the pacer holds the longer window too: 3 in 100 ms and 5 in 1.2 s send the 6th only 1.2 s after the first reply', async () => {
    const pacer = new RatePacer(() => ({ key: 'k', windows: [{ count: 3, ms: 100 }, { count: 5, ms: 1200 }] }));
    const started = performance.now();
    const sentAt: number[] = [];
    await Promise.all(Array.from({ length: 6 }, async () => {
      const release = await pacer.acquire('/a');
      sentAt.push(performance.now() - started);
      release();
    }));
    sentAt.sort((a, b) => a - b);
    assert.ok(sentAt[2]! < 80, `the first three waited ${Math.round(sentAt[2]!)} ms`);
    assert.ok(sentAt[3]! >= 100 && sentAt[4]! < 400, `the 4th and 5th went out after ${Math.round(sentAt[3]!)} and ${Math.round(sentAt[4]!)} ms`);
    assert.ok(sentAt[5]! >= 1200, `the 6th went out after ${Math.round(sentAt[5]!)} ms, inside the long window`);
  });

  test('the fake refuses the 1001st application get of a minute although each second stays under 50', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    for (let i = 0; i < 1000; i++) {
      now = i * 25; // 40 a second
      assert.deepEqual(limiter.take('application', 'cli_a'), { limited: false }, `request ${i + 1}`);
    }
    now = 25_000;
    const refused = limiter.take('application', 'cli_a');
    assert.deepEqual(refused, { limited: true, limit: 1000, resetMs: 35_000 });
    assert.deepEqual(limiter.take('application', 'cli_b'), { limited: false }, 'another app has its own windows');
    assert.deepEqual(limiter.take('interviews', 'cli_a'), { limited: false }, 'the seed endpoint has no minute window');
    now = 60_000;
    assert.deepEqual(limiter.take('application', 'cli_a'), { limited: false }, 'the first request has left the minute');
    // The per-second window still holds on its own: 50 at one instant, the 51st refused for a second.
    const fresh = new RateLimiter(() => 0);
    for (let i = 0; i < 50; i++) { fresh.take('applications', 'cli_a'); }
    assert.deepEqual(fresh.take('applications', 'cli_a'), { limited: true, limit: 50, resetMs: 1000 });
  });

  describe('against the fake with both windows scaled 30× (50 per 33 ms, 1000 per 2 s)', () => {
    let fake: FakeFeishu;
    before(async () => {
      fake = await startFakeFeishu({ switches: { rateWindowScale: 30 } });
    });
    after(async () => {
      await fake.close();
    });

    test('1,100 application gets through the client trip nothing and wait for the minute window', async () => {
      const c = createFeishuClient({
        baseUrl: fake.baseUrl,
        fetch: nodeFetchTransport,
        maxConcurrentRequests: 4,
        rateTimeScale: 30,
        credentials: async () => ({ appId: fake.appId, appSecret: fake.appSecret }),
      });
      await c.tokens.get();
      fake.resetStats();
      const started = performance.now();
      await Promise.all(Array.from({ length: 1100 }, () => c.hire.getApplication(SAMPLE.appWith7)));
      const ms = performance.now() - started;
      assert.equal(fake.stats.requests.filter(r => r.code === 99991400).length, 0, 'rate limited by the fake');
      assert.equal(fake.stats.count('application'), 1100);
      assert.ok(ms >= 2000, `1,100 gets took ${Math.round(ms)} ms: the scaled minute allows only 1000 in 2 s`);
    });
  });
});
