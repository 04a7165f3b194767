// The fake Feishu server over real HTTP, against the contract (shared/feishu-hire-api.md).
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { defaultSwitches, SAMPLE, startFakeFeishu, type FakeFeishu, type FakeRoute } from '../../src/fakeFeishu/server';

type Obj = Record<string, unknown>;
interface Res {
  status: number;
  headers: Headers;
  text: string;
  body: Obj;
}

let fake: FakeFeishu;
let clock = Date.now();

before(async () => {
  fake = await startFakeFeishu({ now: () => clock });
});
after(async () => {
  await fake.close();
});
beforeEach(() => {
  clock = Date.now();
  Object.assign(fake.switches, defaultSwitches());
  fake.expireTokens();
  fake.resetStats();
});

function parse(text: string): Obj {
  try {
    return JSON.parse(text) as Obj;
  } catch {
    return {};
  }
}

/** The text of the reply to a request sent with Node's own http / https request (for what fetch cannot set). */
function replyText(send: (onReply: (res: IncomingMessage) => void) => ClientRequest, body?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = send(res => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve(text));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function post(body: string, server: FakeFeishu = fake): Promise<Res> {
  const res = await fetch(`${server.baseUrl}/open-apis/auth/v3/tenant_access_token/internal`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: parse(text) };
}

async function tokenFor(server: FakeFeishu = fake): Promise<string> {
  const res = await post(JSON.stringify({ app_id: server.appId, app_secret: server.appSecret }), server);
  assert.equal(res.body['code'], 0, res.text);
  return res.body['tenant_access_token'] as string;
}

async function get(path: string, query: Record<string, string | string[]> = {}, auth?: string | null, server: FakeFeishu = fake): Promise<Res> {
  const url = new URL(`/open-apis${path}`, server.baseUrl);
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) { url.searchParams.append(key, v); }
  }
  const authorization = auth === undefined ? `Bearer ${await tokenFor(server)}` : auth;
  const res = await fetch(url, { headers: authorization === null ? {} : { Authorization: authorization } });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: parse(text) };
}

const data = (res: Res): Obj => res.body['data'] as Obj;
const items = (res: Res): Obj[] => (data(res)['items'] ?? []) as Obj[];
const records = (interview: Obj): Obj[] => interview['interview_record_list'] as Obj[];
const interviewsPath = (applicationId: string): string => `/hire/v1/applications/${applicationId}/interviews`;

/** Every page of a list, following page_token while has_more is true. */
async function walk(path: string, query: Record<string, string>, limit = 500): Promise<Res[]> {
  const token = `Bearer ${await tokenFor()}`;
  const pages: Res[] = [];
  let pageToken: string | undefined;
  do {
    const page = await get(path, pageToken ? { ...query, page_token: pageToken } : query, token);
    assert.equal(page.body['code'], 0, page.text);
    pages.push(page);
    pageToken = data(page)['has_more'] === true ? data(page)['page_token'] as string : undefined;
  } while (pageToken && pages.length < limit);
  return pages;
}

function assertError(res: Res, status: number, code: number): Obj {
  assert.equal(res.status, status, res.text);
  assert.equal(res.body['code'], code, res.text);
  const error = res.body['error'] as Obj;
  assert.match(String(error['log_id']), /^\d{14}[0-9A-F]{20}$/);
  assert.equal(error['log_id'], res.headers.get('x-tt-logid'));
  assert.match(String(error['troubleshooter']), /https:\/\/open\.feishu\.cn\/search\?/);
  return error;
}

function assertFieldError(res: Res, code: number, field: string): void {
  const error = assertError(res, 400, code);
  assert.equal(res.body['msg'], code === 180001 ? 'param is invalis' : 'param error');
  assert.equal((error['field_violations'] as Obj[])[0]?.['field'], field);
}

describe('tenant access token', () => {
  test('is a t- token for 7200 s, the same while 1800 s remain, then a new one while the old lives on', async () => {
    const first = await post(JSON.stringify({ app_id: fake.appId, app_secret: fake.appSecret }));
    assert.equal(first.status, 200);
    assert.ok(first.headers.get('x-tt-logid'));
    assert.deepEqual(Object.keys(first.body).sort(), ['code', 'expire', 'msg', 'tenant_access_token']);
    assert.equal(first.body['msg'], 'ok');
    assert.equal(first.body['expire'], 7200);
    const token = first.body['tenant_access_token'] as string;
    assert.match(token, /^t-[0-9a-f]{40}$/);

    clock += 1000 * 1000;
    const again = await post(JSON.stringify({ app_id: fake.appId, app_secret: fake.appSecret }));
    assert.deepEqual([again.body['tenant_access_token'], again.body['expire']], [token, 6200]);

    clock += 4400 * 1000; // 1800 s left: still the same
    assert.deepEqual([(await post(JSON.stringify({ app_id: fake.appId, app_secret: fake.appSecret }))).body['expire'], token], [1800, token]);

    clock += 1000; // 1799 s left: a new token, the old one keeps working
    const rotated = await post(JSON.stringify({ app_id: fake.appId, app_secret: fake.appSecret }));
    assert.notEqual(rotated.body['tenant_access_token'], token);
    assert.equal(rotated.body['expire'], 7200);
    assert.equal((await get(`/hire/v1/jobs/${SAMPLE.jobChineseTitle}`, {}, `Bearer ${token}`)).body['code'], 0);

    clock += 1799 * 1000; // the old one has expired, the new one has not
    assertError(await get(`/hire/v1/jobs/${SAMPLE.jobChineseTitle}`, {}, `Bearer ${token}`), 400, 99991663);
    assert.equal((await get(`/hire/v1/jobs/${SAMPLE.jobChineseTitle}`, {}, `Bearer ${rotated.body['tenant_access_token'] as string}`)).body['code'], 0);
  });

  test('unknown app, wrong secret and a bad body: 10003 / 10014 in an HTTP 200 body, status switchable', async () => {
    const unknown = await post(JSON.stringify({ app_id: 'cli_nobody', app_secret: fake.appSecret }));
    assert.deepEqual([unknown.status, unknown.body], [200, { code: 10003, data: {}, msg: 'invalid param' }]);
    const wrong = await post(JSON.stringify({ app_id: fake.appId, app_secret: 'nope' }));
    assert.deepEqual([wrong.status, wrong.body], [200, { code: 10014, data: {}, msg: 'app secret invalid' }]);
    for (const bad of ['{"app_id":', '', '[]', JSON.stringify({ app_id: fake.appId })]) {
      assert.equal((await post(bad)).body['code'], 10003, bad);
    }
    fake.set({ credentialErrorStatus: 400 });
    assert.equal((await post(JSON.stringify({ app_id: fake.appId, app_secret: 'nope' }))).status, 400);
    assert.equal(fake.stats.count('token'), 7);
  });

  test('a wrong method on the token path is the gateway\'s plain 404', async () => {
    const res = await fetch(`${fake.baseUrl}/open-apis/auth/v3/tenant_access_token/internal`);
    assert.equal(res.status, 404);
    assert.match(res.headers.get('content-type') ?? '', /^text\/plain/);
    assert.equal(await res.text(), '404 page not found');
    assert.ok(res.headers.get('x-tt-logid'));
    assert.equal(fake.stats.count('notFound'), 1);
  });

  test('expireTokens: every issued token is rejected with 99991663, a new one works', async () => {
    const token = await tokenFor();
    fake.expireTokens();
    assertError(await get(interviewsPath(SAMPLE.appWith1), { page_size: '10' }, `Bearer ${token}`), 400, 99991663);
    assert.equal((await get(interviewsPath(SAMPLE.appWith1), { page_size: '10' })).body['code'], 0);
  });

  test('revokeSecret: the old secret gets 10014 and its tokens stop working; the new secret works', async () => {
    const oldSecret = fake.appSecret;
    const token = await tokenFor();
    fake.revokeSecret();
    assert.notEqual(fake.appSecret, oldSecret);
    assert.equal((await post(JSON.stringify({ app_id: fake.appId, app_secret: oldSecret }))).body['code'], 10014);
    assertError(await get(`/hire/v1/jobs/${SAMPLE.jobChineseTitle}`, {}, `Bearer ${token}`), 400, 99991663);
    assert.equal((await get(`/hire/v1/jobs/${SAMPLE.jobChineseTitle}`)).body['code'], 0);
  });
});

describe('authorization on business calls', () => {
  test('missing, malformed, unknown and user tokens each get their code, log id and troubleshooter', async () => {
    const path = `/hire/v1/applications/${SAMPLE.appWith1}`;
    const cases: [string | null, number][] = [
      [null, 99991661],
      ['', 99991661],
      ['Bearer ', 99991661],
      ['t-0123', 99991661], // observed: without "Bearer " the gateway sees no token
      ['Bearer abc', 99991671],
      ['Basic dXNlcjpwYXNz', 99991661],
      ['Bearer t-unknown', 99991663],
      ['Bearer u-someone', 99991668],
    ];
    for (const [header, code] of cases) {
      const res = await get(path, {}, header);
      assertError(res, 400, code);
      assert.equal(typeof res.body['msg'], 'string');
    }
    assert.equal(fake.stats.count('application'), cases.length);
  });

  test('the HTTP status of auth errors is switchable: 401 and 200', async () => {
    for (const status of [401, 200]) {
      fake.set({ authErrorStatus: status });
      assertError(await get(`/hire/v1/applications/${SAMPLE.appWith1}`, {}, 'Bearer t-unknown'), status, 99991663);
    }
  });

  test('any Host header is served the same', async () => {
    const token = await tokenFor();
    for (const host of ['open.feishu.cn', 'open.larksuite.com', 'example.invalid:8443']) {
      const url = new URL(fake.baseUrl);
      const body = await replyText(onReply =>
        httpRequest({
          host: url.hostname,
          port: url.port,
          path: `/open-apis/hire/v1/jobs/${SAMPLE.jobEnglishTitle}`,
          headers: { Host: host, Authorization: `Bearer ${token}` },
        }, onReply)
      );
      assert.equal((parse(body)['data'] as { job: Obj; }).job['title'], 'Senior Backend Engineer', host);
    }
  });
});

describe('https, as the service serves', () => {
  test('given a key and certificate the fake serves https: a client trusting that certificate gets a token', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-tls-'));
    // The integration runner's own certificate maker (openssl), so both tiers test the same certificate.
    const { testCertificate } = await import(pathToFileURL(join(__dirname, '..', '..', '..', 'scripts', 'testCertificate.mjs')).href) as {
      testCertificate(dir: string): Record<string, string | undefined>;
    };
    const made = testCertificate(dir);
    assert.ok(made['FEISHU_HIRE_TEST_TLS_KEY'] && made['FEISHU_HIRE_TEST_TLS_CERT'], made['FEISHU_HIRE_TEST_TLS_ERROR']);
    const cert = readFileSync(made['FEISHU_HIRE_TEST_TLS_CERT'], 'utf8');
    const server = await startFakeFeishu({ host: '127.0.0.2', tls: { key: readFileSync(made['FEISHU_HIRE_TEST_TLS_KEY'], 'utf8'), cert } });
    try {
      assert.match(server.baseUrl, /^https:\/\/127\.0\.0\.2:\d+$/);
      const text = await replyText(
        onReply =>
          httpsRequest(`${server.baseUrl}/open-apis/auth/v3/tenant_access_token/internal`, {
            method: 'POST',
            ca: cert,
            headers: { 'Content-Type': 'application/json; charset=utf-8' },
          }, onReply),
        JSON.stringify({ app_id: server.appId, app_secret: server.appSecret }),
      );
      assert.equal(parse(text)['code'], 0, text);
      // Without the certificate trusted, the TLS handshake fails: it is real TLS.
      await assert.rejects(fetch(`${server.baseUrl}/open-apis/auth/v3/tenant_access_token/internal`, { method: 'POST', body: '{}' }));
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('seed endpoint: GET /hire/v1/applications/{id}/interviews', () => {
  test('120 interviews at page size 50: exactly 3 pages of 50, 50, 20; no page_token on the last', async () => {
    const pages = await walk(interviewsPath(SAMPLE.appWith120), { page_size: '50' });
    assert.deepEqual(pages.map(p => items(p).length), [50, 50, 20]);
    assert.deepEqual(pages.map(p => data(p)['has_more']), [true, true, false]);
    assert.equal(pages[0]!.body['msg'], 'success');
    assert.ok(pages.every(p => p.headers.get('x-tt-logid')));
    assert.ok(!('page_token' in data(pages[2]!)));
    assert.equal(typeof data(pages[0]!)['page_token'], 'string');
    const ids = pages.flatMap(items).map(i => i['id'] as string);
    assert.equal(new Set(ids).size, 120);
    assert.equal(fake.stats.count('interviews'), 3);
    assert.deepEqual(fake.stats.requests.filter(r => r.route === 'interviews').map(r => [r.query['page_size'], r.status, r.code]), [['50', 200, 0], [
      '50',
      200,
      0,
    ], ['50', 200, 0]]);
  });

  test('interview and record fields have the contract\'s types; IDs are 19 digits above 2^53', async () => {
    const all = (await walk(interviewsPath(SAMPLE.appWith120), { page_size: '50' })).flatMap(items);
    const app = (await get(`/hire/v1/applications/${SAMPLE.appWith120}`)).body['data'] as { application: { stage_time_list: Obj[]; }; };
    const stageIds = new Set(app.application.stage_time_list.map(s => s['stage_id']));
    all.forEach((interview, i) => {
      assert.deepEqual(Object.keys(interview), ['id', 'begin_time', 'end_time', 'round', 'stage_id', 'interview_record_list']);
      assert.equal(interview['round'], i);
      assert.ok(stageIds.has(interview['stage_id']), 'stage of the interview is one the application went through');
      const begin = interview['begin_time'] as number;
      assert.ok(Number.isInteger(begin) && begin >= Date.UTC(2021, 0, 1) && begin < Date.UTC(2027, 0, 1));
      assert.ok((interview['end_time'] as number) > begin);
      for (const id of [interview['id'], ...records(interview).map(r => r['id'])]) {
        assert.match(id as string, /^\d{19}$/);
        assert.ok(BigInt(id as string) > 2n ** 53n);
      }
      for (const r of records(interview)) {
        assert.match(r['user_id'] as string, /^ou_[0-9a-f]{32}$/);
        assert.ok([1, 2].includes(r['commit_status'] as number));
        assert.ok([1, 2, 3, 4, 5, 6].includes(r['conclusion'] as number));
        const score = r['interview_score'] as Obj | undefined;
        if (score) {
          assert.deepEqual(Object.keys(score), ['id', 'level', 'zh_name', 'zh_description', 'en_name', 'en_description']);
          assert.equal(typeof score['level'], 'number');
        }
      }
    });
    // Hours are spread over the day (China time), midnight edges included.
    const hours = new Set(all.map(i => new Date((i['begin_time'] as number) + 8 * 3_600_000).getUTCHours()));
    assert.ok(hours.size >= 6, `hours ${[...hours].join(',')}`);
  });

  test('page_size is required, an integer from 1 to 50: else HTTP 400, 180001 "param is invalis" naming page_size', async () => {
    const token = `Bearer ${await tokenFor()}`;
    for (const size of [undefined, '', '0', '51', '-1', '1.5', 'abc', '1e1', '99999999999']) {
      const res = await get(interviewsPath(SAMPLE.appWith7), size === undefined ? {} : { page_size: size }, token);
      assertFieldError(res, 180001, 'page_size');
    }
    for (const size of ['1', '50']) { assert.equal((await get(interviewsPath(SAMPLE.appWith7), { page_size: size }, token)).body['code'], 0); }
  });

  test('page_token is opaque and bound to the application: garbage or another application\'s token is 180001', async () => {
    const first = await get(interviewsPath(SAMPLE.appWith120), { page_size: '50' });
    const token = data(first)['page_token'] as string;
    assertFieldError(await get(interviewsPath(SAMPLE.appWith51), { page_size: '50', page_token: token }), 180001, 'page_token');
    for (const bad of ['xx', '%%%', Buffer.from('{"o":1}').toString('base64url'), `${token}x`]) {
      assertFieldError(await get(interviewsPath(SAMPLE.appWith120), { page_size: '50', page_token: bad }), 180001, 'page_token');
    }
    const second = await get(interviewsPath(SAMPLE.appWith120), { page_size: '10', page_token: token });
    assert.equal(items(second).length, 10, 'a token from a page of 50 continues at any page size');
    assert.equal(items(second)[0]!['round'], 50);
  });

  test('user_id_type picks the kind of interviewer ID; user_id needs a scope that can be switched off', async () => {
    const kinds: Record<string, RegExp> = { open_id: /^ou_[0-9a-f]{32}$/, union_id: /^on_[0-9a-f]{32}$/, user_id: /^\d+$/ };
    const seen: string[] = [];
    for (const [type, pattern] of Object.entries(kinds)) {
      const userId = records(items(await get(interviewsPath(SAMPLE.appWith7), { page_size: '10', user_id_type: type }))[0]!)[0]!['user_id'] as string;
      assert.match(userId, pattern);
      seen.push(userId);
    }
    assert.equal(new Set(seen).size, 3);
    assertFieldError(await get(interviewsPath(SAMPLE.appWith7), { page_size: '10', user_id_type: 'email' }), 180001, 'user_id_type');
    fake.set({ disabledScopes: ['contact:user.employee_id:readonly'] });
    const denied = assertError(await get(interviewsPath(SAMPLE.appWith7), { page_size: '10', user_id_type: 'user_id' }), 400, 99991672);
    assert.deepEqual((denied['permission_violations'] as Obj[]).map(v => [v['type'], v['subject']]), [[
      'action_scope_required',
      'contact:user.employee_id:readonly',
    ]]);
    assert.equal((await get(interviewsPath(SAMPLE.appWith7), { page_size: '10', user_id_type: 'union_id' })).body['code'], 0);
  });

  test('an unknown application is 1002201; a non-digit ID is 180001 naming application_id', async () => {
    assertError(await get(interviewsPath(SAMPLE.unknownApplicationId), { page_size: '10' }), 400, 1002201);
    assertFieldError(await get(interviewsPath('abc'), { page_size: '10' }), 180001, 'application_id');
  });

  test('the well-known applications have exactly their interview counts', async () => {
    const expected: [string, number, number][] = [
      [SAMPLE.appWith0Interviews, 0, 1],
      [SAMPLE.appWith1, 1, 1],
      [SAMPLE.appWith7, 7, 1],
      [SAMPLE.appWith49, 49, 1],
      [SAMPLE.appWith50, 50, 1],
      [SAMPLE.appWith51, 51, 2],
    ];
    for (const [id, count, pageCount] of expected) {
      const pages = await walk(interviewsPath(id), { page_size: '50' });
      assert.deepEqual([pages.flatMap(items).length, pages.length], [count, pageCount], id);
    }
    const empty = await get(interviewsPath(SAMPLE.appWith0Interviews), { page_size: '50' });
    assert.deepEqual(data(empty), { has_more: false, items: [] });
  });

  test('10,000 interviews are generated only when paged: 200 pages, all distinct and in time order', async () => {
    fake.set({ rateLimit: false });
    const started = performance.now();
    const first = await get(interviewsPath(SAMPLE.appWith10000), { page_size: '50' });
    assert.ok(performance.now() - started < 1000);
    assert.equal(items(first).length, 50);
    const pages = await walk(interviewsPath(SAMPLE.appWith10000), { page_size: '50' });
    const all = pages.flatMap(items);
    assert.equal(pages.length, 200);
    assert.equal(new Set(all.map(i => i['id'])).size, 10_000);
    assert.ok(all.every((iv, i) => i === 0 || (iv['begin_time'] as number) >= (all[i - 1]!['begin_time'] as number)));
    assert.ok((all.at(-1)!['begin_time'] as number) < Date.UTC(2027, 0, 1));
  });

  test('the tenant covers every conclusion and commit status, scoreless records and hostile text', async () => {
    const rec: Obj[] = [];
    for (const id of [SAMPLE.appWith120, SAMPLE.appWith7, SAMPLE.appWithoutScores, SAMPLE.appWithTrickyContent]) {
      rec.push(...(await walk(interviewsPath(id), { page_size: '50' })).flatMap(items).flatMap(records));
    }
    assert.deepEqual([...new Set(rec.map(r => r['conclusion']))].sort(), [1, 2, 3, 4, 5, 6]);
    assert.deepEqual([...new Set(rec.map(r => r['commit_status']))].sort(), [1, 2]);
    const contents = rec.map(r => r['content']).filter((c): c is string => typeof c === 'string');
    for (const needle of ['<img src=x onerror=alert(1)>', '</script>', '👍🏻', '\u2028', '\n', '代码', 'the']) {
      assert.ok(contents.some(c => c.includes(needle)), needle);
    }
    assert.ok(contents.some(c => c.length === 10_000));
    const scoreless = (await walk(interviewsPath(SAMPLE.appWithoutScores), { page_size: '50' })).flatMap(items).flatMap(records);
    assert.ok(scoreless.length >= 12 && scoreless.every(r => !('interview_score' in r)));
    assert.ok(rec.some(r => r['commit_status'] === 1 && r['interview_score'] !== undefined));
  });

  test('the sample tenant is deterministic: two servers answer the same bytes', async () => {
    const other = await startFakeFeishu();
    try {
      const a = await get(interviewsPath(SAMPLE.appWith7), { page_size: '50' });
      const b = await get(interviewsPath(SAMPLE.appWith7), { page_size: '50' }, undefined, other);
      assert.equal(a.text, b.text);
      assert.notEqual(a.headers.get('x-tt-logid'), b.headers.get('x-tt-logid'));
    } finally {
      await other.close();
    }
  });
});

describe('paging quirks', () => {
  test('tokenWithHasMoreFalse: the last page has a token with has_more false; following it gives an empty page', async () => {
    fake.set({ tokenWithHasMoreFalse: true });
    const last = await get(interviewsPath(SAMPLE.appWith7), { page_size: '50' });
    assert.equal(data(last)['has_more'], false);
    const token = data(last)['page_token'] as string;
    assert.ok(token.length > 0);
    const after = await get(interviewsPath(SAMPLE.appWith7), { page_size: '50', page_token: token });
    assert.deepEqual([items(after).length, data(after)['has_more']], [0, false]);
  });

  test('emptyTokenOnLastPage: page_token "" on the last page', async () => {
    fake.set({ emptyTokenOnLastPage: true });
    assert.deepEqual(data(await get(interviewsPath(SAMPLE.appWith1), { page_size: '50' }))['page_token'], '');
  });

  test('emptyPageWithHasMore: an empty has_more page before each later page; nothing lost', async () => {
    fake.set({ emptyPageWithHasMore: true });
    const pages = await walk(interviewsPath(SAMPLE.appWith120), { page_size: '50' });
    assert.deepEqual(pages.map(p => items(p).length), [50, 0, 50, 0, 20]);
    assert.deepEqual(pages.map(p => data(p)['has_more']), [true, true, true, true, false]);
    assert.equal(new Set(pages.flatMap(items).map(i => i['id'])).size, 120);
  });

  test('repeatedToken: a page asked for with a token hands the same token back with has_more true', async () => {
    fake.set({ repeatedToken: true });
    const first = await get(interviewsPath(SAMPLE.appWith120), { page_size: '50' });
    const token = data(first)['page_token'] as string;
    const second = await get(interviewsPath(SAMPLE.appWith120), { page_size: '50', page_token: token });
    assert.deepEqual([data(second)['has_more'], data(second)['page_token'], items(second).length], [true, token, 50]);
  });

  test('emptyTokenWithHasMore: has_more true with page_token ""', async () => {
    fake.set({ emptyTokenWithHasMore: true });
    const first = await get(interviewsPath(SAMPLE.appWith120), { page_size: '50' });
    assert.deepEqual([data(first)['has_more'], data(first)['page_token']], [true, '']);
  });

  test('itemsNull / itemsAbsent on empty pages only', async () => {
    fake.set({ itemsNull: true });
    assert.match((await get(interviewsPath(SAMPLE.appWith0Interviews), { page_size: '50' })).text, /"items":null/);
    assert.equal(items(await get(interviewsPath(SAMPLE.appWith1), { page_size: '50' })).length, 1);
    fake.set({ itemsNull: false, itemsAbsent: true });
    const absent = await get(interviewsPath(SAMPLE.appWith0Interviews), { page_size: '50' });
    assert.deepEqual(data(absent), { has_more: false });
    assert.ok(!absent.text.includes('items'));
    const apps = await get('/hire/v1/applications', { page_size: '10', job_id: '1' });
    assert.deepEqual(data(apps), { has_more: false });
  });

  test('extraFields: unknown fields at every level', async () => {
    fake.set({ extraFields: true });
    const res = await get(interviewsPath(SAMPLE.appWith1), { page_size: '50' });
    const interview = items(res)[0]!;
    const record = records(interview)[0]!;
    for (const o of [res.body, data(res), interview, record]) { assert.ok('_fake_extra' in o); }
    const detail = await get(`/hire/v1/applications/${SAMPLE.appWith1}`);
    assert.ok('_fake_extra' in ((detail.body['data'] as Obj)['application'] as Obj));
  });

  test('numericIds: 19-digit IDs are bare JSON numbers in the text (and JSON.parse would corrupt them)', async () => {
    fake.set({ numericIds: true });
    const res = await get(interviewsPath(SAMPLE.appWith1), { page_size: '50' });
    const id = /"id":(\d{19})[,}]/.exec(res.text)?.[1];
    assert.ok(id, res.text.slice(0, 200));
    assert.equal(typeof items(res)[0]!['id'], 'number');
    assert.notEqual(String(items(res)[0]!['id']), id, 'precision lost by a naive parser');
    assert.match(res.text, /"user_id":"ou_/, 'non-ID strings stay strings');
    const apps = await get('/hire/v1/applications', { page_size: '5' });
    assert.match(apps.text, /"items":\[\d{19},\d{19},/);
  });
});

describe('switches for faults and deployment differences', () => {
  test('wrongDomain: every business call is 1000040351; the token endpoint still works', async () => {
    fake.set({ wrongDomain: true });
    const token = await tokenFor();
    for (const path of [interviewsPath(SAMPLE.appWith1), '/hire/v1/applications', `/hire/v1/talents/${SAMPLE.talentZhangWei}`]) {
      assertError(await get(path, { page_size: '10' }, `Bearer ${token}`), 400, 1000040351);
    }
  });

  test('disabledScopes: 99991672 naming the scope, other endpoints unaffected', async () => {
    fake.set({ disabledScopes: ['hire:interview:readonly'] });
    const res = await get(interviewsPath(SAMPLE.appWith1), { page_size: '10' });
    const error = assertError(res, 400, 99991672);
    assert.deepEqual(error['permission_violations'], [{
      type: 'action_scope_required',
      subject: 'hire:interview:readonly',
      description: 'The app needs the scope hire:interview:readonly.',
    }]);
    assert.match(res.body['msg'] as string, /hire:interview:readonly/);
    assert.equal((await get(`/hire/v1/applications/${SAMPLE.appWith1}`)).body['code'], 0);
    fake.set({ disabledScopes: ['hire:talent:readonly'] });
    assertError(await get(`/hire/v1/talents/${SAMPLE.talentZhangWei}`), 400, 99991672);
    assert.equal((await get(interviewsPath(SAMPLE.appWith1), { page_size: '10' })).body['code'], 0);
  });

  test('successor switched off: 404 or 99991672, while the seed endpoint keeps working', async () => {
    fake.set({ successor: 'notFound' });
    const gone = await get('/hire/v1/interviews', { application_id: SAMPLE.appWith1 });
    assert.deepEqual([gone.status, gone.text], [404, '404 page not found']);
    fake.set({ successor: 'noScope' });
    assertError(await get('/hire/v1/interviews', { application_id: SAMPLE.appWith1 }), 400, 99991672);
    assert.equal((await get(interviewsPath(SAMPLE.appWith1), { page_size: '10' })).body['code'], 0);
    assert.equal(fake.stats.count('successorInterviews'), 2);
  });

  test('every reply takes the set latency, and it can change live', async () => {
    const slow = await startFakeFeishu({ latencyMs: 120 });
    try {
      let started = performance.now();
      await post(JSON.stringify({}), slow);
      assert.ok(performance.now() - started >= 110, 'latency option');
      slow.set({ latencyMs: 0 });
      started = performance.now();
      await post(JSON.stringify({}), slow);
      assert.ok(performance.now() - started < 100, 'switched off');
    } finally {
      await slow.close();
    }
  });

  test('failNext: each kind, for its route only, for `count` requests', async () => {
    const token = `Bearer ${await tokenFor()}`;
    const seed = (): Promise<Res> => get(interviewsPath(SAMPLE.appWith7), { page_size: '10' }, token);
    fake.set({ failNext: [{ route: 'talent', kind: 'http500', count: 1 }, { route: 'interviews', kind: 'http500', count: 2 }] });
    for (let i = 0; i < 2; i++) {
      const res = await seed();
      assert.deepEqual([res.status, res.text], [500, 'Internal Server Error']);
    }
    assert.equal((await seed()).body['code'], 0);
    assert.equal(fake.switches.failNext.length, 1, 'the talent fault is still waiting');

    fake.set({ failNext: [{ route: 'interviews', kind: 'hireSystemError', count: 1 }] });
    assertError(await seed(), 500, 1002001);

    fake.set({ failNext: [{ route: 'interviews', kind: 'malformedJson', count: 1 }] });
    const malformed = await seed();
    assert.equal(malformed.status, 200);
    assert.throws(() => JSON.parse(malformed.text));

    fake.set({ failNext: [{ route: 'interviews', kind: 'htmlPage', count: 1 }] });
    const html = await seed();
    assert.equal(html.status, 502);
    assert.match(html.headers.get('content-type') ?? '', /text\/html/);
    assert.match(html.text, /<h1>502 Bad Gateway<\/h1>/);

    fake.set({ failNext: [{ route: 'interviews', kind: 'wrongTypes', count: 1 }] });
    const wrong = await seed();
    assert.equal(wrong.body['code'], 0);
    assert.equal(data(wrong)['has_more'], 'false');
    assert.equal(typeof items(wrong)[0]!['begin_time'], 'string');

    fake.set({ failNext: [{ route: 'interviews', kind: 'code', code: 99991663, status: 401, count: 1 }] });
    assertError(await seed(), 401, 99991663);

    fake.set({ failNext: [{ route: 'interviews', kind: 'reset', count: 1 }] });
    await assert.rejects(seed(), /fetch failed/);

    fake.set({ failNext: [{ route: 'interviews', kind: 'hang', count: 1 }] });
    await assert.rejects(
      fetch(`${fake.baseUrl}/open-apis${interviewsPath(SAMPLE.appWith7)}?page_size=10`, {
        headers: { Authorization: token },
        signal: AbortSignal.timeout(300),
      }),
      /aborted|timeout/i,
    );
    assert.equal((await seed()).body['code'], 0);

    fake.set({ failNext: [{ route: 'interviews', pathIncludes: SAMPLE.appWith1, kind: 'http500', count: 1 }] });
    assert.equal((await seed()).body['code'], 0, 'another application is left alone');
    assert.equal((await get(interviewsPath(SAMPLE.appWith1), { page_size: '10' }, token)).status, 500, 'the aimed-at application fails');
    assert.deepEqual(fake.switches.failNext, []);

    fake.set({ failNext: [{ kind: 'http500', count: 1 }] });
    assert.equal((await post(JSON.stringify({ app_id: fake.appId, app_secret: fake.appSecret }))).status, 500, 'no route: any request');

    const logged = fake.stats.requests.filter(r => r.route === 'interviews').map(r => [r.status, r.code]);
    assert.deepEqual(logged, [
      [500, undefined],
      [500, undefined],
      [200, 0],
      [500, 1002001],
      [200, undefined],
      [502, undefined],
      [200, 0],
      [401, 99991663],
      [0, undefined],
      [0, undefined],
      [200, 0],
      [200, 0],
      [500, undefined],
    ]);
  });

  test('a hanging request does not keep close() waiting', async () => {
    const other = await startFakeFeishu({ switches: { failNext: [{ kind: 'hang', count: 1 }] } });
    const pending = post('{}', other).catch((e: unknown) => e);
    await new Promise(resolve => setTimeout(resolve, 50));
    await other.close();
    assert.ok(await pending instanceof Error);
  });
});

describe('rate limits', () => {
  const token = async (): Promise<string> => `Bearer ${await tokenFor()}`;

  async function burst(path: string, n: number, auth: string, query: Record<string, string> = {}): Promise<Res[]> {
    return Promise.all(Array.from({ length: n }, () => get(path, query, auth)));
  }

  test('the seed endpoint allows 50 per second per app; the 51st is 429 99991400 with both headers', async () => {
    const auth = await token();
    const replies = await burst(interviewsPath(SAMPLE.appWith1), 51, auth, { page_size: '10' });
    const limited = replies.filter(r => r.status === 429);
    assert.equal(limited.length, 1);
    assert.deepEqual(limited[0]!.body, { code: 99991400, msg: 'request trigger frequency limit' });
    assert.equal(limited[0]!.headers.get('x-ogw-ratelimit-limit'), '50');
    assert.match(limited[0]!.headers.get('x-ogw-ratelimit-reset') ?? '', /^1$/);
    assert.ok(limited[0]!.headers.get('x-tt-logid'));
    // Another endpoint has its own window.
    assert.equal((await get(`/hire/v1/applications/${SAMPLE.appWith1}`, {}, auth)).status, 200);
  });

  test('the window slides: after the reset time the endpoint answers again', async () => {
    const auth = await token();
    await burst(`/hire/v1/talents/${SAMPLE.talentZhangWei}`, 20, auth);
    const limited = await get(`/hire/v1/talents/${SAMPLE.talentZhangWei}`, {}, auth);
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('x-ogw-ratelimit-limit'), '20');
    fake.set({ rateLimitReset: 'fractional' });
    const again = await get(`/hire/v1/talents/${SAMPLE.talentZhangWei}`, {}, auth);
    const reset = Number(again.headers.get('x-ogw-ratelimit-reset'));
    assert.ok(reset > 0 && reset <= 1, String(reset));
    await new Promise(resolve => setTimeout(resolve, reset * 1000 + 20));
    assert.equal((await get(`/hire/v1/talents/${SAMPLE.talentZhangWei}`, {}, auth)).status, 200);
  });

  test('forceRateLimit, a missing reset header and the HTTP 400 variant', async () => {
    const auth = await token();
    fake.set({ forceRateLimit: 2, rateLimitReset: 'missing', rateLimitStatus: 400 });
    for (let i = 0; i < 2; i++) {
      const res = await get(`/hire/v1/jobs/${SAMPLE.jobChineseTitle}`, {}, auth);
      assert.deepEqual([res.status, res.body['code']], [400, 99991400]);
      assert.equal(res.headers.get('x-ogw-ratelimit-reset'), null);
      assert.equal(res.headers.get('x-ogw-ratelimit-limit'), '50');
    }
    assert.equal((await get(`/hire/v1/jobs/${SAMPLE.jobChineseTitle}`, {}, auth)).status, 200);
    fake.set({ rateLimitStatus: 429, rateLimitReset: 'fractional', failNext: [{ route: 'application', kind: 'rateLimit', count: 1 }] });
    const res = await get(`/hire/v1/applications/${SAMPLE.appWith1}`, {}, auth);
    assert.deepEqual([res.status, res.headers.get('x-ogw-ratelimit-reset')], [429, '0.5']);
  });

  test('rateLimit off: no limit at all', async () => {
    fake.set({ rateLimit: false });
    const replies = await burst(`/hire/v1/talents/${SAMPLE.talentEmmaWilson}`, 40, await token());
    assert.ok(replies.every(r => r.status === 200));
  });
});

describe('applications, details, talents and jobs', () => {
  test('the applications list: ~300 ID strings, pages of at most 200, default 10', async () => {
    const pages = await walk('/hire/v1/applications', { page_size: '100' });
    const ids = pages.flatMap(items) as unknown as string[];
    assert.deepEqual(pages.map(p => items(p).length), [100, 100, 100, SAMPLE.applicationCount - 300]);
    assert.equal(new Set(ids).size, SAMPLE.applicationCount);
    assert.ok(ids.every(id => typeof id === 'string' && /^\d{19}$/.test(id)));
    for (const id of [SAMPLE.appWith120, SAMPLE.appWith10000, SAMPLE.appInactive]) { assert.ok(ids.includes(id)); }
    assert.ok(!ids.includes(SAMPLE.unknownApplicationId));
    assert.equal(items(await get('/hire/v1/applications')).length, 10);
    for (const size of ['201', '0', 'x']) { assertFieldError(await get('/hire/v1/applications', { page_size: size }), 1002002, 'page_size'); }
  });

  test('filters: active_status partitions the list, job and talent filters match the details; tokens are bound to filters', async () => {
    const count = async (query: Record<string, string>): Promise<string[]> =>
      (await walk('/hire/v1/applications', { page_size: '100', ...query })).flatMap(items) as unknown as string[];
    const active = await count({ active_status: '1' });
    const inactive = await count({ active_status: '2' });
    assert.ok(active.length > 150 && inactive.length > 20, `${active.length} / ${inactive.length}`);
    assert.equal(active.length + inactive.length, SAMPLE.applicationCount);
    assert.ok(inactive.includes(SAMPLE.appInactive) && !active.includes(SAMPLE.appInactive));
    assert.equal((await count({ active_status: '3' })).length, SAMPLE.applicationCount);
    assertFieldError(await get('/hire/v1/applications', { active_status: '4' }), 1002002, 'active_status');

    const byJob = await count({ job_id: SAMPLE.jobChineseTitle });
    assert.ok(byJob.length > 5 && byJob.includes(SAMPLE.appWith120));
    for (const id of byJob.slice(0, 5)) {
      const detail = (await get(`/hire/v1/applications/${id}`)).body['data'] as { application: Obj; };
      assert.equal(detail.application['job_id'], SAMPLE.jobChineseTitle);
    }
    assert.ok((await count({ talent_id: SAMPLE.talentZhangWei })).includes(SAMPLE.appWith120));

    const first = await get('/hire/v1/applications', { page_size: '10', active_status: '1' });
    assertFieldError(
      await get('/hire/v1/applications', { page_size: '10', active_status: '2', page_token: data(first)['page_token'] as string }),
      1002002,
      'page_token',
    );
  });

  test('application detail: the contract\'s fields, times as strings, job_info with options=with_job', async () => {
    const plain = (await get(`/hire/v1/applications/${SAMPLE.appWith120}`)).body['data'] as { application: Obj; };
    const app = plain.application;
    assert.equal(app['id'], SAMPLE.appWith120);
    assert.equal(app['talent_id'], SAMPLE.talentZhangWei);
    assert.equal(app['job_id'], SAMPLE.jobChineseTitle);
    assert.equal(app['active_status'], 1);
    assert.match(app['create_time'] as string, /^\d{13}$/);
    assert.match(app['modify_time'] as string, /^\d{13}$/);
    const stage = app['stage'] as Obj;
    assert.deepEqual(Object.keys(stage), ['id', 'zh_name', 'en_name', 'type']);
    const visits = app['stage_time_list'] as Obj[];
    assert.equal(visits.at(-1)!['stage_id'], stage['id']);
    assert.ok(!('job_info' in app));
    const withJob = (await get(`/hire/v1/applications/${SAMPLE.appWith120}`, { options: ['get_latest_application_on_chain', 'with_job'] })).body['data'] as {
      application: Obj;
    };
    assert.deepEqual([(withJob.application['job_info'] as Obj)['name'], (withJob.application['job_info'] as Obj)['id']], [
      '高级前端工程师',
      SAMPLE.jobChineseTitle,
    ]);
    const inactive = (await get(`/hire/v1/applications/${SAMPLE.appInactive}`)).body['data'] as { application: Obj; };
    assert.equal(inactive.application['active_status'], 2);
    assertError(await get(`/hire/v1/applications/${SAMPLE.unknownApplicationId}`), 400, 1002201);
    assertFieldError(await get('/hire/v1/applications/12ab'), 1002002, 'application_id');
  });

  test('talents and jobs give Chinese and English names; unknown ones are 1002208 / 1002207', async () => {
    const talent = async (id: string): Promise<Obj> => ((await get(`/hire/v1/talents/${id}`)).body['data'] as { talent: Obj; }).talent;
    assert.equal(((await talent(SAMPLE.talentZhangWei))['basic_info'] as Obj)['name'], '张伟');
    assert.equal(((await talent(SAMPLE.talentEmmaWilson))['basic_info'] as Obj)['name'], 'Emma Wilson');
    assertError(await get(`/hire/v1/talents/${SAMPLE.unknownTalentId}`), 400, 1002208);
    const job = async (id: string): Promise<Obj> => ((await get(`/hire/v1/jobs/${id}`)).body['data'] as { job: Obj; }).job;
    assert.equal((await job(SAMPLE.jobChineseTitle))['title'], '高级前端工程师');
    assert.equal((await job(SAMPLE.jobEnglishTitle))['title'], 'Senior Backend Engineer');
    assert.match((await job(SAMPLE.jobEnglishTitle))['code'] as string, /^BE-/);
    assertError(await get(`/hire/v1/jobs/${SAMPLE.unknownJobId}`), 400, 1002207);
  });
});

describe('successor: GET /hire/v1/interviews', () => {
  test('the same interviews and records in the same order as the seed, plus names', async () => {
    const seed = (await walk(interviewsPath(SAMPLE.appWith120), { page_size: '50' })).flatMap(items);
    const pages = await walk('/hire/v1/interviews', { application_id: SAMPLE.appWith120, page_size: '100' });
    assert.deepEqual(pages.map(p => items(p).length), [100, 20]);
    const successor = pages.flatMap(items);
    assert.deepEqual(successor.map(i => i['id']), seed.map(i => i['id']));
    assert.deepEqual(successor.flatMap(records).map(r => r['id']), seed.flatMap(records).map(r => r['id']));
    successor.forEach((interview, i) => {
      for (const key of ['begin_time', 'end_time', 'round', 'stage_id']) { assert.equal(interview[key], seed[i]![key]); }
      assert.equal(interview['application_id'], SAMPLE.appWith120);
      const stage = interview['stage'] as { id: string; name: { zh_cn: string; en_us: string; }; };
      assert.equal(stage.id, interview['stage_id']);
      assert.ok(stage.name.zh_cn && stage.name.en_us);
      assert.ok([1, 2, 3].includes(interview['interview_type'] as number));
      assert.ok((interview['talent_time_zone'] as Obj)['code']);
      records(interview).forEach((record, r) => {
        const seedRecord = records(seed[i]!)[r]!;
        assert.equal(record['user_id'], seedRecord['user_id']);
        assert.equal(record['content'], seedRecord['content']);
        const interviewer = record['interviewer'] as { id: string; name: { zh_cn: string; en_us: string; }; };
        assert.equal(interviewer.id, record['user_id']);
        assert.ok(interviewer.name.zh_cn && interviewer.name.en_us);
        assert.equal('feedback_submit_time' in record, false, 'feedback_submit_time belongs to the interview');
      });
    });
  });

  test('page_size default 10, at most 100; a filter is required; interview_id and unknown applications', async () => {
    assert.equal(items(await get('/hire/v1/interviews', { application_id: SAMPLE.appWith120 })).length, 10);
    assertFieldError(await get('/hire/v1/interviews', { application_id: SAMPLE.appWith120, page_size: '101' }), 1002002, 'page_size');
    assertFieldError(await get('/hire/v1/interviews', { page_size: '10' }), 1002002, 'application_id');
    const seedFirst = items(await get(interviewsPath(SAMPLE.appWith51), { page_size: '50' }))[3]!;
    const byId = await get('/hire/v1/interviews', { interview_id: seedFirst['id'] as string });
    assert.deepEqual(items(byId).map(i => i['id']), [seedFirst['id']]);
    assert.deepEqual(items(await get('/hire/v1/interviews', { interview_id: SAMPLE.unknownApplicationId })), []);
    const union = records(items(await get('/hire/v1/interviews', { application_id: SAMPLE.appWith1, user_id_type: 'union_id' }))[0]!)[0]!;
    assert.match(union['user_id'] as string, /^on_/);
    assert.equal((union['interviewer'] as Obj)['id'], union['user_id']);
    const none = await get('/hire/v1/interviews', { application_id: SAMPLE.unknownApplicationId });
    assert.deepEqual([none.body['code'], items(none).length, data(none)['has_more']], [0, 0, false]);
  });

  test('start_time / end_time filter on the interview start', async () => {
    const seed = (await walk(interviewsPath(SAMPLE.appWith120), { page_size: '50' })).flatMap(items);
    const from = seed[10]!['begin_time'] as number;
    const to = seed[19]!['begin_time'] as number;
    const within = (await walk('/hire/v1/interviews', { application_id: SAMPLE.appWith120, start_time: String(from), end_time: String(to), page_size: '100' }))
      .flatMap(items);
    assert.deepEqual(within.map(i => i['id']), seed.slice(10, 20).map(i => i['id']));
    assertFieldError(await get('/hire/v1/interviews', { start_time: '-5' }), 1002002, 'start_time');
  });
});

describe('stats and unknown paths', () => {
  test('every request is logged with method, path, query, status, code and route', async () => {
    const token = await tokenFor();
    await get(interviewsPath(SAMPLE.appWith1), { page_size: '10', user_id_type: 'union_id' }, `Bearer ${token}`);
    await get(`/hire/v1/applications/${SAMPLE.appWith1}`, { options: ['with_job', 'x'] }, `Bearer ${token}`);
    const unknown = await get('/hire/v2/whatever', {}, `Bearer ${token}`);
    assert.deepEqual([unknown.status, unknown.text], [404, '404 page not found']);
    assert.deepEqual(fake.stats.requests.map(r => [r.method, r.route, r.status, r.code]), [['POST', 'token', 200, 0], ['GET', 'interviews', 200, 0], [
      'GET',
      'application',
      200,
      0,
    ], ['GET', 'notFound', 404, undefined]]);
    assert.deepEqual(fake.stats.requests[1]!.query, { page_size: '10', user_id_type: 'union_id' });
    assert.equal(fake.stats.requests[1]!.path, `/open-apis/hire/v1/applications/${SAMPLE.appWith1}/interviews`);
    assert.deepEqual(fake.stats.requests[2]!.query, { options: ['with_job', 'x'] });
    const routes: FakeRoute[] = ['token', 'interviews', 'application', 'notFound', 'talent'];
    assert.deepEqual(routes.map(r => fake.stats.count(r)), [1, 1, 1, 1, 0]);
    fake.resetStats();
    assert.equal(fake.stats.requests.length, 0);
  });
});

describe('CLI', () => {
  test('prints exactly one JSON line once listening, serves, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [
      join(__dirname, '..', '..', '..', 'dist', 'fakeFeishu.js'),
      '--port',
      '0',
      '--latency',
      '5',
      '--quirk',
      'extraFields',
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    const lineReader = createInterface({ input: child.stdout });
    const firstLine = new Promise<string>((resolve, reject) => {
      lineReader.on('line', line => {
        lines.push(line);
        if (lines.length === 1) { resolve(line); }
      });
      child.once('exit', code => reject(new Error(`exited ${String(code)} before printing`)));
    });
    const info = JSON.parse(await firstLine) as { baseUrl: string; appId: string; appSecret: string; };
    assert.deepEqual(Object.keys(info), ['baseUrl', 'appId', 'appSecret']);
    assert.match(info.baseUrl, /^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${info.baseUrl}/open-apis/auth/v3/tenant_access_token/internal`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ app_id: info.appId, app_secret: info.appSecret }),
    });
    const body = await res.json() as Obj;
    assert.equal(body['code'], 0);
    assert.ok('_fake_extra' in body, '--quirk applied');
    const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.deepEqual(lines.length, 1);
  });

  test('rejects an unknown option with exit code 2 and nothing on stdout', async () => {
    const child = spawn(process.execPath, [join(__dirname, '..', '..', '..', 'dist', 'fakeFeishu.js'), '--bogus'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    const code = await new Promise<number | null>(resolve => child.once('exit', c => resolve(c)));
    assert.deepEqual([code, stdout], [2, '']);
  });
});
