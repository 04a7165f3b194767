// The pacer: exactly the documented count per sliding second, counted from each reply, first come first served.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FeishuError } from '../../src/feishu/errors';
import { createFeishuClient } from '../../src/feishu/feishuClient';
import { nodeFetchTransport } from '../../src/feishu/nodeFetchTransport';
import { RatePacer } from '../../src/feishu/ratePacer';
import { SAMPLE, startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';

const three = (): RatePacer => new RatePacer(() => ({ key: 'k', windows: [{ count: 3, ms: 1000 }] }));
const settled = async <T>(p: Promise<T>, ms: number): Promise<boolean> => {
  let done = false;
  void p.then(() => {
    done = true;
  }, () => {
    done = true;
  });
  await new Promise(r => setTimeout(r, ms));
  return done;
};

describe('rate pacer', () => {
  test('the documented count goes out at once; the next waits one second after the first reply, not after the send', async () => {
    const pacer = three();
    const releases = await Promise.all([pacer.acquire('/a'), pacer.acquire('/a'), pacer.acquire('/a')]);
    const fourth = pacer.acquire('/a');
    // Nothing answered yet: a request still out stays in the window however long it takes.
    assert.equal(await settled(fourth, 1100), false, 'a fourth request went out while three were unanswered');
    const repliedAt = performance.now();
    releases[0]!();
    releases[0]!(); // a second call changes nothing
    assert.equal(await settled(fourth, 900), false, 'the place freed before one second after the reply');
    await fourth;
    assert.ok(performance.now() - repliedAt >= 1000, `freed after ${performance.now() - repliedAt} ms`);
  });

  test('first come, first served; a cancelled waiter leaves the queue without taking a place', async () => {
    const pacer = three();
    const releases = await Promise.all([pacer.acquire('/a'), pacer.acquire('/a'), pacer.acquire('/a')]);
    const controller = new AbortController();
    const cancelledOne = pacer.acquire('/a', controller.signal);
    const order: string[] = [];
    const next = pacer.acquire('/a').then(r => {
      order.push('next');
      return r;
    });
    controller.abort();
    await assert.rejects(cancelledOne, (e: unknown) => e instanceof FeishuError && e.kind === 'cancelled');
    releases.forEach(r => r());
    await next;
    assert.deepEqual(order, ['next']);
    // Other endpoint families have their own windows, and the token endpoint is never paced.
    await pacer.acquire('/b');
    await new RatePacer().acquire('/open-apis/auth/v3/tenant_access_token/internal');
  });

  test('100 instant requests at 50 a second take two windows, not three', async () => {
    const pacer = new RatePacer();
    const path = `/open-apis/hire/v1/applications/${SAMPLE.appWith7}/interviews`;
    const started = performance.now();
    const sentAt: number[] = [];
    await Promise.all(Array.from({ length: 100 }, async () => {
      const release = await pacer.acquire(path);
      sentAt.push(performance.now() - started);
      release();
    }));
    sentAt.sort((a, b) => a - b);
    assert.ok(sentAt[49]! < 500, `the first 50 waited ${Math.round(sentAt[49]!)} ms`);
    assert.ok(sentAt[50]! >= 1000, `the 51st went out after ${Math.round(sentAt[50]!)} ms`);
    // A pacer kept under the limit (45 a second) sends the 91st to 100th only in the third second.
    assert.ok(sentAt[99]! < 1800, `the 100th went out after ${Math.round(sentAt[99]!)} ms`);
  });

  describe('against the fake service (50 requests a second on the seed endpoint)', () => {
    let fake: FakeFeishu;
    before(async () => {
      fake = await startFakeFeishu();
    });
    after(async () => {
      await fake.close();
    });

    test('100 requests at once through the client trip nothing', async () => {
      const c = createFeishuClient({
        baseUrl: fake.baseUrl,
        fetch: nodeFetchTransport,
        maxConcurrentRequests: 4,
        credentials: async () => ({ appId: fake.appId, appSecret: fake.appSecret }),
      });
      await c.tokens.get();
      fake.resetStats();
      await Promise.all(Array.from({ length: 100 }, () => c.hire.listInterviews(SAMPLE.appWith7, { pageSize: 10 })));
      assert.equal(fake.stats.requests.filter(r => r.code === 99991400).length, 0, 'rate limited by the fake');
      assert.equal(fake.stats.count('interviews'), 100);
    });
  });
});
