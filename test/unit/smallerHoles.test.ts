// Issue #10.9: JSON nesting, rate-limit waits, token lifetime, page_token type, quota, talent lookups.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Codes, FeishuError, humanMessage } from '../../src/feishu/errors';
import { HttpClient, type FetchLike } from '../../src/feishu/httpClient';
import { JsonSyntaxError, MAX_JSON_DEPTH, parseJsonLossless } from '../../src/feishu/losslessJson';
import { formatOnly } from '../../src/feishu/translate';
import type { Page } from '../../src/feishu/types';
import { parsePage } from '../../src/feishu/validate';
import { toJson } from '../../src/model/export/recordJson';
import { errorOf, json, loopback, model, realClient, scripted, TOKEN_PATH, tokenReply } from './hostileServer';

describe('#10.9 smaller holes', () => {
  const deep = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

  test('both JSON parse paths refuse nesting deeper than MAX_JSON_DEPTH', () => {
    assert.throws(() => parseJsonLossless(deep(MAX_JSON_DEPTH + 5)), JsonSyntaxError, 'fast path');
    assert.throws(() => parseJsonLossless(`[1234567890123456789,${deep(MAX_JSON_DEPTH + 5)}]`), JsonSyntaxError, 'lossless path');
    assert.doesNotThrow(() => parseJsonLossless(deep(MAX_JSON_DEPTH - 1)));
  });

  test('Copy as JSON of data nested deeper than MAX_JSON_DEPTH gives a marked copy instead of throwing', () => {
    let raw: unknown[] = [];
    const top = raw;
    for (let i = 0; i < 100_000; i++) {
      const next: unknown[] = [];
      raw.push(next);
      raw = next;
    }
    const text = toJson([{ kind: 'invalid', id: 'x', parentId: 'p', reason: 'r', raw: top as never }]);
    assert.match(text, /nested too deep/);
    assert.equal(
      toJson([{ kind: 'invalid', id: 'x', parentId: 'p', reason: 'r', raw: { a: [1, { b: '2' }], c: {}, d: [] } }]),
      JSON.stringify({ a: [1, { b: '2' }], c: {}, d: [] }, null, 2),
    );
  });

  test('rate-limit waits never exceed the cap plus its 20 % jitter', async () => {
    const waits: number[] = [];
    let n = 0;
    const fetchLike: FetchLike = async () => ({
      status: 429,
      headers: { get: (h: string) => h === 'x-ogw-ratelimit-reset' ? '9.5' : null },
      text: async () => (++n > 3 ? '{"code":0,"data":{}}' : '{"code":99991400,"msg":"limit"}'),
    });
    const http = new HttpClient({
      baseUrl: 'http://127.0.0.1:1',
      fetch: fetchLike,
      sleep: async ms => {
        waits.push(ms);
      },
      random: () => 0.999,
    });
    await http.request('/p');
    assert.ok(waits.length > 0 && waits.every(w => w <= 12_000), `waits ${waits.join(', ')}`);
  });

  test('x-ogw-ratelimit-reset is honoured on every 429, with or without a Feishu body', async () => {
    for (const body of ['<html>Too Many Requests</html>', '', '{"msg":"no code"}']) {
      const waits: number[] = [];
      let n = 0;
      const fetchLike: FetchLike = async () => (++n === 1
        ? {
          status: 429,
          headers: { get: (h: string) => h === 'x-ogw-ratelimit-reset' ? '3' : null },
          text: async () => body,
        }
        : { status: 200, headers: { get: () => null }, text: async () => '{"code":0,"data":{}}' });
      const http = new HttpClient({
        baseUrl: 'http://127.0.0.1:1',
        fetch: fetchLike,
        sleep: async ms => {
          waits.push(ms);
        },
        random: () => 0,
      });
      await http.request('/p');
      assert.deepEqual(waits, [3000], `body ${JSON.stringify(body)}`);
    }
  });

  test('a tiny or invalid token expire is floored: ten calls cost one token request, with a warning', async () => {
    for (const expire of [0.0001, 0, -5, 'soon', null]) {
      const warnings: string[] = [];
      const server = await loopback((req, res) => {
        if (req.url === TOKEN_PATH) {
          tokenReply(res, expire);
          return;
        }
        json(res, { code: 0, data: { application: { id: '1' } } });
      });
      const c = realClient(server.baseUrl, { log: line => warnings.push(line) });
      for (let i = 0; i < 10; i++) { await c.hire.getApplication('1'); }
      assert.equal(server.requests.filter(r => r.path === TOKEN_PATH).length, 1, `expire ${JSON.stringify(expire)}`);
      assert.ok(warnings.some(w => /expire/.test(w)), `no warning for expire ${JSON.stringify(expire)}`);
    }
  });

  test('a bogus page_token type with has_more false does not fail the page', () => {
    for (const token of [123, true, { a: 1 }, ['x']]) {
      const page: Page<string> = parsePage({ code: 0, data: { items: ['1'], has_more: false, page_token: token } }, '/e', v => String(v));
      assert.deepEqual([page.items, page.hasMore, page.pageToken], [['1'], false, undefined]);
    }
    assert.throws(() => parsePage({ code: 0, data: { items: [], has_more: true, page_token: 123 } }, '/e', v => String(v)), FeishuError);
  });

  test('99991403 (monthly quota used up) has its own message and is not retried', async () => {
    const server = await loopback((req, res) => {
      if (req.url === TOKEN_PATH) {
        tokenReply(res);
        return;
      }
      json(res, { code: 99991403, msg: 'quota exceeded' }, 429, { 'x-ogw-ratelimit-reset': '1' });
    });
    const e = await errorOf(realClient(server.baseUrl).hire.getApplication('1'));
    assert.equal(e.code, Codes.monthlyQuotaExceeded);
    assert.match(humanMessage(e, formatOnly), /monthly/);
    assert.equal(server.requests.filter(r => r.path !== TOKEN_PATH).length, 1);
  });

  test('N applications of one talent cost one talent request', async () => {
    const s = scripted(path => {
      if (path === '/open-apis/hire/v1/applications') { return { code: 0, data: { items: ['1', '2', '3', '4'], has_more: false } }; }
      const app = /applications\/(\d+)$/.exec(path);
      if (app) { return { code: 0, data: { application: { id: app[1], talent_id: '700', job_id: '800' } } }; }
      if (path.includes('/talents/')) { return { code: 0, data: { talent: { id: '700', basic_info: { name: 'Wang Fang' } } } }; }
      return { code: 0, data: { job: { id: '800', title: 'Engineer' } } };
    });
    const m = model(s.api);
    const all = m.roots().find(r => r.id === 'all')!;
    await m.children(all);
    for (let i = 0; i < 100 && ['1', '2', '3', '4'].some(id => m.connection?.directory.application(id)?.candidateName === undefined); i++) {
      await new Promise(r => setTimeout(r, 5));
    }
    assert.equal(m.connection?.directory.application('4')?.candidateName, 'Wang Fang');
    assert.equal(s.log.filter(l => l.includes('/talents/')).length, 1);
    assert.equal(s.log.filter(l => l.includes('/jobs/')).length, 1);
  });
});
