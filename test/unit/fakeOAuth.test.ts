// The fake's user sign-in and user-token endpoints answer what the docs describe (contract §9; the pages
// "获取授权码", "获取 user_access_token", "刷新 user_access_token", "获取用户信息", "批量获取待办事项"), over real HTTP.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml } from '../../src/fakeFeishu/consentPage';
import { EMPLOYEES } from '../../src/fakeFeishu/sampleConfig';
import { SAMPLE, startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';
import { RECRUITER, WITHOUT_APP_ACCESS } from '../../src/fakeFeishu/userView';
import { fakeForFile, type Obj } from './fakeHttp';
import { authorizePage, codeFor, exchange, pickOnConsent, pkce, REDIRECT, refresh, signIn, userGet } from './fakeOAuthFlow';

const { fake: shared, get: tenantGet } = fakeForFile();
const fake = (): FakeFeishu => {
  shared().registerRedirectUri(REDIRECT);
  return shared();
};
const INTERVIEWER = EMPLOYEES[3]!;
const data = (r: { body: Obj; }): Obj => r.body['data'] as Obj;
const items = (r: { body: Obj; }): Obj[] => (data(r)['items'] ?? []) as Obj[];

describe('the authorize page', () => {
  test('lists the sample tenant\'s people, in English or Chinese by lang or Accept-Language', async () => {
    const en = await authorizePage(fake(), { challenge: pkce().challenge });
    assert.equal(en.status, 200);
    assert.match(en.html, /<html lang="en">/);
    for (const e of EMPLOYEES) { assert.ok(en.html.includes(escapeHtml(e.name.en_us)), e.name.en_us); }
    assert.match(en.html, /hire:todo:readonly/);
    const zh = await authorizePage(fake(), { acceptLanguage: 'zh-CN,zh;q=0.9,en;q=0.8' });
    assert.match(zh.html, /<html lang="zh-CN">/);
    assert.ok(zh.html.includes('陈静') && zh.html.includes('授权'));
    const forced = await authorizePage(fake(), { lang: 'en_us', acceptLanguage: 'zh-CN' });
    assert.match(forced.html, /<html lang="en">/);
  });

  test('an unregistered redirect_uri or another app gets an error page and never a redirect', async () => {
    const wrong = await authorizePage(fake(), { redirectUri: 'http://127.0.0.1:9/elsewhere' });
    assert.deepEqual([wrong.status, wrong.location], [400, null]);
    assert.match(wrong.html, /not registered/);
    const url = new URL('/open-apis/authen/v1/authorize?client_id=cli_other&redirect_uri=' + encodeURIComponent(REDIRECT), fake().baseUrl);
    const other = await fetch(url, { redirect: 'manual' });
    assert.deepEqual([other.status, other.headers.get('location')], [400, null]);
  });

  test('the error pages speak the page\'s language: a bad redirect URL, scopes not enabled, a form used twice', async () => {
    const zh = { acceptLanguage: 'zh-CN,zh;q=0.9' };
    const wrong = await authorizePage(fake(), { ...zh, redirectUri: 'http://127.0.0.1:9/elsewhere' });
    assert.ok(wrong.html.includes('授权失败') && wrong.html.includes('未在应用的安全设置中配置为重定向 URL'), wrong.html);
    const scopes = await authorizePage(fake(), { ...zh, scope: 'hire:nothing' });
    assert.ok(scopes.html.includes('应用尚未开通以下用户身份权限：hire:nothing'), scopes.html);
    const page = await authorizePage(fake(), zh);
    await pickOnConsent(fake(), page.html, 'deny');
    const ticket = /name="ticket" value="([^"]+)"/.exec(page.html)?.[1] ?? '';
    const again = await fetch(new URL('/open-apis/authen/v1/authorize/consent', fake().baseUrl), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ticket, lang: 'zh', user: 'deny' }).toString(),
    });
    const text = await again.text();
    assert.equal(again.status, 400);
    assert.ok(text.includes('<html lang="zh-CN">') && text.includes('此授权页已过期或已使用过'), text);
  });

  test('text from the request is escaped on the page', async () => {
    const page = await authorizePage(fake(), { scope: '<script>alert(1)</script>' });
    assert.equal(page.status, 400);
    assert.ok(!page.html.includes('<script>'));
    assert.ok(page.html.includes('&lt;script&gt;'));
  });

  test('declining sends access_denied with the state; a consent form works once', async () => {
    const page = await authorizePage(fake(), { state: 's-9' });
    const denied = await pickOnConsent(fake(), page.html, 'deny');
    assert.deepEqual([denied.get('error'), denied.get('state'), denied.get('code')], ['access_denied', 's-9', null]);
    await assert.rejects(pickOnConsent(fake(), page.html, INTERVIEWER.openId), /consent answered 400/);
  });
});

describe('the token endpoint', () => {
  test('a code with the right verifier gives an access token, a refresh token with offline_access, and user_info names the person', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor(fake(), INTERVIEWER.openId, { challenge, state: 'st' });
    const reply = await exchange(fake(), code, verifier);
    assert.equal(reply.body['code'], 0);
    assert.match(reply.body['access_token'] as string, /^u-/);
    assert.equal(reply.body['expires_in'], 7200);
    assert.equal(typeof reply.body['refresh_token'], 'string');
    assert.equal(typeof reply.body['refresh_token_expires_in'], 'number');
    const info = await userGet(fake(), reply.body['access_token'] as string, '/authen/v1/user_info');
    assert.deepEqual([data(info)['open_id'], data(info)['name'], data(info)['en_name']], [INTERVIEWER.openId, INTERVIEWER.name.zh_cn, INTERVIEWER.name.en_us]);
    assert.equal(data(info)['user_id'], undefined, 'user_id only with its scope');
  });

  test('a code works once; a wrong or missing verifier, another redirect_uri or an unknown code fail', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor(fake(), INTERVIEWER.openId, { challenge });
    assert.equal((await exchange(fake(), code, verifier)).body['code'], 0);
    assert.deepEqual((await exchange(fake(), code, verifier)).body['error'], 'invalid_grant');
    assert.equal((await exchange(fake(), code, verifier)).body['code'], 20065);
    const wrongVerifier = await exchange(fake(), await codeFor(fake(), INTERVIEWER.openId, { challenge }), pkce().verifier);
    assert.deepEqual([wrongVerifier.status, wrongVerifier.body['code']], [400, 20049]);
    assert.equal((await exchange(fake(), await codeFor(fake(), INTERVIEWER.openId, { challenge }), '')).body['code'], 20049);
    fake().registerRedirectUri('http://127.0.0.1:8918/other');
    assert.equal(
      (await exchange(fake(), await codeFor(fake(), INTERVIEWER.openId, { challenge }), verifier, 'http://127.0.0.1:8918/other')).body['code'],
      20071,
    );
    assert.equal((await exchange(fake(), 'no-such-code', verifier)).body['code'], 20003);
  });

  test('a wrong App Secret is invalid_client; the token endpoint needs it for every grant', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor(fake(), INTERVIEWER.openId, { challenge });
    const res = await fetch(new URL('/open-apis/authen/v2/oauth/token', fake().baseUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'authorization_code',
        client_id: fake().appId,
        client_secret: 'wrong',
        code,
        redirect_uri: REDIRECT,
        code_verifier: verifier,
      }),
    });
    assert.deepEqual(((await res.json()) as Obj)['code'], 20002);
  });

  test('a person without access to the app gets 20010', async () => {
    const { verifier, challenge } = pkce();
    const reply = await exchange(fake(), await codeFor(fake(), WITHOUT_APP_ACCESS.openId, { challenge }), verifier);
    assert.deepEqual([reply.status, reply.body['code'], reply.body['access_token']], [400, 20010, undefined]);
  });

  test('a refresh token works once: the second use is refused, the new one works', async () => {
    const first = await signIn(fake(), INTERVIEWER.openId);
    const second = await refresh(fake(), first['refresh_token'] as string);
    assert.equal(second.body['code'], 0);
    assert.notEqual(second.body['refresh_token'], first['refresh_token']);
    const reused = await refresh(fake(), first['refresh_token'] as string);
    assert.deepEqual([reused.status, reused.body['code'], reused.body['error']], [400, 20073, 'invalid_grant']);
    assert.equal((await refresh(fake(), second.body['refresh_token'] as string)).body['code'], 0);
    assert.equal((await refresh(fake(), 'ur-unknown')).body['code'], 20026);
  });

  test('without offline_access there is no refresh token', async () => {
    const tokens = await signIn(fake(), INTERVIEWER.openId, 'hire:todo:readonly');
    assert.deepEqual([typeof tokens['access_token'], tokens['refresh_token']], ['string', undefined]);
  });
});

describe('codes and tokens expire', () => {
  test('a code after 5 minutes, an access token after expires_in, a refresh token after its lifetime', async () => {
    let clock = Date.UTC(2026, 11, 1, 9);
    const timed = await startFakeFeishu({ now: () => clock, redirectUris: [REDIRECT] });
    try {
      const { verifier, challenge } = pkce();
      const code = await codeFor(timed, INTERVIEWER.openId, { challenge });
      clock += 5 * 60_000 + 1;
      assert.equal((await exchange(timed, code, verifier)).body['code'], 20004);
      const tokens = await signIn(timed, INTERVIEWER.openId);
      clock += 7200 * 1000;
      const expired = await userGet(timed, tokens['access_token'] as string, '/authen/v1/user_info');
      assert.equal(expired.body['code'], 99991677);
      clock += (tokens['refresh_token_expires_in'] as number) * 1000;
      assert.equal((await refresh(timed, tokens['refresh_token'] as string)).body['code'], 20037);
    } finally {
      await timed.close();
    }
  });
});

describe('to-dos and records with a user token', () => {
  test('to-dos take a user token only; type is required; page_size at most 100', async () => {
    const tenant = await tenantGet('/hire/v1/todos', [['type', 'interview']]);
    assert.equal(tenant.body['code'], 99991668);
    const token = (await signIn(fake(), INTERVIEWER.openId))['access_token'] as string;
    assert.equal((await userGet(fake(), token, '/hire/v1/todos')).body['code'], 1002002);
    assert.equal((await userGet(fake(), token, '/hire/v1/todos', [['type', 'interview'], ['page_size', '101']])).body['code'], 1002002);
    const page = await userGet(fake(), token, '/hire/v1/todos', [['type', 'interview'], ['page_size', '100']]);
    assert.equal(page.body['code'], 0);
    assert.ok(items(page).length > 0);
    for (const item of items(page)) {
      const iv = item['interview'] as Obj;
      for (const key of ['id', 'talent_id', 'job_id', 'application_id']) { assert.match(iv[key] as string, /^\d{19}$/, key); }
    }
    const evaluations = await userGet(fake(), token, '/hire/v1/todos', [['type', 'evaluation']]);
    assert.equal(evaluations.body['code'], 0);
    assert.ok(items(evaluations).every(i => typeof (i['evaluation'] as Obj)['application_id'] === 'string'));
  });

  test('each interview to-do is one where the person has a record not yet submitted', async () => {
    const token = (await signIn(fake(), INTERVIEWER.openId))['access_token'] as string;
    const todos = items(await userGet(fake(), token, '/hire/v1/todos', [['type', 'interview'], ['page_size', '20']]));
    for (const todo of todos.slice(0, 5)) {
      const iv = todo['interview'] as Obj;
      const list = items(await tenantGet('/hire/v1/interviews', [['interview_id', iv['id'] as string]]));
      const records = (list[0]!['interview_record_list'] as Obj[]).filter(r => (r['interviewer'] as Obj)['id'] === INTERVIEWER.openId);
      assert.ok(records.some(r => r['commit_status'] === 2), iv['id'] as string);
    }
  });

  test('without the consented scope the to-dos answer 99991679', async () => {
    const token = (await signIn(fake(), INTERVIEWER.openId, 'hire:interview:readonly'))['access_token'] as string;
    const reply = await userGet(fake(), token, '/hire/v1/todos', [['type', 'interview']]);
    assert.equal(reply.body['code'], 99991679);
  });

  test('v2 records take a user token and show only what the person\'s role allows; tenant-only endpoints refuse it', async () => {
    const interviews = items(await tenantGet(`/hire/v1/applications/${SAMPLE.appWith7}/interviews`, [['page_size', '50']]));
    const records = interviews.flatMap(iv => iv['interview_record_list'] as Obj[]);
    const met = new Set(records.map(r => r['user_id']));
    const stranger = EMPLOYEES.find(e => !met.has(e.openId) && e !== RECRUITER && e !== WITHOUT_APP_ACCESS)!;
    const panel = EMPLOYEES.find(e => met.has(e.openId) && e !== RECRUITER)!;
    const ids = records.map(r => ['ids', r['id'] as string] as [string, string]);
    const seen = async (who: string): Promise<unknown[]> => {
      const token = (await signIn(fake(), who))['access_token'] as string;
      return items(await userGet(fake(), token, '/hire/v2/interview_records', ids)).map(r => r['id']);
    };
    assert.deepEqual(await seen(stranger.openId), []);
    assert.deepEqual(await seen(panel.openId), records.map(r => r['id']));
    assert.deepEqual(await seen(RECRUITER.openId), records.map(r => r['id']));
    const token = (await signIn(fake(), stranger.openId))['access_token'] as string;
    assert.equal((await userGet(fake(), token, `/hire/v2/interview_records/${records[0]!['id'] as string}`)).body['code'], 1002002);
    const paged = items(await userGet(fake(), token, '/hire/v2/interview_records', [['page_size', '100']]));
    assert.ok(paged.length > 0 && paged.every(r => !records.some(h => h['id'] === r['id'])));
    assert.equal((await userGet(fake(), token, '/hire/v1/applications')).body['code'], 99991668);
  });

  test('the to-dos allow 10 a second', async () => {
    const token = (await signIn(fake(), INTERVIEWER.openId))['access_token'] as string;
    const replies = await Promise.all(Array.from({ length: 11 }, () => userGet(fake(), token, '/hire/v1/todos', [['type', 'offer']])));
    assert.deepEqual(replies.map(r => r.status).sort(), [...Array<number>(10).fill(200), 429]);
  });
});
