// Plain HTTP against the fake server, as any client would speak to the service: a tenant token, then GETs whose
// query may repeat a key (`ids=…&ids=…`). Shared by the unit tests that check the fake's wire answers.
import { after, before, beforeEach } from 'node:test';
import { defaultSwitches, startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';

export type Obj = Record<string, unknown>;
export interface FakeReply {
  status: number;
  body: Obj;
}

export async function tenantTokenOf(fake: FakeFeishu): Promise<string> {
  const res = await fetch(`${fake.baseUrl}/open-apis/auth/v3/tenant_access_token/internal`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ app_id: fake.appId, app_secret: fake.appSecret }),
  });
  return ((await res.json()) as Obj)['tenant_access_token'] as string;
}

/** GET `/open-apis<path>` with the token `token()` gives at the time of the call. */
export function fakeGet(fake: () => FakeFeishu, token: () => string): (path: string, query?: [string, string][]) => Promise<FakeReply> {
  return async (path, query = []) => {
    const url = new URL(`/open-apis${path}`, fake().baseUrl);
    for (const [k, v] of query) { url.searchParams.append(k, v); }
    const res = await fetch(url, { headers: { Authorization: `Bearer ${token()}` } });
    return { status: res.status, body: (await res.json()) as Obj };
  };
}

/** One fake for the calling test file, with a token, its switches and stats reset before each test. */
export function fakeForFile(): { fake: () => FakeFeishu; token: () => string; get: ReturnType<typeof fakeGet>; } {
  let fake: FakeFeishu | undefined;
  let token = '';
  const current = (): FakeFeishu => {
    if (!fake) { throw new Error('the fake starts in before()'); }
    return fake;
  };
  before(async () => {
    fake = await startFakeFeishu();
    token = await tenantTokenOf(fake);
  });
  after(async () => {
    await fake?.close();
  });
  beforeEach(() => {
    Object.assign(current().switches, defaultSwitches());
    current().resetStats();
  });
  return { fake: current, token: () => token, get: fakeGet(current, () => token) };
}
