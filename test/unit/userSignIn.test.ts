// Sign in with Feishu, the plain-TypeScript parts (issue 22): PKCE, state, the authorize URL, the one-shot loopback
// listener, the token endpoint client, and the user token's rotation, expiry and base-URL binding.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { HttpClient, type RequestLogEntry } from '../../src/feishu/httpClient';
import { FeishuError } from '../../src/feishu/errors';
import { nodeFetchTransport } from '../../src/feishu/nodeFetchTransport';
import { accountsOrigin, authorizeUrl } from '../../src/feishu/oauth/authorizeUrl';
import { startLoopback, type LoopbackListener } from '../../src/feishu/oauth/loopbackListener';
import { challengeS256, createState, createVerifier, stateMatches } from '../../src/feishu/oauth/pkce';
import { exchangeCode, fetchUser, refreshTokens, type UserTokens } from '../../src/feishu/oauth/tokenEndpoint';
import { UserSignInNeeded, UserTokenSource, type UserSession } from '../../src/feishu/oauth/userTokenSource';
import { s256 } from '../../src/fakeFeishu/oauthStore';
import { EMPLOYEES } from '../../src/fakeFeishu/sampleConfig';
import { WITHOUT_APP_ACCESS } from '../../src/fakeFeishu/userView';
import { fakeForFile } from './fakeHttp';
import { pickOnConsent } from './fakeOAuthFlow';

const { fake } = fakeForFile();
const PATH = '/feishu-hire/oauth-callback';
const PAGES = { done: 'Signed in. You can close this tab.', denied: 'Sign-in declined.' };
const INTERVIEWER = EMPLOYEES[3]!;

function listen(state = 'st-1', timeoutMs = 5000): Promise<LoopbackListener> {
  return startLoopback({ port: 0, path: PATH, state, timeoutMs, pages: PAGES });
}

async function status(url: string): Promise<number | string> {
  try {
    return (await fetch(url)).status;
  } catch (e) {
    return ((e as Error & { cause?: { code?: string; }; }).cause?.code) ?? 'failed';
  }
}

/** The whole browser leg: authorize page, a pick on the consent form, the redirect delivered to the listener. */
async function browse(url: string, user: string): Promise<void> {
  const page = await fetch(url, { redirect: 'manual' });
  const back = await pickOnConsent(fake(), await page.text(), user);
  const listener = new URL(`http://127.0.0.1${PATH}`);
  const redirect = new URL(url).searchParams.get('redirect_uri')!;
  const target = new URL(redirect);
  target.search = back.toString();
  assert.equal(target.pathname, listener.pathname);
  await fetch(target);
}

describe('PKCE and state', () => {
  test('the verifier is 43 unreserved characters and differs each time; S256 matches an independent computation', () => {
    const a = createVerifier();
    assert.match(a, /^[A-Za-z0-9\-_]{43}$/);
    assert.notEqual(a, createVerifier());
    assert.equal(challengeS256(a), s256(a));
    assert.throws(() => challengeS256('short'), RangeError);
    assert.throws(() => challengeS256('a'.repeat(129)), RangeError);
  });

  test('the state is unguessable and compared exactly', () => {
    const state = createState();
    assert.ok(state.length >= 32);
    assert.notEqual(state, createState());
    assert.equal(stateMatches(state, state), true);
    for (const other of [null, undefined, '', state.slice(1), `${state}x`, state.toUpperCase() === state ? state.toLowerCase() : state.toUpperCase()]) {
      assert.equal(stateMatches(state, other), false, String(other));
    }
    assert.equal(stateMatches('', ''), false);
  });

  test('the authorize URL goes to the accounts host of Feishu or Lark, or the base URL itself', () => {
    assert.equal(accountsOrigin('https://open.feishu.cn'), 'https://accounts.feishu.cn');
    assert.equal(accountsOrigin('https://open.larksuite.com/'), 'https://accounts.larksuite.com');
    assert.equal(accountsOrigin('http://127.0.0.1:5555'), 'http://127.0.0.1:5555');
    const url = new URL(
      authorizeUrl({ baseUrl: 'https://open.feishu.cn', appId: 'cli_x', redirectUri: 'http://127.0.0.1:8917/cb', state: 's', codeChallenge: 'c', lang: 'zh' }),
    );
    assert.equal(`${url.origin}${url.pathname}`, 'https://accounts.feishu.cn/open-apis/authen/v1/authorize');
    assert.deepEqual(Object.fromEntries(url.searchParams), {
      client_id: 'cli_x',
      redirect_uri: 'http://127.0.0.1:8917/cb',
      scope: 'hire:todo:readonly hire:interview:readonly offline_access',
      state: 's',
      code_challenge: 'c',
      code_challenge_method: 'S256',
      lang: 'zh_cn',
    });
  });
});

describe('the loopback listener', () => {
  test('binds 127.0.0.1 only', async () => {
    const l = await listen();
    try {
      assert.match(l.redirectUri, /^http:\/\/127\.0\.0\.1:\d+\/feishu-hire\/oauth-callback$/);
      const v6 = await new Promise<string>(resolve => {
        const req = request({ host: '::1', port: l.port, path: PATH, family: 6 }, () => resolve('answered'));
        req.on('error', (e: Error & { code?: string; }) => resolve(e.code ?? 'error'));
        req.end();
      });
      assert.notEqual(v6, 'answered');
    } finally {
      l.cancel();
    }
  });

  test('a wrong path or state gets a bare 404 and changes nothing; the right one settles it, then it is closed', async () => {
    const l = await listen('right-state');
    const base = `http://127.0.0.1:${l.port}`;
    assert.equal(await status(`${base}/other?code=c&state=right-state`), 404);
    assert.equal(await status(`${base}${PATH}?code=c&state=wrong`), 404);
    assert.equal(await status(`${base}${PATH}?code=c`), 404);
    const res = await fetch(`${base}${PATH}?code=the-code&state=right-state`);
    assert.equal(res.status, 200);
    assert.equal(await res.text(), PAGES.done);
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    assert.deepEqual(await l.outcome, { kind: 'code', code: 'the-code' });
    assert.equal(await status(`${base}${PATH}?code=second&state=right-state`), 'ECONNREFUSED');
  });

  test('a refusal with the right state settles as denied; no request settles as timeout', async () => {
    const l = await listen('s');
    await fetch(`http://127.0.0.1:${l.port}${PATH}?error=access_denied&state=s`);
    assert.deepEqual(await l.outcome, { kind: 'denied', error: 'access_denied' });
    const quiet = await listen('s', 30);
    assert.deepEqual(await quiet.outcome, { kind: 'timeout' });
  });
});

describe('signing in against the fake', () => {
  function http(log: RequestLogEntry[] = []): HttpClient {
    return new HttpClient({ baseUrl: fake().baseUrl, fetch: nodeFetchTransport, maxRateLimitRetries: 0, onRequest: e => log.push(e) });
  }

  async function signIn(user: string, log: RequestLogEntry[] = []): Promise<{ tokens: UserTokens; redirectUri: string; }> {
    const state = createState();
    const verifier = createVerifier();
    const l = await listen(state);
    fake().registerRedirectUri(l.redirectUri);
    const url = authorizeUrl({ baseUrl: fake().baseUrl, appId: fake().appId, redirectUri: l.redirectUri, state, codeChallenge: challengeS256(verifier) });
    await browse(url, user);
    const outcome = await l.outcome;
    assert.equal(outcome.kind, 'code');
    const code = outcome.kind === 'code' ? outcome.code : '';
    const tokens = await exchangeCode(http(log), { appId: fake().appId, appSecret: fake().appSecret }, { code, redirectUri: l.redirectUri, verifier });
    return { tokens, redirectUri: l.redirectUri };
  }

  test('the code comes back through the listener, becomes tokens, and user_info names the person; nothing secret is logged', async () => {
    const log: RequestLogEntry[] = [];
    const { tokens } = await signIn(INTERVIEWER.openId, log);
    assert.match(tokens.accessToken, /^u-/);
    assert.ok(tokens.refreshToken);
    assert.ok(tokens.scope.includes('offline_access'));
    const user = await fetchUser(http(log), tokens.accessToken);
    assert.deepEqual([user.openId, user.name, user.enName], [INTERVIEWER.openId, INTERVIEWER.name.zh_cn, INTERVIEWER.name.en_us]);
    const logged = JSON.stringify(log);
    assert.ok(log.length >= 2);
    for (const secret of [tokens.accessToken, tokens.refreshToken!, fake().appSecret]) { assert.ok(!logged.includes(secret)); }
  });

  test('the token endpoint\'s refusals arrive as FeishuError codes: 20010 for a person without the app, a reused refresh token', async () => {
    await assert.rejects(signIn(WITHOUT_APP_ACCESS.openId), (e: unknown) => e instanceof FeishuError && e.code === 20010);
    const { tokens } = await signIn(INTERVIEWER.openId);
    const app = { appId: fake().appId, appSecret: fake().appSecret };
    await refreshTokens(http(), app, tokens.refreshToken!);
    await assert.rejects(refreshTokens(http(), app, tokens.refreshToken!), (e: unknown) => e instanceof FeishuError && e.code === 20073);
  });
});

describe('the user token', () => {
  const BASE = 'https://open.feishu.cn';
  const user = { openId: 'ou_1', name: '王磊' };
  const tokens = (n: number, expiresAtMs: number, refresh = true): UserTokens => ({
    accessToken: `u-${n}`,
    expiresAtMs,
    ...(refresh ? { refreshToken: `ur-${n}`, refreshExpiresAtMs: expiresAtMs + 86_400_000 } : {}),
    scope: [],
  });

  function source(initial: UserSession, refresh: (r: string) => Promise<UserTokens>, clock: { now: number; }) {
    const sent: string[] = [];
    const saved: UserSession[] = [];
    let stored: UserSession | undefined = initial;
    let signedOut = 0;
    const s = new UserTokenSource(initial, {
      refresh: r => {
        sent.push(r);
        return refresh(r);
      },
      load: () => Promise.resolve(stored),
      save: session => {
        saved.push(session);
        stored = session;
        return Promise.resolve();
      },
      signedOut: () => {
        signedOut++;
        stored = undefined;
        return Promise.resolve();
      },
      now: () => clock.now,
    });
    return { s, sent, saved, signedOut: () => signedOut, store: (v: UserSession) => (stored = v) };
  }

  test('concurrent requests near expiry share one refresh; the refresh token is sent once and the new pair is saved', async () => {
    const clock = { now: 1_000_000 };
    let n = 1;
    const t = source({ baseUrl: BASE, appId: 'cli', user, tokens: tokens(1, clock.now + 60_000) }, async () => tokens(++n, clock.now + 7_200_000), clock);
    const got = await Promise.all(Array.from({ length: 10 }, () => t.s.get(BASE)));
    assert.deepEqual(new Set(got), new Set(['u-2']));
    assert.deepEqual(t.sent, ['ur-1']);
    assert.equal(t.saved.at(-1)?.tokens.refreshToken, 'ur-2');
    assert.equal(await t.s.get(BASE), 'u-2');
    clock.now += 7_200_000;
    assert.equal(await t.s.get(BASE), 'u-3');
    assert.deepEqual(t.sent, ['ur-1', 'ur-2']);
  });

  test('a token goes to no other base URL than the one it was issued for', async () => {
    const clock = { now: 0 };
    const t = source({ baseUrl: BASE, appId: 'cli', user, tokens: tokens(1, 10_000_000) }, () => Promise.reject(new Error('no')), clock);
    await assert.rejects(t.s.get('https://open.larksuite.com'), FeishuError);
    await assert.rejects(t.s.get('https://open.feishu.cn.evil.example'), FeishuError);
    assert.equal(await t.s.get('https://open.feishu.cn/'), 'u-1');
    assert.deepEqual(t.sent, []);
  });

  test('a refused refresh (used, expired, 20010) erases the session and asks to sign in again', async () => {
    for (const code of [20073, 20037, 20026, 20010]) {
      const clock = { now: 0 };
      const t = source({ baseUrl: BASE, appId: 'cli', user, tokens: tokens(1, 0) }, () => Promise.reject(new FeishuError({ kind: 'api', code })), clock);
      await assert.rejects(t.s.get(BASE), UserSignInNeeded);
      assert.equal(t.signedOut(), 1, String(code));
    }
  });

  test('a refresh that failed on the network is not sent again: the access token serves until it expires, then sign in again', async () => {
    const clock = { now: 0 };
    const t = source({ baseUrl: BASE, appId: 'cli', user, tokens: tokens(1, 120_000) }, () => Promise.reject(new FeishuError({ kind: 'network' })), clock);
    assert.equal(await t.s.get(BASE), 'u-1');
    assert.equal(await t.s.get(BASE), 'u-1');
    clock.now = 120_001;
    await assert.rejects(t.s.get(BASE), UserSignInNeeded);
    assert.deepEqual(t.sent, ['ur-1']);
  });

  test('without a refresh token, or with an expired one, an expired access token means sign in again', async () => {
    const clock = { now: 10 };
    const t = source({ baseUrl: BASE, appId: 'cli', user, tokens: tokens(1, 0, false) }, () => Promise.reject(new Error('never')), clock);
    await assert.rejects(t.s.get(BASE), UserSignInNeeded);
    assert.deepEqual(t.sent, []);
  });

  test('a newer pair another window stored is adopted instead of spending the old refresh token', async () => {
    const clock = { now: 0 };
    const t = source({ baseUrl: BASE, appId: 'cli', user, tokens: tokens(1, 0) }, () => Promise.reject(new Error('never')), clock);
    t.store({ baseUrl: BASE, appId: 'cli', user, tokens: tokens(7, 7_200_000) });
    assert.equal(await t.s.get(BASE), 'u-7');
    assert.deepEqual(t.sent, []);
  });

  test('two windows refresh with the same token at once: the loser adopts the pair the winner stored, and nobody is signed out', async () => {
    const clock = { now: 0 };
    const winner: UserSession = { baseUrl: BASE, appId: 'cli', user, tokens: tokens(2, 7_200_000) };
    // The other window spent ur-1 first and stored its new pair while our refresh was on the way: ours is refused.
    const t: ReturnType<typeof source> = source({ baseUrl: BASE, appId: 'cli', user, tokens: tokens(1, 0) }, () => {
      t.store(winner);
      return Promise.reject(new FeishuError({ kind: 'api', code: 20073 })); // already used
    }, clock);
    assert.equal(await t.s.get(BASE), 'u-2');
    assert.equal(t.signedOut(), 0, 'the stored session, the winner\'s, is not erased');
    assert.deepEqual(t.sent, ['ur-1']);
  });
});
