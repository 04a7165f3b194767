// Issue #18.8: clients told the same wait do not retry in lockstep, and a wait longer than the cap fails at once.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { humanMessage } from '../../src/feishu/errors';
import { HttpClient, type FetchLike, type RetryNotice } from '../../src/feishu/httpClient';
import { formatOnly } from '../../src/feishu/translate';
import { errorOf } from './hostileServer';

const LIMITED = '{"code":99991400,"msg":"request trigger frequency limit"}';

/** A service that rate-limits the first `limited` requests with `reset` (null: no header), then answers. */
function limitedClient(reset: string | null, random: number, options: { limited?: number; body?: string; } = {}) {
  const waits: number[] = [];
  const notices: RetryNotice[] = [];
  let requests = 0;
  const fetchLike: FetchLike =
    async () => (++requests <= (options.limited ?? 1)
      ? { status: 429, headers: { get: (h: string) => (h === 'x-ogw-ratelimit-reset' ? reset : null) }, text: async () => options.body ?? LIMITED }
      : { status: 200, headers: { get: () => null }, text: async () => '{"code":0,"data":{}}' });
  const http = new HttpClient({
    baseUrl: 'http://127.0.0.1:1',
    fetch: fetchLike,
    random: () => random,
    sleep: async ms => {
      waits.push(ms);
    },
    onRetry: n => notices.push(n),
  });
  return { http, waits, notices, requests: () => requests };
}

describe('#18.8 rate-limit waits', () => {
  test('the jitter comes after the cap: a wait at the cap still spreads over 0–20 %', async () => {
    const waits: number[] = [];
    for (const random of [0, 0.5, 0.999]) {
      const c = limitedClient('10', random);
      await c.http.request('/p');
      waits.push(...c.waits);
    }
    assert.deepEqual(waits.map(Math.round), [10_000, 11_000, 11_998]);
  });

  test('a wait under the cap is as told plus jitter; a missing header means 1 s', async () => {
    const told = limitedClient('9.5', 0.5);
    await told.http.request('/p');
    assert.deepEqual(told.waits, [10_450]);
    const missing = limitedClient(null, 0.25, { limited: 2 });
    await missing.http.request('/p');
    assert.deepEqual(missing.waits, [1050, 1050]);
  });

  for (const reset of ['12', '30', '3600']) {
    test(`told to wait ${reset} s, longer than the cap, the request fails at once saying so`, async () => {
      const c = limitedClient(reset, 0, { limited: 100 });
      const e = await errorOf(c.http.request('/p'));
      assert.equal(c.requests(), 1, 'no retry is spent while the limit holds');
      assert.deepEqual([c.waits, c.notices], [[], []]);
      assert.equal(e.code, 99991400);
      assert.equal(e.retryAfterSeconds, Number(reset));
      assert.match(e.message, new RegExp(`rate limited for ${reset} s`));
      assert.equal(humanMessage(e, formatOnly), `Rate limited by Feishu for ${reset} s: try again after that.`);
    });
  }

  test('a gateway\'s bare 429 asking for longer than the cap fails the same way', async () => {
    const c = limitedClient('45.2', 0, { limited: 100, body: '<html>Too Many Requests</html>' });
    const e = await errorOf(c.http.request('/p'));
    assert.equal(c.requests(), 1);
    assert.equal(e.httpStatus, 429);
    assert.equal(humanMessage(e, formatOnly), 'Rate limited by Feishu for 46 s: try again after that.');
  });
});
