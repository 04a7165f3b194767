// A person signing in to the fake as a browser would: the authorize page, a pick on its consent form, the
// redirect with the code. Shared by the unit tests of the fake's OAuth and of the extension's sign-in.
import { createHash, randomBytes } from 'node:crypto';
import type { FakeFeishu } from '../../src/fakeFeishu/server';

export type Obj = Record<string, unknown>;

export const REDIRECT = 'http://127.0.0.1:8917/feishu-hire/oauth-callback';

export function pkce(): { verifier: string; challenge: string; } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export interface AuthorizeOptions {
  scope?: string;
  state?: string;
  challenge?: string;
  method?: string;
  redirectUri?: string;
  lang?: string;
  acceptLanguage?: string;
}

export function authorizeUrl(fake: FakeFeishu, o: AuthorizeOptions = {}): URL {
  const url = new URL('/open-apis/authen/v1/authorize', fake.baseUrl);
  url.searchParams.set('client_id', fake.appId);
  url.searchParams.set('redirect_uri', o.redirectUri ?? REDIRECT);
  url.searchParams.set('scope', o.scope ?? 'hire:todo:readonly hire:interview:readonly offline_access');
  url.searchParams.set('state', o.state ?? 'state-1');
  if (o.challenge !== undefined) {
    url.searchParams.set('code_challenge', o.challenge);
    url.searchParams.set('code_challenge_method', o.method ?? 'S256');
  }
  if (o.lang !== undefined) { url.searchParams.set('lang', o.lang); }
  return url;
}

export async function authorizePage(fake: FakeFeishu, o: AuthorizeOptions = {}): Promise<{ status: number; html: string; location: string | null; }> {
  const res = await fetch(authorizeUrl(fake, o), { redirect: 'manual', headers: o.acceptLanguage ? { 'Accept-Language': o.acceptLanguage } : {} });
  return { status: res.status, html: await res.text(), location: res.headers.get('location') };
}

/** Posts the consent form for `user` (an open_id, or 'deny'); returns the redirect's query. */
export async function pickOnConsent(fake: FakeFeishu, html: string, user: string): Promise<URLSearchParams> {
  const ticket = /name="ticket" value="([^"]+)"/.exec(html)?.[1];
  if (!ticket) { throw new Error('no consent form on the page'); }
  const res = await fetch(new URL('/open-apis/authen/v1/authorize/consent', fake.baseUrl), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ticket, user }).toString(),
  });
  const location = res.headers.get('location');
  if (res.status !== 302 || !location) { throw new Error(`consent answered ${res.status}: ${await res.text()}`); }
  return new URL(location).searchParams;
}

/** A code for `user`, through the page and its form. */
export async function codeFor(fake: FakeFeishu, user: string, o: AuthorizeOptions = {}): Promise<string> {
  const page = await authorizePage(fake, o);
  const query = await pickOnConsent(fake, page.html, user);
  const code = query.get('code');
  if (!code) { throw new Error(`no code: ${query.toString()}`); }
  return code;
}

export async function postToken(fake: FakeFeishu, body: Obj): Promise<{ status: number; body: Obj; }> {
  const res = await fetch(new URL('/open-apis/authen/v2/oauth/token', fake.baseUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Obj };
}

export function exchange(fake: FakeFeishu, code: string, verifier: string, redirectUri = REDIRECT): Promise<{ status: number; body: Obj; }> {
  return postToken(fake, {
    grant_type: 'authorization_code',
    client_id: fake.appId,
    client_secret: fake.appSecret,
    code,
    redirect_uri: redirectUri,
    code_verifier: verifier,
  });
}

export function refresh(fake: FakeFeishu, refreshToken: string): Promise<{ status: number; body: Obj; }> {
  return postToken(fake, { grant_type: 'refresh_token', client_id: fake.appId, client_secret: fake.appSecret, refresh_token: refreshToken });
}

/** Tokens for `user`, the whole way through. */
export async function signIn(fake: FakeFeishu, user: string, scope?: string): Promise<Obj> {
  const { verifier, challenge } = pkce();
  const code = await codeFor(fake, user, { challenge, ...(scope === undefined ? {} : { scope }) });
  const reply = await exchange(fake, code, verifier);
  if (reply.body['code'] !== 0) { throw new Error(`token: ${JSON.stringify(reply.body)}`); }
  return reply.body;
}

export async function userGet(fake: FakeFeishu, token: string, path: string, query: [string, string][] = []): Promise<{ status: number; body: Obj; }> {
  const url = new URL(`/open-apis${path}`, fake.baseUrl);
  for (const [k, v] of query) { url.searchParams.append(k, v); }
  const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as Obj };
}
