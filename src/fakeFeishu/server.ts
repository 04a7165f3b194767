// A fake Feishu / Lark Open Platform for the Hire endpoints of the API contract (feishu-hire-api.md):
// node:http (or https, given a certificate), no dependencies, usable from tests, the benchmark, the CLI and the extension's
// sample-data mode. Requests pass, in order: route → failNext → wrongDomain → auth → rate limit →
// scopes → parameters → data.
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { RATE_LIMITS, RateLimiter } from './rateLimiter';
import { failure, newLogId, notFound, scopeError, serialize, withErrorDetails, withWrongTypes, type Reply } from './replies';
import { GRANTED_SCOPES, handleBusiness, matchRoute, ROUTE_SCOPES, type RouteMatch } from './routes';
import { sampleTenant, type TenantKind } from './sampleTenant';
import { FakeStats } from './stats';
import { defaultSwitches, takeFault, type FailNext, type FakeRoute, type FakeSwitches } from './switches';
import { TokenStore } from './tokenStore';
import { OAuthStore, type UserGrant } from './oauthStore';
import { authorizePage, consent, oauthToken, USER_SCOPES, type OAuthContext } from './oauthRoutes';
import { EMPLOYEES } from './sampleConfig';
import { listTodos, userInfo } from './userRoutes';
import type { JsonObject } from './wire';

export { SAMPLE, SHOWCASE, type TenantKind } from './sampleTenant';
export { FakeStats, type FakeRequestLog, type FakeRequestLog as RequestRecord } from './stats';
export { MINUTE_LIMITS, RATE_LIMITS } from './rateLimiter';
export { defaultSwitches, QUIRKS, type FailKind, type FailNext, type Fault, type FakeRoute, type FakeSwitches, type Route } from './switches';

export const SAMPLE_APP_ID = 'cli_sample_app';
export const SAMPLE_APP_SECRET = 'sample-secret-0123456789abcdef';

export interface FakeFeishuOptions {
  /** 0 = any free port (default). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Serve https with this key and certificate (PEM), as the real service does; plain http without. */
  tls?: { key: string; cert: string; };
  /** Response time of every reply (default 0); the same as switches.latencyMs. */
  latencyMs?: number;
  appId?: string;
  appSecret?: string;
  switches?: Partial<FakeSwitches>;
  /** Redirect URLs registered in the app's security settings (exact matches); more with registerRedirectUri(). */
  redirectUris?: string[];
  /** Clock of token issue and expiry and of the sample tenant's recent interviews (default Date.now). Rate windows use the monotonic clock. */
  now?: () => number;
  /** 'fixtures' (default): the tests' and the benchmark's tenant, edge cases on purpose; 'showcase': what sample mode and the demo show. */
  tenant?: TenantKind;
}

export interface FakeFeishu {
  readonly baseUrl: string;
  readonly appId: string;
  /** Changes after revokeSecret(). */
  readonly appSecret: string;
  /** Live: changes apply to the next request. */
  readonly switches: FakeSwitches;
  set(patch: Partial<FakeSwitches>): void;
  readonly stats: FakeStats;
  /** Forgets the request log and the rate-limit windows. */
  resetStats(): void;
  /** Every token issued so far is rejected from now on (99991663); user tokens, refresh tokens and codes too. */
  expireTokens(): void;
  /** Adds a redirect URL to the app's security settings, as an admin would. */
  registerRedirectUri(uri: string): void;
  /** As a secret reset in the console: the old secret gets 10014 and its tokens stop working (99991663); `appSecret` holds the new one. */
  revokeSecret(): void;
  close(): Promise<void>;
}

const AUTH_MISSING = 'Missing access token for authorization. Please make a request with token attached.';
const AUTH_INVALID = 'Invalid access token for authorization. Please make a request with token attached.';
const USER_TOKEN_ONLY = 'This API takes a user_access_token, not a tenant_access_token.';
const TENANT_TOKEN_ONLY = 'This API takes a tenant_access_token, not a user_access_token.';
/** Routes that answer as the signed-in person, and those that take either kind of token. */
const USER_ONLY: FakeRoute[] = ['userInfo', 'todos'];
const EITHER: FakeRoute[] = ['interviewRecordV2', 'interviewRecordsV2'];
const OAUTH_ROUTES: FakeRoute[] = ['oauthAuthorize', 'oauthConsent', 'oauthToken'];
const TENANT_KEY = '736588c9260f175d';

const AUTH_FORMAT = 'Invalid access token format: an access token starts with t- or u-. Please make a request with token attached.';

type Outcome = Reply | 'reset' | 'hang';

function copySwitches(patch: Partial<FakeSwitches> | undefined): Partial<FakeSwitches> {
  if (!patch) { return {}; }
  const copy: Partial<FakeSwitches> = { ...patch };
  if (patch.failNext) { copy.failNext = patch.failNext.map(f => ({ ...f })); }
  if (patch.disabledScopes) { copy.disabledScopes = [...patch.disabledScopes]; }
  return copy;
}

function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? all[0] as string : all;
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= 1 << 20) { chunks.push(chunk); }
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startFakeFeishu(options: FakeFeishuOptions = {}): Promise<FakeFeishu> {
  const now = options.now ?? Date.now;
  const switches: FakeSwitches = { ...defaultSwitches(), latencyMs: options.latencyMs ?? 0, ...copySwitches(options.switches) };
  const appId = options.appId ?? SAMPLE_APP_ID;
  let appSecret = options.appSecret ?? SAMPLE_APP_SECRET;
  let secretVersion = 0;
  const tokens = new TokenStore(now);
  const oauth = new OAuthStore(now);
  const redirectUris = new Set(options.redirectUris ?? []);
  const limiter = new RateLimiter();
  const stats = new FakeStats();
  const tenant = sampleTenant(now, () => switches.companyScale, options.tenant ?? 'fixtures');
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;

  const granted = (scope: string): boolean => GRANTED_SCOPES.includes(scope) && !switches.disabledScopes.includes(scope);

  function tokenReply(body: string): Reply {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      parsed = undefined;
    }
    const request = typeof parsed === 'object' && parsed !== null ? parsed as { app_id?: unknown; app_secret?: unknown; } : {};
    const credentialError = (code: number, msg: string): Reply => ({ status: switches.credentialErrorStatus, body: { code, data: {}, msg } });
    if (request.app_id !== appId || typeof request.app_secret !== 'string' || request.app_secret === '') {
      return credentialError(10003, 'invalid param');
    }
    if (request.app_secret !== appSecret) { return credentialError(10014, 'app secret invalid'); }
    const issued = tokens.issue(appId);
    return { status: 200, body: { code: 0, msg: 'ok', tenant_access_token: issued.token, expire: issued.expire } };
  }

  function rateLimited(limit: number, resetMs: number): Reply {
    const headers: Record<string, string> = { 'x-ogw-ratelimit-limit': String(limit) };
    if (switches.rateLimitReset === 'whole') { headers['x-ogw-ratelimit-reset'] = String(Math.max(1, Math.ceil(resetMs / 1000))); }
    if (switches.rateLimitReset === 'fractional') { headers['x-ogw-ratelimit-reset'] = String(Math.max(1, Math.round(resetMs)) / 1000); }
    return { status: switches.rateLimitStatus, body: { code: 99991400, msg: 'request trigger frequency limit' }, headers };
  }

  function authorize(header: string | undefined): { appId: string; user?: UserGrant; } | Reply {
    const status = switches.authErrorStatus;
    // Without the "Bearer " scheme the gateway sees no token at all (observed: 99991661, not 99991671).
    const m = /^Bearer\s+(\S*)\s*$/i.exec(header?.trim() ?? '');
    const token = m?.[1] ?? '';
    if (token === '') { return failure(status, 99991661, AUTH_MISSING); }
    if (token.startsWith('t-')) {
      const owner = tokens.appOf(token);
      return owner === undefined ? failure(status, 99991663, AUTH_INVALID) : { appId: owner };
    }
    if (token.startsWith('u-') || token.startsWith('eyJ')) {
      const grant = oauth.userOf(token);
      if (grant === 'expired') { return failure(status, 99991677, 'user access token expired. Refresh it with the refresh_token.'); }
      return grant === undefined ? failure(status, 99991668, AUTH_INVALID) : { appId: grant.appId, user: grant };
    }
    return failure(status, 99991671, AUTH_FORMAT);
  }

  function businessReply(match: RouteMatch, req: IncomingMessage, query: URLSearchParams, body: string): Reply {
    if (match.route === 'successorInterviews' && switches.successor === 'notFound') { return notFound(); }
    if ((match.route === 'interviewRecordV2' || match.route === 'interviewRecordsV2') && switches.v2Records === 'notFound') { return notFound(); }
    if (switches.wrongDomain) { return failure(400, 1000040351, 'Incorrect domain name'); }
    const auth = authorize(req.headers.authorization);
    if ('status' in auth) { return auth; }
    if (switches.forceRateLimit > 0) {
      switches.forceRateLimit--;
      return rateLimited(RATE_LIMITS[match.route] ?? 50, 500);
    }
    if (switches.rateLimit) {
      const take = limiter.take(match.route, auth.appId, switches.rateWindowScale);
      if (take.limited) { return rateLimited(take.limit, take.resetMs); }
    }
    if (auth.user && !USER_ONLY.includes(match.route) && !EITHER.includes(match.route)) { return failure(
        switches.authErrorStatus,
        99991668,
        TENANT_TOKEN_ONLY,
      ); }
    if (!auth.user && USER_ONLY.includes(match.route)) { return failure(switches.authErrorStatus, 99991668, USER_TOKEN_ONLY); }
    if (auth.user) { return userReply(match, auth.user, query); }
    const scopes = ROUTE_SCOPES[match.route] ?? [];
    if ((match.route === 'successorInterviews' && switches.successor === 'noScope') || !scopes.some(granted)) {
      return scopeError(scopes, auth.appId);
    }
    return handleBusiness(match, { tenant, switches, query, granted, appId: auth.appId, body });
  }

  const userScopeEnabled = (scope: string): boolean => USER_SCOPES.includes(scope) && !switches.disabledScopes.includes(scope);

  /** A user token: the scopes are those the person consented to, of the ones the app enables for user identity. */
  function userReply(match: RouteMatch, user: UserGrant, query: URLSearchParams): Reply {
    const scopes = ROUTE_SCOPES[match.route] ?? [];
    if (scopes.length > 0 && !scopes.some(s => user.scope.includes(s) && userScopeEnabled(s))) {
      return failure(400, 99991679, `Unauthorized. The user has not granted one of these scopes: [${scopes.join(', ')}]. Ask them to sign in again.`, {
        permission_violations: [{ type: 'action_scope_required', subject: scopes[0] ?? '', description: `The user token needs the scope ${scopes[0] ?? ''}.` }],
      });
    }
    if (match.route === 'userInfo') { return userInfo(user, TENANT_KEY); }
    const ctx = { tenant, switches, query, granted: (s: string) => user.scope.includes(s) && userScopeEnabled(s), appId: user.appId, user };
    return match.route === 'todos' ? listTodos(ctx, user) : handleBusiness(match, ctx);
  }

  function oauthReply(match: RouteMatch, req: IncomingMessage, query: URLSearchParams, body: string): Reply {
    if (switches.rateLimit) {
      const take = limiter.take(match.route, appId, switches.rateWindowScale);
      if (take.limited) { return rateLimited(take.limit, take.resetMs); }
    }
    const ctx: OAuthContext = { store: oauth, appId, appSecret, redirectUris, userScopeEnabled, people: EMPLOYEES };
    if (match.route === 'oauthAuthorize') { return authorizePage(ctx, query, req.headers['accept-language']); }
    return match.route === 'oauthConsent' ? consent(ctx, body, req.headers['accept-language']) : oauthToken(ctx, body);
  }

  function faultOutcome(fault: FailNext, route: FakeRoute, normal: () => Reply): Outcome {
    switch (fault.kind) {
      case 'reset':
        return 'reset';
      case 'hang':
        return 'hang';
      case 'http500':
        return { status: fault.status ?? 500, body: 'Internal Server Error', contentType: 'text/plain; charset=utf-8' };
      case 'hireSystemError':
        return failure(fault.status ?? 500, 1002001, 'system error');
      case 'malformedJson':
        return { status: 200, body: '{"code":0,"msg":"success","data":{"items":[{"id":"69498054677', contentType: 'application/json; charset=utf-8' };
      case 'htmlPage':
        return {
          status: fault.status ?? 502,
          contentType: 'text/html',
          body:
            '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
        };
      case 'rateLimit':
        return rateLimited(RATE_LIMITS[route] ?? 50, 500);
      case 'code':
        return failure(fault.status ?? 400, fault.code ?? 1002001, `fake failure ${fault.code ?? 1002001}`);
      case 'wrongTypes': {
        const reply = normal();
        return typeof reply.body === 'string' || reply.status !== 200 ? reply : { ...reply, body: withWrongTypes(reply.body) };
      }
    }
  }

  function delay(ms: number): Promise<void> {
    if (ms <= 0) { return Promise.resolve(); }
    return new Promise(resolve => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrived = performance.now();
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const method = req.method ?? 'GET';
    const match = matchRoute(method, url.pathname);
    const body = ['token', 'talentIds', 'oauthToken', 'oauthConsent'].includes(match.route) ? await readBody(req) : '';
    const log = { method, path: url.pathname, query: queryRecord(url.searchParams), route: match.route };
    const normal = (): Reply =>
      match.route === 'token'
        ? tokenReply(body)
        : match.route === 'notFound'
        ? notFound()
        : OAUTH_ROUTES.includes(match.route)
        ? oauthReply(match, req, url.searchParams, body)
        : businessReply(match, req, url.searchParams, body);
    const fault = takeFault(switches, match.route, url.pathname);
    const outcome = fault ? faultOutcome(fault, match.route, normal) : normal();
    const logId = newLogId(now());
    const payload = outcome === 'reset' || outcome === 'hang' ? '' : withErrorDetails(outcome, logId);
    const text = typeof payload === 'string' ? payload : serialize(payload, switches);
    // The latency is the service's response time: the fake's own work counts towards it, as a real server's does.
    await delay(switches.latencyMs - (performance.now() - arrived));
    if (closed) { return; }
    if (outcome === 'reset' || outcome === 'hang') {
      stats.requests.push({ ...log, status: 0, code: undefined });
      if (outcome === 'reset') { req.socket.destroy(); }
      return;
    }
    const code = typeof payload === 'string' ? undefined : (payload as JsonObject)['code'];
    stats.requests.push({ ...log, status: outcome.status, code: typeof code === 'number' ? code : undefined });
    res.writeHead(outcome.status, {
      'Content-Type': outcome.contentType ?? 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
      'X-Tt-Logid': logId,
      ...outcome.headers,
    });
    res.end(text);
  }

  const listener: RequestListener = (req, res) => {
    handle(req, res).catch((e: unknown) => {
      process.stderr.write(`fake Feishu: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      if (!res.headersSent) { res.writeHead(500, { 'Content-Type': 'text/plain' }); }
      res.end('fake Feishu internal error');
    });
  };
  const server: Server = options.tls ? createTlsServer({ key: options.tls.key, cert: options.tls.cert }, listener) : createServer(listener);
  server.on('connection', socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address;
  const baseUrl = `${options.tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${address.port}`;

  return {
    baseUrl,
    appId,
    get appSecret() {
      return appSecret;
    },
    switches,
    set(patch) {
      Object.assign(switches, copySwitches(patch));
    },
    stats,
    resetStats() {
      stats.clear();
      limiter.reset();
    },
    expireTokens() {
      tokens.expireAll();
      oauth.expireAll();
    },
    registerRedirectUri(uri) {
      redirectUris.add(uri);
    },
    revokeSecret() {
      tokens.expireAll();
      secretVersion++;
      appSecret = `${options.appSecret ?? SAMPLE_APP_SECRET}-reset-${secretVersion}`;
    },
    close() {
      if (closed) { return Promise.resolve(); }
      closed = true;
      for (const timer of timers) { clearTimeout(timer); }
      timers.clear();
      return new Promise<void>(resolve => {
        server.close(() => resolve());
        for (const socket of sockets) { socket.destroy(); }
      });
    },
  };
}
