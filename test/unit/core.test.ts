import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FeishuError, humanMessage } from '../../src/feishu/errors';
import { normaliseBaseUrl } from '../../src/feishu/baseUrl';
import { HttpClient, type FetchLike } from '../../src/feishu/httpClient';
import { parseJsonLossless } from '../../src/feishu/losslessJson';
import { collectAll, PageWalk } from '../../src/feishu/pager';
import { formatOnly } from '../../src/feishu/translate';
import type { JsonObject, Page } from '../../src/feishu/types';
import { parseInterview, parsePage } from '../../src/feishu/validate';
import { ConcurrencyLimit } from '../../src/feishu/concurrencyLimit';

describe('parseJsonLossless', () => {
  test('keeps integers above 2^53 as their digits', () => {
    const v = parseJsonLossless('{"id":6949805467799537964,"n":12,"f":1.5,"neg":-9007199254740993}') as JsonObject;
    assert.equal(v['id'], '6949805467799537964');
    assert.equal(v['n'], 12);
    assert.equal(v['f'], 1.5);
    assert.equal(v['neg'], '-9007199254740993');
  });
  test('agrees with JSON.parse on ordinary documents', () => {
    const text = JSON.stringify({ a: [1, 'x\n"y"\u0001', null, true, false, { b: {} }], c: 'é中文😀', d: 1e21, e: -0.5 });
    assert.deepEqual(parseJsonLossless(text), JSON.parse(text));
  });
  test('rejects malformed input with a position', () => {
    for (const bad of ['', '{', '{"a":}', '[1,]', '{"a":1}x', '<html>', 'nul', '"\\x"']) {
      assert.throws(() => parseJsonLossless(bad), /position/, bad);
    }
  });
  test('a __proto__ key stays data', () => {
    const v = parseJsonLossless('{"__proto__":{"polluted":1}}') as JsonObject;
    assert.deepEqual(Object.keys(v), ['__proto__']);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });
});

describe('validation', () => {
  const interview: JsonObject = {
    id: '6949805467799537964',
    begin_time: 1618899376474,
    end_time: 1618999376474,
    round: 0,
    stage_id: '634324253532232',
    surprise: { kept: true },
    interview_record_list: [{
      id: '1',
      user_id: 'ou_1',
      conclusion: 1,
      commit_status: 1,
      interview_score: { id: '9', level: 3, zh_name: '3', en_name: 'three' },
    }, { user_id: 'no id here' }],
  };
  test('keeps unknown fields in raw and reports a bad record without dropping the interview', () => {
    const parsed = parseInterview(interview, 'items[0]');
    assert.equal(parsed.id, '6949805467799537964');
    assert.deepEqual(parsed.raw['surprise'], { kept: true });
    assert.equal(parsed.interview_record_list.length, 1);
    assert.equal(parsed.interview_record_list[0]?.interview_score?.level, 3);
    assert.equal(parsed.invalidRecords.length, 1);
    assert.match(parsed.invalidRecords[0]!.reason, /interview_record_list\[1\]\.id: expected an ID string/);
  });
  test('a page with one malformed item keeps the others', () => {
    const page = parsePage({ code: 0, data: { has_more: false, items: [interview, 42, { id: 'x', begin_time: 'soon' }] } }, '/ep', parseInterview);
    assert.equal(page.items.length, 1);
    assert.deepEqual(page.invalid.map(i => i.index), [1, 2]);
    assert.match(page.invalid[1]!.reason, /begin_time: expected an integer, got string "soon"/);
  });
  test('items null or absent is an empty page; token ignored when has_more is false', () => {
    assert.deepEqual(parsePage({ code: 0, data: { items: null, has_more: false, page_token: 'zz' } }, '/ep', parseInterview), {
      items: [],
      invalid: [],
      hasMore: false,
      pageToken: undefined,
    });
    assert.equal(parsePage({ code: 0, data: {} }, '/ep', parseInterview).items.length, 0);
  });
  test('envelope problems name the field and the endpoint', () => {
    const cases: Array<[JsonObject, RegExp]> = [
      [{ code: 0 }, /data: expected an object, got nothing/],
      [{ code: 0, data: { items: {} } }, /data\.items: expected an array/],
      [{ code: 0, data: { has_more: 'yes' } }, /data\.has_more: expected a boolean/],
      [{ code: 0, data: { has_more: true, page_token: 5 } }, /data\.page_token: expected a string/],
    ];
    for (const [body, pattern] of cases) {
      assert.throws(
        () => parsePage(body, '/open-apis/x', parseInterview),
        (e: unknown) => e instanceof FeishuError && e.kind === 'badResponse' && pattern.test(e.message) && e.message.includes('/open-apis/x'),
      );
    }
  });
});

describe('PageWalk', () => {
  const page = (items: number[], hasMore: boolean, pageToken?: string): Page<number> => ({ items, invalid: [], hasMore, pageToken });
  function scripted(pages: Page<number>[]): { fetch: (token?: string) => Promise<Page<number>>; tokens: Array<string | undefined>; } {
    const tokens: Array<string | undefined> = [];
    let i = 0;
    return {
      tokens,
      fetch: async token => {
        tokens.push(token);
        const p = pages[i++];
        if (!p) { throw new Error('fetched past the end'); }
        return p;
      },
    };
  }
  test('follows tokens, skips empty pages that say more follow, stops on has_more false', async () => {
    const s = scripted([page([1, 2], true, 'a'), page([], true, 'b'), page([3], true, 'c'), page([4], false, 'ignored')]);
    const all = await collectAll(s.fetch, '/ep');
    assert.deepEqual(all.items, [1, 2, 3, 4]);
    assert.deepEqual(s.tokens, [undefined, 'a', 'b', 'c']);
    assert.equal(all.requests, 4);
  });
  test('a repeated token stops with a paging error after keeping the good pages', async () => {
    const s = scripted([page([1], true, 'a'), page([2], true, 'a'), page([3], false)]);
    const walk = new PageWalk(s.fetch, '/ep');
    assert.deepEqual((await walk.step()).items, [1]);
    await assert.rejects(walk.step(), (e: unknown) => e instanceof FeishuError && e.kind === 'paging' && /same page_token/.test(e.message));
    assert.equal(walk.done, true);
    assert.equal(s.tokens.length, 2);
  });
  test('has_more true with an empty or missing token stops', async () => {
    for (const token of ['', undefined]) {
      const s = scripted([page([1], true, token)]);
      await assert.rejects(collectAll(s.fetch, '/ep'), /no page_token/);
    }
  });
  test('endless empty pages are cut off', async () => {
    let n = 0;
    const walk = new PageWalk<number>(async () => page([], true, `t${n++}`), '/ep');
    await assert.rejects(walk.step(), /empty pages in a row/);
    assert.equal(n, 25);
  });
});

describe('HttpClient', () => {
  type Reply = { status: number; body: string; headers?: Record<string, string>; } | Error | 'hang';
  function fakeFetch(replies: Reply[]): { fetch: FetchLike; calls: string[]; } {
    const calls: string[] = [];
    const fetch: FetchLike = (url, init) => {
      calls.push(url);
      const reply = replies.shift() ?? new Error('no more replies');
      if (reply === 'hang') {
        return new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(new Error('aborted'))));
      }
      if (reply instanceof Error) { return Promise.reject(reply); }
      const headers = new Map(Object.entries(reply.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
      return Promise.resolve({ status: reply.status, headers: { get: (n: string) => headers.get(n.toLowerCase()) ?? null }, text: async () => reply.body });
    };
    return { fetch, calls };
  }
  const ok = (data: unknown): Reply => ({ status: 200, body: JSON.stringify({ code: 0, msg: 'ok', data }), headers: { 'X-Tt-Logid': 'L1' } });
  const noSleep = { sleep: async () => undefined, random: () => 0 };

  test('rejects non-https base URLs except loopback', () => {
    assert.equal(normaliseBaseUrl('https://open.feishu.cn/'), 'https://open.feishu.cn');
    assert.equal(normaliseBaseUrl(' http://127.0.0.1:8080 '), 'http://127.0.0.1:8080');
    assert.equal(normaliseBaseUrl('http://localhost:1'), 'http://localhost:1');
    assert.equal(normaliseBaseUrl('http://[::1]:1'), 'http://[::1]:1');
    for (const bad of ['http://open.feishu.cn', 'ftp://x', 'open.feishu.cn', 'https://u:p@x.cn', 'http://127.0.0.1.evil.com']) {
      assert.throws(() => normaliseBaseUrl(bad), (e: unknown) => e instanceof FeishuError && e.kind === 'config', bad);
    }
  });

  test('waits as x-ogw-ratelimit-reset says, then succeeds', async () => {
    const waits: number[] = [];
    const { fetch, calls } = fakeFetch([
      { status: 429, body: '{"code":99991400,"msg":"request trigger frequency limit"}', headers: { 'x-ogw-ratelimit-reset': '0.25' } },
      { status: 429, body: '{"code":99991400,"msg":"request trigger frequency limit"}' },
      ok({ x: 1 }),
    ]);
    const notices: string[] = [];
    const http = new HttpClient({
      baseUrl: 'http://127.0.0.1:1',
      fetch,
      sleep: async ms => {
        waits.push(ms);
      },
      random: () => 0,
      onRetry: n => notices.push(n.reason),
    });
    const reply = await http.request('/p');
    assert.deepEqual(reply.body['data'], { x: 1 });
    assert.deepEqual(waits, [250, 1000]);
    assert.deepEqual(notices, ['rateLimited', 'rateLimited']);
    assert.equal(calls.length, 3);
  });

  test('retries 5xx, 1002001 and resets on GET, a bounded number of times', async () => {
    const { fetch, calls } = fakeFetch([{ status: 502, body: '<html>bad gateway</html>' }, new Error('socket hang up'), {
      status: 500,
      body: '{"code":1002001,"msg":"system error"}',
    }]);
    const http = new HttpClient({ baseUrl: 'http://127.0.0.1:1', fetch, ...noSleep });
    await assert.rejects(http.request('/p'), (e: unknown) => e instanceof FeishuError && e.code === 1002001);
    assert.equal(calls.length, 3);
  });

  test('never retries a POST on 5xx, nor a client error', async () => {
    const post = fakeFetch([{ status: 500, body: '{"code":1002001,"msg":"x"}' }, ok({})]);
    await assert.rejects(new HttpClient({ baseUrl: 'http://127.0.0.1:1', fetch: post.fetch, ...noSleep }).request('/p', { method: 'POST', json: {} }));
    assert.equal(post.calls.length, 1);
    const scope = fakeFetch([{
      status: 400,
      body: JSON.stringify({ code: 99991672, msg: 'no scope', error: { log_id: 'LOG9', permission_violations: [{ subject: 'hire:interview:readonly' }] } }),
    }]);
    const error = await new HttpClient({ baseUrl: 'http://127.0.0.1:1', fetch: scope.fetch, ...noSleep }).request('/p').catch((e: unknown) => e);
    assert.ok(error instanceof FeishuError);
    assert.deepEqual(error.missingScopes, ['hire:interview:readonly']);
    assert.equal(error.logId, 'LOG9');
    assert.match(humanMessage(error, formatOnly), /hire:interview:readonly.*log id LOG9/);
    assert.equal(scope.calls.length, 1);
  });

  test('code decides, not status: code 0 with HTTP 400 is not an error; a non-zero code with 200 is', async () => {
    const { fetch } = fakeFetch([{
      status: 200,
      body: '{"code":180001,"msg":"param is invalis","error":{"field_violations":[{"field":"page_size","description":"must be 1..50"}]}}',
    }]);
    const e = await new HttpClient({ baseUrl: 'http://127.0.0.1:1', fetch, ...noSleep }).request('/p').catch((x: unknown) => x);
    assert.ok(e instanceof FeishuError && e.code === 180001);
    assert.match(humanMessage(e, formatOnly), /invalid parameter page_size \(must be 1\.\.50\)/);
  });

  test('an HTML page or malformed JSON on 200 is a clear badResponse', async () => {
    for (const body of ['<!DOCTYPE html><html>login</html>', '{"code":0,', '']) {
      const { fetch } = fakeFetch([{ status: 200, body }]);
      await assert.rejects(
        new HttpClient({ baseUrl: 'http://127.0.0.1:1', fetch, ...noSleep }).request('/p'),
        (e: unknown) => e instanceof FeishuError && e.kind === 'badResponse' && /instead of JSON/.test(e.message),
      );
    }
  });

  test('times out with a clear error', async () => {
    const { fetch } = fakeFetch(['hang']);
    const http = new HttpClient({ baseUrl: 'http://127.0.0.1:1', fetch, timeoutMs: 30, maxTransientRetries: 0 });
    await assert.rejects(http.request('/p'), (e: unknown) => e instanceof FeishuError && e.kind === 'timeout' && /30 ms/.test(e.message));
  });

  test('cancellation aborts the request and is never retried', async () => {
    const { fetch, calls } = fakeFetch(['hang', ok({})]);
    const http = new HttpClient({ baseUrl: 'http://127.0.0.1:1', fetch, timeoutMs: 5000 });
    const controller = new AbortController();
    const pending = http.request('/p', { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await assert.rejects(pending, (e: unknown) => e instanceof FeishuError && e.kind === 'cancelled');
    assert.equal(calls.length, 1);
  });
});

describe('ConcurrencyLimit', () => {
  test('never runs more than the limit, and a cancelled waiter leaves the queue', async () => {
    const limit = new ConcurrencyLimit(2);
    let running = 0;
    let peak = 0;
    const task = async (): Promise<void> => {
      running++;
      peak = Math.max(peak, running);
      await new Promise(r => setTimeout(r, 5));
      running--;
    };
    const first = [limit.run(task), limit.run(task)];
    const controller = new AbortController();
    let ranCancelled = false;
    const cancelled = limit.run(async () => {
      ranCancelled = true;
    }, controller.signal);
    controller.abort();
    await assert.rejects(cancelled, (e: unknown) => e instanceof FeishuError && e.kind === 'cancelled');
    await Promise.all([...first, ...Array.from({ length: 10 }, () => limit.run(task))]);
    assert.equal(ranCancelled, false);
    assert.equal(peak, 2);
    assert.equal(limit.inFlight, 0);
  });
});
