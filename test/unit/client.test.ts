// The Feishu client against the fake Feishu server over real HTTP (node-fetch, as in the extension).
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fetch from 'node-fetch';
import { Codes, humanMessage } from '../../src/feishu/errors';
import { createFeishuClient, type FeishuClient } from '../../src/feishu/feishuClient';
import type { RetryNotice } from '../../src/feishu/httpClient';
import { nodeFetchTransport } from '../../src/feishu/nodeFetchTransport';
import { collectAll } from '../../src/feishu/pager';
import { fetchTenantToken } from '../../src/feishu/tenantToken';
import { formatOnly } from '../../src/feishu/translate';
import { defaultSwitches } from '../../src/fakeFeishu/switches';
import { SAMPLE, startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';
import { errorOf } from './helpers';

let fake: FakeFeishu;
let clock = Date.now();

function client(options: { secret?: string; timeoutMs?: number; onRetry?: (n: RetryNotice) => void; maxConcurrentRequests?: number; } = {}): FeishuClient {
  return createFeishuClient({
    baseUrl: fake.baseUrl,
    fetch: nodeFetchTransport,
    credentials: async () => ({ appId: fake.appId, appSecret: options.secret ?? fake.appSecret }),
    timeoutMs: options.timeoutMs ?? 5000,
    maxConcurrentRequests: options.maxConcurrentRequests,
    onRetry: options.onRetry,
    now: () => clock,
    // Waits are real but short: the fake's reset headers are whole seconds at most 1.
    maxRetryDelayMs: 1200,
  });
}

const allInterviews = (c: FeishuClient, applicationId: string, pageSize = 50) =>
  collectAll((pageToken, signal) => c.hire.listInterviews(applicationId, { pageToken, pageSize, signal }), 'interviews');

before(async () => {
  fake = await startFakeFeishu({ now: () => clock });
});
after(async () => {
  await fake.close();
});
beforeEach(() => {
  Object.assign(fake.switches, defaultSwitches());
  fake.resetStats();
  clock = Date.now();
});

describe('tenant token', () => {
  test('lists all 120 interviews at page size 50 in exactly 3 interview requests and 1 token request', async () => {
    const c = client();
    const all = await allInterviews(c, SAMPLE.appWith120);
    assert.equal(all.items.length, 120);
    assert.equal(new Set(all.items.map(i => i.id)).size, 120);
    assert.equal(fake.stats.count('interviews'), 3);
    assert.equal(fake.stats.count('token'), 1);
    assert.deepEqual(fake.stats.requests.filter(r => r.route === 'interviews').map(r => r.query['page_size']), ['50', '50', '50']);
  });

  test('concurrent callers share one token request', async () => {
    const c = client();
    await Promise.all([1, 2, 3, 4, 5].map(() => c.hire.getApplication(SAMPLE.appWith1)));
    assert.equal(fake.stats.count('token'), 1);
  });

  test('renews a few minutes before expiry, not on every call', async () => {
    const c = client();
    await c.hire.getApplication(SAMPLE.appWith1);
    clock += 60 * 60_000; // one hour: the cached token is still good
    await c.hire.getApplication(SAMPLE.appWith1);
    assert.equal(fake.stats.count('token'), 1);
    clock += 57 * 60_000; // three minutes left: renew first
    await c.hire.getApplication(SAMPLE.appWith1);
    assert.equal(fake.stats.count('token'), 2);
  });

  test('a token expired in the middle of paging is renewed once and paging goes on without loss or duplicates', async () => {
    const c = client();
    const ids: string[] = [];
    let token: string | undefined;
    for (let page = 0;; page++) {
      if (page === 1) { fake.expireTokens(); }
      const p = await c.hire.listInterviews(SAMPLE.appWith120, { pageSize: 50, pageToken: token });
      ids.push(...p.items.map(i => i.id));
      if (!p.hasMore) { break; }
      token = p.pageToken;
    }
    assert.equal(ids.length, 120);
    assert.equal(new Set(ids).size, 120);
    assert.equal(fake.stats.count('token'), 2);
    assert.deepEqual(fake.stats.requests.filter(r => r.route === 'interviews').map(r => r.code), [0, 99991663, 0, 0]);
  });

  test('the service returns the same token while 30 minutes remain', async () => {
    const c = client();
    const first = await fetchTenantToken(c.http, { appId: fake.appId, appSecret: fake.appSecret });
    const again = await fetchTenantToken(c.http, { appId: fake.appId, appSecret: fake.appSecret });
    assert.equal(again.token, first.token);
    clock += 100 * 60_000;
    const rotated = await fetchTenantToken(c.http, { appId: fake.appId, appSecret: fake.appSecret });
    assert.notEqual(rotated.token, first.token);
  });

  test('10003 and 10014 are credential problems, not retried', async () => {
    const wrongSecret = await errorOf(client({ secret: 'nope' }).hire.getApplication(SAMPLE.appWith1));
    assert.equal(wrongSecret.code, Codes.appSecretInvalid);
    assert.ok(wrongSecret.isCredentialProblem);
    assert.match(humanMessage(wrongSecret, formatOnly), /app secret is not valid/);
    const c = createFeishuClient({ baseUrl: fake.baseUrl, fetch: nodeFetchTransport, credentials: async () => ({ appId: 'cli_unknown', appSecret: 'x' }) });
    assert.equal((await errorOf(c.hire.getApplication(SAMPLE.appWith1))).code, Codes.appIdInvalid);
    assert.equal(fake.stats.count('token'), 2);
    assert.equal(fake.stats.count('application'), 0);
  });

  test('a revoked secret fails once with 10014: no retry loop', async () => {
    const c = client({ secret: fake.appSecret });
    await c.hire.getApplication(SAMPLE.appWith1);
    fake.revokeSecret();
    const e = await errorOf(c.hire.getApplication(SAMPLE.appWith1));
    assert.equal(e.code, Codes.appSecretInvalid);
    assert.equal(fake.stats.count('token'), 2);
    assert.equal(fake.stats.count('application'), 2);
  });
});

describe('paging quirks', () => {
  const cases: Array<[string, Partial<typeof fake.switches>, number]> = [
    ['a page token alongside has_more false is ignored', { tokenWithHasMoreFalse: true }, 3],
    ['empty pages with has_more true are followed, not taken as the end', { emptyPageWithHasMore: true }, 5],
    ['unknown extra fields are kept', { extraFields: true }, 3],
    ['19-digit IDs sent as bare numbers stay exact strings', { numericIds: true }, 3],
  ];
  for (const [name, switches, requests] of cases) {
    test(name, async () => {
      fake.set(switches);
      const c = client();
      const all = await allInterviews(c, SAMPLE.appWith120);
      assert.equal(all.items.length, 120);
      assert.equal(fake.stats.count('interviews'), requests);
      assert.match(all.items[0]!.id, /^\d{19}$/);
      assert.equal(all.items[0]!.id, (await client().hire.listInterviews(SAMPLE.appWith120, { pageSize: 1 })).items[0]!.id);
      if (switches.extraFields) { assert.ok('_fake_extra' in all.items[0]!.raw); }
      if (switches.numericIds) { assert.equal(typeof all.items[0]!.raw['id'], 'string'); }
    });
  }

  test('a repeated token stops with a paging error, no loop', async () => {
    fake.set({ repeatedToken: true });
    const e = await errorOf(allInterviews(client(), SAMPLE.appWith120));
    assert.equal(e.kind, 'paging');
    assert.equal(fake.stats.count('interviews'), 2);
  });

  test('has_more true with an empty token stops with a paging error', async () => {
    fake.set({ emptyTokenWithHasMore: true });
    assert.equal((await errorOf(allInterviews(client(), SAMPLE.appWith120))).kind, 'paging');
    assert.equal(fake.stats.count('interviews'), 1);
  });

  test('items null or absent on an empty application is an empty list', async () => {
    for (const q of [{ itemsNull: true }, { itemsAbsent: true }]) {
      fake.set({ ...defaultSwitches(), ...q });
      const p = await client().hire.listInterviews(SAMPLE.appWith0Interviews, { pageSize: 10 });
      assert.deepEqual([p.items.length, p.hasMore], [0, false]);
    }
  });

  test('exact page boundaries: 49, 50 and 51 interviews', async () => {
    for (const [id, count, pages] of [[SAMPLE.appWith49, 49, 1], [SAMPLE.appWith50, 50, 1], [SAMPLE.appWith51, 51, 2]] as const) {
      fake.resetStats();
      const all = await allInterviews(client(), id);
      assert.equal(all.items.length, count);
      assert.equal(fake.stats.count('interviews'), pages, id);
    }
  });
});

describe('errors', () => {
  test('page_size above 50 never reaches the service; the service itself answers 180001 naming the field', async () => {
    assert.equal((await errorOf(client().hire.listInterviews(SAMPLE.appWith1, { pageSize: 51 }))).kind, 'config');
    assert.equal(fake.stats.count('interviews'), 0);
    const res = await fetch(`${fake.baseUrl}/open-apis/hire/v1/applications/${SAMPLE.appWith1}/interviews?page_size=51`, {
      headers: { Authorization: `Bearer ${await client().tokens.get()}` },
    });
    const body = await res.json() as { code: number; msg: string; error: { field_violations: Array<{ field: string; }>; }; };
    assert.deepEqual([res.status, body.code, body.msg, body.error.field_violations[0]!.field], [400, 180001, 'param is invalis', 'page_size']);
  });

  test('missing scope names the scope', async () => {
    fake.set({ disabledScopes: ['hire:interview:readonly'] });
    const e = await errorOf(client().hire.listInterviews(SAMPLE.appWith1));
    assert.equal(e.code, Codes.scopeMissing);
    assert.deepEqual(e.missingScopes, ['hire:interview:readonly']);
    assert.ok(e.logId, 'log id from X-Tt-Logid');
    assert.match(humanMessage(e, formatOnly), /lacks the permission hire:interview:readonly/);
  });

  test('wrong domain suggests switching', async () => {
    fake.set({ wrongDomain: true });
    const e = await errorOf(client().hire.getApplication(SAMPLE.appWith1));
    assert.equal(e.code, Codes.wrongDomain);
    assert.match(humanMessage(e, formatOnly), /open\.larksuite\.com/);
  });

  test('unknown application is "not found"; a non-digit ID never leaves the client', async () => {
    assert.ok((await errorOf(client().hire.getApplication(SAMPLE.unknownApplicationId))).isNotFound);
    assert.equal((await errorOf(client().hire.getApplication('12ab'))).kind, 'config');
  });

  test('every auth code of the contract: missing, malformed and unknown tokens', async () => {
    for (const [header, code] of [[undefined, 99991661], ['Bearer abc', 99991671], ['Bearer t-unknown', 99991663]] as const) {
      const res = await fetch(`${fake.baseUrl}/open-apis/hire/v1/applications/${SAMPLE.appWith1}`, { headers: header ? { Authorization: header } : {} });
      const body = await res.json() as { code: number; error?: { log_id?: string; }; };
      assert.equal(body.code, code);
      assert.ok(body.error?.log_id && res.headers.get('x-tt-logid'));
    }
  });

  test('rate limited: waits as told (whole, fractional or missing reset) and succeeds', async () => {
    for (const reset of ['whole', 'fractional', 'missing'] as const) {
      fake.set({ ...defaultSwitches(), forceRateLimit: 1, rateLimitReset: reset });
      const notices: RetryNotice[] = [];
      const p = await client({ onRetry: n => notices.push(n) }).hire.listInterviews(SAMPLE.appWith7, { pageSize: 10 });
      assert.equal(p.items.length, 7);
      assert.equal(notices.length, 1, reset);
      assert.equal(notices[0]!.reason, 'rateLimited');
    }
  });

  test('5xx, 1002001 and connection resets are retried with backoff, then reported', async () => {
    fake.set({ failNext: [{ route: 'interviews', kind: 'http500', count: 1 }, { route: 'interviews', kind: 'reset', count: 1 }] });
    assert.equal((await client().hire.listInterviews(SAMPLE.appWith7, { pageSize: 10 })).items.length, 7);
    fake.set({ failNext: [{ route: 'interviews', kind: 'hireSystemError', count: 5 }] });
    const e = await errorOf(client().hire.listInterviews(SAMPLE.appWith7, { pageSize: 10 }));
    assert.equal(e.code, Codes.hireSystemError);
    assert.equal(fake.stats.count('interviews'), 2 + 1 + 3);
  });

  test('malformed JSON, an HTML error page and wrong field types are clear errors', async () => {
    for (
      const [kind, expected] of [['malformedJson', /malformed JSON/], ['htmlPage', /HTTP 502 with an HTML page/], [
        'wrongTypes',
        /data\.has_more: expected a boolean/,
      ]] as const
    ) {
      fake.set({ failNext: [{ route: 'interviews', kind, count: 3 }] });
      const e = await errorOf(client().hire.listInterviews(SAMPLE.appWith7, { pageSize: 10 }));
      assert.match(e.message, expected);
      fake.set({ failNext: [] });
    }
  });

  test('timeout: a hanging request is aborted with a clear message', async () => {
    fake.set({ failNext: [{ route: 'interviews', kind: 'hang', count: 3 }] });
    const e = await errorOf(client({ timeoutMs: 150 }).hire.listInterviews(SAMPLE.appWith7, { pageSize: 10 }));
    assert.equal(e.kind, 'timeout');
    assert.match(humanMessage(e, formatOnly), /timed out/);
  });

  test('cancellation: an aborted request rejects as cancelled at once', async () => {
    fake.set({ failNext: [{ route: 'interviews', kind: 'hang', count: 1 }] });
    const controller = new AbortController();
    const pending = client().hire.listInterviews(SAMPLE.appWith7, { pageSize: 10, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    assert.equal((await errorOf(pending)).kind, 'cancelled');
    assert.ok(Date.now() - started < 1000);
  });

  test('120 applications expanded at once: at most 4 requests in flight, and the rate limiter is never tripped', async () => {
    const notices: RetryNotice[] = [];
    const c = client({ maxConcurrentRequests: 4, onRetry: n => notices.push(n) });
    let peak = 0;
    const watch = setInterval(() => {
      peak = Math.max(peak, c.limiter.inFlight);
    }, 1);
    const ids = (await c.hire.listApplications({}, { pageSize: 100 })).items.concat(
      (await c.hire.listApplications({}, { pageSize: 100, pageToken: (await c.hire.listApplications({}, { pageSize: 100 })).pageToken })).items,
    ).slice(0, 120);
    assert.equal(ids.length, 120);
    fake.resetStats();
    await Promise.all(ids.map(id => c.hire.listInterviews(id, { pageSize: 50 })));
    clearInterval(watch);
    assert.equal(fake.stats.count('interviews'), 120);
    assert.equal(fake.stats.requests.filter(r => r.code === 99991400).length, 0, 'rate limited by the fake');
    assert.equal(notices.length, 0);
    assert.ok(peak <= 4 && peak > 0, `peak in flight ${peak}`);
  });
});

describe('other endpoints', () => {
  test('applications list gives ID strings; filters and paging work', async () => {
    const c = client();
    const all = await collectAll((pageToken, signal) => c.hire.listApplications({}, { pageToken, pageSize: 100, signal }), 'apps');
    assert.equal(all.items.length, SAMPLE.applicationCount);
    assert.ok(all.items.every(id => /^\d{19}$/.test(id)));
    const active = await collectAll((pageToken, signal) => c.hire.listApplications({ activeStatus: '2' }, { pageToken, pageSize: 100, signal }), 'apps');
    assert.ok(active.items.length > 0 && active.items.length < SAMPLE.applicationCount);
  });

  test('detail, talent and job give the names for labels', async () => {
    const c = client();
    const app = await c.hire.getApplication(SAMPLE.appWith120);
    assert.equal(app.id, SAMPLE.appWith120);
    const talent = await c.hire.getTalent(app.talent_id!);
    const job = await c.hire.getJob(app.job_id!);
    assert.ok(talent.name && job.title);
  });

  test('the successor endpoint lists the same interviews, with names', async () => {
    const c = client();
    const seed = await c.hire.listInterviews(SAMPLE.appWith7, { pageSize: 10 });
    const successor = await c.hire.listInterviewsWithNames(SAMPLE.appWith7, { pageSize: 100 });
    assert.deepEqual(successor.items.map(i => i.id), seed.items.map(i => i.id));
    assert.deepEqual(successor.items.flatMap(i => i.interview_record_list.map(r => r.id)), seed.items.flatMap(i => i.interview_record_list.map(r => r.id)));
    assert.ok(successor.items[0]!.stage?.name?.zh_cn && successor.items[0]!.interview_record_list[0]!.interviewer?.name);
  });

  test('user_id_type changes the kind of interviewer ID', async () => {
    const c = client();
    const kinds = await Promise.all(
      (['open_id', 'union_id', 'user_id'] as const).map(async userIdType =>
        (await c.hire.listInterviews(SAMPLE.appWith1, { pageSize: 10, userIdType })).items[0]!.interview_record_list[0]!.user_id
      ),
    );
    assert.match(kinds[0]!, /^ou_/);
    assert.match(kinds[1]!, /^on_/);
    assert.match(kinds[2]!, /^\d+$/);
  });

  test('the sample tenant covers every conclusion and commit status, records without a score and hostile text', async () => {
    const c = client();
    const records = [];
    for (const id of [SAMPLE.appWith120, SAMPLE.appWith7, SAMPLE.appWithoutScores]) {
      records.push(...(await allInterviews(c, id)).items.flatMap(i => i.interview_record_list));
    }
    assert.deepEqual([...new Set(records.map(r => r.conclusion))].sort(), [1, 2, 3, 4, 5, 6]);
    assert.deepEqual([...new Set(records.map(r => r.commit_status))].sort(), [1, 2]);
    assert.ok(records.some(r => r.interview_score === undefined));
    assert.ok(records.some(r => r.content?.includes('<img src=x onerror=alert(1)>')));
    assert.ok(records.some(r => (r.content?.length ?? 0) === 10_000));
  });
});
