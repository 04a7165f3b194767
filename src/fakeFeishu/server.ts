// A fake Feishu Open Platform that follows shared/feishu-hire-api.md: tokens, the Hire endpoints we read,
// error codes, rate limits and the paging quirks real services show. Plain Node http, no vscode import,
// so it serves the tests, the benchmark, the demo and the extension's sample-data mode alike.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { SampleTenant, type SampleApplication, type SampleInterview } from './sampleTenant';
import { defaultSwitches, type Fault, type FakeSwitches, type Route } from './switches';

export { SAMPLE } from './sampleTenant';
export type { FakeSwitches, Fault, Route } from './switches';

export interface FakeFeishuOptions {
  port?: number;
  host?: string;
  latencyMs?: number;
  appId?: string;
  appSecret?: string;
  switches?: Partial<FakeSwitches>;
  now?: () => number;
}

export interface RequestRecord {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  route: Route;
  status: number;
  code: number | undefined;
}

export interface FakeStats {
  readonly requests: RequestRecord[];
  count(route: Route): number;
}

export interface FakeFeishu {
  readonly baseUrl: string;
  readonly appId: string;
  readonly appSecret: string;
  readonly switches: FakeSwitches;
  set(patch: Partial<FakeSwitches>): void;
  readonly stats: FakeStats;
  resetStats(): void;
  expireTokens(): void;
  revokeSecret(): void;
  close(): Promise<void>;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

const TOKEN_LIFETIME_S = 7200;
const SAME_TOKEN_WHILE_S = 1800;
/** Requests per second per endpoint (contract sections 3 and 5; the seed endpoint's limit is unpublished: 50 like its successor). */
const LIMITS: Partial<Record<Route, number>> = { interviews: 50, successorInterviews: 50, applications: 50, application: 50, talent: 20, job: 50 };
const SCOPES: Partial<Record<Route, string>> = {
  interviews: 'hire:interview:readonly', successorInterviews: 'hire:interview:readonly',
  applications: 'hire:application:readonly', application: 'hire:application:readonly',
  talent: 'hire:talent:readonly', job: 'hire:job:readonly',
};
const USER_ID_SCOPE = 'contact:user.employee_id:readonly';

class HttpFailure {
  constructor(readonly status: number, readonly code: number, readonly msg: string, readonly extra: { [key: string]: Json } = {}) {}
}

interface Cursor { a: string; o: number; f?: string; gap?: 1 }

export async function startFakeFeishu(options: FakeFeishuOptions = {}): Promise<FakeFeishu> {
  const now = options.now ?? Date.now;
  const tenant = new SampleTenant();
  const appId = options.appId ?? 'cli_a5sample0feishu1';
  let appSecret = options.appSecret ?? 'sampleSecret0123456789abcdefABCDEF';
  const switches: FakeSwitches = { ...defaultSwitches(), latencyMs: options.latencyMs ?? 0, ...options.switches };
  const tokens = new Map<string, number>(); // token → expiry (ms)
  let currentToken: string | undefined;
  const windows = new Map<Route, number[]>();
  const requests: RequestRecord[] = [];
  const sockets = new Set<Socket>();
  const hanging = new Set<ServerResponse>();
  let logCounter = 0;

  const logId = (): string => `2026${(++logCounter).toString(16).toUpperCase().padStart(28, '0')}`;

  function issueToken(): { token: string; expire: number } {
    const t = now();
    const current = currentToken && tokens.get(currentToken);
    if (currentToken && current && current - t >= SAME_TOKEN_WHILE_S * 1000) {
      return { token: currentToken, expire: Math.floor((current - t) / 1000) };
    }
    // The old token keeps working until it expires: two valid tokens may coexist.
    const token = `t-${randomBytes(16).toString('hex')}`;
    tokens.set(token, t + TOKEN_LIFETIME_S * 1000);
    currentToken = token;
    return { token, expire: TOKEN_LIFETIME_S };
  }

  function authorize(req: IncomingMessage): void {
    const header = req.headers['authorization'];
    if (!header || header.trim() === '' || header.trim() === 'Bearer') {
      throw new HttpFailure(switches.authErrorStatus, 99991661, 'Missing access token for authorization. Please make a request with token attached.');
    }
    const match = /^Bearer ([tu]-\S+)$/.exec(header.trim());
    if (!match) {
      throw new HttpFailure(switches.authErrorStatus, 99991671, 'Invalid access token format: the token must start with "t-" or "u-".');
    }
    const expiry = tokens.get(match[1]!);
    if (expiry === undefined || expiry <= now()) {
      throw new HttpFailure(switches.authErrorStatus, 99991663, 'Invalid access token for authorization. Please make a request with token attached.');
    }
  }

  function requireScope(scope: string | undefined): void {
    if (scope && switches.disabledScopes.includes(scope)) {
      throw new HttpFailure(400, 99991672, `Access denied. One of the following scopes is required: [${scope}].`, {
        permission_violations: [{ type: 'action_scope_required', subject: scope, description: `The app has not been granted ${scope}` }],
      });
    }
  }

  function rateLimit(route: Route): { limit: number; reset: number } | undefined {
    if (switches.forceRateLimit > 0) {
      switches.forceRateLimit--;
      return { limit: LIMITS[route] ?? 50, reset: 1 };
    }
    const limit = LIMITS[route];
    if (!switches.rateLimit || limit === undefined) { return undefined; }
    const t = now();
    const window = (windows.get(route) ?? []).filter(x => x > t - 1000);
    windows.set(route, window);
    if (window.length >= limit) { return { limit, reset: Math.max(0.001, (window[0]! + 1000 - t) / 1000) }; }
    window.push(t);
    return undefined;
  }

  const invalidParam = (field: string, value: string | undefined, description: string): HttpFailure =>
    new HttpFailure(400, 180001, 'param is invalis', { field_violations: [{ field, value: value ?? '', description }] });

  function pageSize(query: URLSearchParams, max: number, fallback: number | undefined, code: 'seed' | 'hire'): number {
    const raw = query.get('page_size');
    if (raw === null || raw === '') {
      if (fallback !== undefined) { return fallback; }
      throw invalidParam('page_size', undefined, 'page_size is required');
    }
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n < 1 || n > max) {
      if (code === 'seed') { throw invalidParam('page_size', raw, `page_size must be an integer from 1 to ${max}`); }
      throw new HttpFailure(400, 1002002, 'param error: page_size', { field_violations: [{ field: 'page_size', value: raw, description: `must be 1..${max}` }] });
    }
    return n;
  }

  const encodeCursor = (c: Cursor): string => Buffer.from(JSON.stringify(c)).toString('base64url');
  function decodeCursor(token: string | null, scope: string, filter: string): Cursor | undefined {
    if (token === null || token === '') { return undefined; }
    try {
      const c = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Cursor;
      if (c.a === scope && (c.f ?? '') === filter && Number.isInteger(c.o) && c.o >= 0) { return c; }
    } catch {
      // falls through to the parameter error
    }
    throw invalidParam('page_token', token, 'page_token is invalid or belongs to another query');
  }

  /** One page of a list, with the paging quirks applied where the switches say (seed endpoint only). */
  function page<T>(total: number, size: number, cursor: Cursor | undefined, scope: string, filter: string, item: (i: number) => T, quirks: boolean): { [key: string]: Json | undefined } {
    const offset = cursor?.o ?? 0;
    const next = offset + size;
    const hasMore = next < total;
    if (quirks && switches.emptyPageWithHasMore && offset > 0 && !cursor?.gap) {
      // An empty page before every later page: following its token must still reach the data.
      return emptyItems({ has_more: true, page_token: encodeCursor({ a: scope, o: offset, f: filter || undefined, gap: 1 }) });
    }
    const items = Array.from({ length: Math.max(0, Math.min(size, total - offset)) }, (_, k) => item(offset + k) as unknown as Json);
    const data: { [key: string]: Json | undefined } = items.length === 0 ? emptyItems({}) : { items };
    data['has_more'] = hasMore;
    if (hasMore) {
      data['page_token'] = quirks && switches.emptyTokenWithHasMore ? ''
        : quirks && switches.repeatedToken && cursor ? encodeCursor({ a: scope, o: offset, f: filter || undefined })
          : encodeCursor({ a: scope, o: next, f: filter || undefined });
    } else if (quirks && switches.tokenWithHasMoreFalse) {
      data['page_token'] = encodeCursor({ a: scope, o: next, f: filter || undefined });
    }
    return data;
  }

  function emptyItems(data: { [key: string]: Json | undefined }): { [key: string]: Json | undefined } {
    if (switches.itemsAbsent) { return data; }
    return { ...data, items: switches.itemsNull ? null : [] };
  }

  function userIdType(query: URLSearchParams): 'open_id' | 'union_id' | 'user_id' {
    const raw = query.get('user_id_type') ?? 'open_id';
    if (raw !== 'open_id' && raw !== 'union_id' && raw !== 'user_id') {
      throw invalidParam('user_id_type', raw, 'user_id_type must be open_id, union_id or user_id');
    }
    if (raw === 'user_id') { requireScope(USER_ID_SCOPE); }
    return raw;
  }

  function interviewJson(iv: SampleInterview, idType: 'open_id' | 'union_id' | 'user_id', successor: boolean, app: SampleApplication): Json {
    const extra = switches.extraFields ? { _fake_extra: { note: 'a field this client does not know', n: 1 } } : {};
    return {
      id: iv.id,
      begin_time: iv.beginTime,
      end_time: iv.endTime,
      round: iv.round,
      stage_id: iv.stage.id,
      ...(successor ? {
        application_id: app.id,
        stage: { id: iv.stage.id, name: { zh_cn: iv.stage.zh, en_us: iv.stage.en } },
        interview_type: 1,
        talent_time_zone: { code: 'Asia/Shanghai', name: { zh_cn: '中国标准时间', en_us: 'China Standard Time' } },
      } : {}),
      ...extra,
      interview_record_list: iv.records.map(r => {
        const userId = idType === 'open_id' ? r.interviewer.openId : idType === 'union_id' ? r.interviewer.unionId : r.interviewer.userId;
        return {
          id: r.id,
          user_id: userId,
          content: r.content,
          min_job_level_id: r.minLevel,
          max_job_level_id: r.maxLevel,
          commit_status: r.commitStatus,
          conclusion: r.conclusion,
          ...(r.score ? { interview_score: r.score } : {}),
          ...(successor ? { interviewer: { id: userId, name: { zh_cn: r.interviewer.zh, en_us: r.interviewer.en } }, feedback_submit_time: r.submitTime } : {}),
          ...extra,
        };
      }),
    };
  }

  function applicationOr404(id: string): SampleApplication {
    if (!/^\d+$/.test(id)) {
      throw new HttpFailure(400, 1002002, 'param error: application_id', { field_violations: [{ field: 'application_id', value: id, description: 'must be digits' }] });
    }
    const app = tenant.application(id);
    if (!app) { throw new HttpFailure(400, 1002201, 'application not exist'); }
    return app;
  }

  function applicationsMatching(query: URLSearchParams): SampleApplication[] {
    const status = query.get('active_status');
    if (status !== null && status !== '' && !['1', '2', '3'].includes(status)) {
      throw new HttpFailure(400, 1002002, 'param error: active_status', { field_violations: [{ field: 'active_status', value: status, description: 'must be 1, 2 or 3' }] });
    }
    return tenant.applications.filter(a =>
      (!status || status === '3' || String(a.activeStatus) === status)
      && (!query.get('job_id') || a.jobId === query.get('job_id'))
      && (!query.get('talent_id') || a.talentId === query.get('talent_id'))
      && (!query.get('stage_id') || a.stage.id === query.get('stage_id')));
  }

  function route(method: string, path: string): { route: Route; params: string[] } {
    const m = (re: RegExp): string[] | undefined => re.exec(path)?.slice(1);
    let p: string[] | undefined;
    if (method === 'POST' && path === '/open-apis/auth/v3/tenant_access_token/internal') { return { route: 'token', params: [] }; }
    if (method === 'GET') {
      if ((p = m(/^\/open-apis\/hire\/v1\/applications\/([^/]+)\/interviews$/))) { return { route: 'interviews', params: p }; }
      if (path === '/open-apis/hire/v1/applications') { return { route: 'applications', params: [] }; }
      if ((p = m(/^\/open-apis\/hire\/v1\/applications\/([^/]+)$/))) { return { route: 'application', params: p }; }
      if ((p = m(/^\/open-apis\/hire\/v1\/talents\/([^/]+)$/))) { return { route: 'talent', params: p }; }
      if ((p = m(/^\/open-apis\/hire\/v1\/jobs\/([^/]+)$/))) { return { route: 'job', params: p }; }
      if (path === '/open-apis/hire/v1/interviews') { return { route: 'successorInterviews', params: [] }; }
    }
    return { route: 'notFound', params: [] };
  }

  async function readBody(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) { chunks.push(chunk as Buffer); }
    return Buffer.concat(chunks).toString('utf8');
  }

  function tokenEndpoint(body: string): { [key: string]: Json } {
    let parsed: { app_id?: unknown; app_secret?: unknown };
    try {
      parsed = JSON.parse(body) as { app_id?: unknown; app_secret?: unknown };
    } catch {
      throw new HttpFailure(switches.credentialErrorStatus, 10003, 'invalid param');
    }
    if (typeof parsed.app_id !== 'string' || parsed.app_id !== appId) { throw new HttpFailure(switches.credentialErrorStatus, 10003, 'invalid param'); }
    if (typeof parsed.app_secret !== 'string' || parsed.app_secret !== appSecret) { throw new HttpFailure(switches.credentialErrorStatus, 10014, 'app secret invalid'); }
    const { token, expire } = issueToken();
    return { code: 0, msg: 'ok', tenant_access_token: token, expire };
  }

  function business(r: Route, params: string[], query: URLSearchParams): { [key: string]: Json } {
    const ok = (data: { [key: string]: Json | undefined }): { [key: string]: Json } => ({ code: 0, msg: 'success', data: switches.extraFields ? { ...data, _fake_extra: true } : data });
    switch (r) {
      case 'interviews': {
        const app = applicationOr404(params[0]!);
        const size = pageSize(query, 50, undefined, 'seed');
        const idType = userIdType(query);
        const cursor = decodeCursor(query.get('page_token'), app.id, '');
        return ok(page(app.interviewCount, size, cursor, app.id, '', i => interviewJson(tenant.interview(app, i), idType, false, app), true));
      }
      case 'successorInterviews': {
        const id = query.get('application_id');
        if (!id) { throw new HttpFailure(400, 1002002, 'param error: one of application_id, interview_id, start_time, end_time is required'); }
        const app = applicationOr404(id);
        const size = pageSize(query, 100, 10, 'hire');
        const idType = userIdType(query);
        const cursor = decodeCursor(query.get('page_token'), `s${app.id}`, '');
        return ok(page(app.interviewCount, size, cursor, `s${app.id}`, '', i => interviewJson(tenant.interview(app, i), idType, true, app), false));
      }
      case 'applications': {
        const matching = applicationsMatching(query);
        const size = pageSize(query, 100, 10, 'hire');
        const filter = ['active_status', 'job_id', 'talent_id', 'stage_id'].map(k => query.get(k) ?? '').join('|');
        const cursor = decodeCursor(query.get('page_token'), 'applications', filter);
        return ok(page(matching.length, size, cursor, 'applications', filter, i => matching[i]!.id, false));
      }
      case 'application': {
        const app = applicationOr404(params[0]!);
        const job = tenant.jobs.get(app.jobId)!;
        const options = query.getAll('options');
        return ok({
          application: {
            id: app.id, job_id: app.jobId, talent_id: app.talentId,
            stage: { id: app.stage.id, zh_name: app.stage.zh, en_name: app.stage.en, type: app.stage.type },
            active_status: app.activeStatus,
            delivery_type: 1,
            create_time: String(app.createTime), modify_time: String(app.createTime + 3 * 86_400_000),
            stage_time_list: [{ stage_id: app.stage.id, enter_time: String(app.createTime), exit_time: '' }],
            ...(options.includes('with_job') ? { job_info: { id: job.id, name: job.title, code: job.code } } : {}),
          },
        });
      }
      case 'talent': {
        const talent = tenant.talents.get(params[0]!);
        if (!talent) { throw new HttpFailure(400, 1002208, 'talent not exist'); }
        return ok({ talent: { id: talent.id, is_onboarded: false, basic_info: { name: talent.name, experience_years: 5 } } });
      }
      case 'job': {
        const job = tenant.jobs.get(params[0]!);
        if (!job) { throw new HttpFailure(400, 1002207, 'job not exist'); }
        return ok({ job: { id: job.id, title: job.title, code: job.code, active_status: 1 } });
      }
      default:
        throw new HttpFailure(404, 0, '404 page not found');
    }
  }

  function send(res: ServerResponse, status: number, body: string, contentType: string, headers: Record<string, string> = {}): void {
    const text = switches.numericIds && contentType.startsWith('application/json')
      ? body.replace(/"((?:[a-z_]*_)?id)":"(\d{16,})"/g, '"$1":$2')
      : body;
    res.writeHead(status, { 'Content-Type': contentType, 'X-Tt-Logid': logId(), ...headers });
    res.end(text);
  }

  function sendFailure(res: ServerResponse, f: HttpFailure, headers: Record<string, string> = {}): void {
    if (f.code === 0) { send(res, f.status, f.msg, 'text/plain; charset=utf-8'); return; }
    const id = logId();
    const body = { code: f.code, msg: f.msg, error: { log_id: id, troubleshooter: `https://open.feishu.cn/search?from=openapi&log_id=${id}`, ...f.extra } };
    res.writeHead(f.status, { 'Content-Type': 'application/json; charset=utf-8', 'X-Tt-Logid': id, ...headers });
    res.end(JSON.stringify(body));
  }

  function takeFault(r: Route): Fault | undefined {
    const i = switches.failNext.findIndex(f => f.count > 0 && (f.route === undefined || f.route === r));
    if (i < 0) { return undefined; }
    const fault = switches.failNext[i]!;
    fault.count--;
    if (fault.count <= 0) { switches.failNext.splice(i, 1); }
    return fault;
  }

  /** Answers a fault; true when the reply (or the lack of one) is done. */
  function serveFault(fault: Fault, res: ServerResponse, socket: Socket): number {
    switch (fault.kind) {
      case 'reset': socket.destroy(); return 0;
      case 'hang': hanging.add(res); return 0;
      case 'http500': send(res, 500, 'Internal Server Error', 'text/plain'); return 500;
      case 'hireSystemError': sendFailure(res, new HttpFailure(500, 1002001, 'system error')); return 500;
      case 'malformedJson': send(res, 200, '{"code":0,"msg":"success","data":{"items":[{"id":"1"', 'application/json; charset=utf-8'); return 200;
      case 'htmlPage': send(res, 502, '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>', 'text/html'); return 502;
      case 'wrongTypes': send(res, 200, JSON.stringify({ code: 0, msg: 'success', data: { has_more: 'yes', page_token: 42, items: { id: 1 } } }), 'application/json; charset=utf-8'); return 200;
      case 'code': sendFailure(res, new HttpFailure(fault.status ?? 400, fault.code ?? 1002001, fault.msg ?? 'injected failure')); return fault.status ?? 400;
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake.feishu');
    const method = req.method ?? 'GET';
    const { route: r, params } = route(method, url.pathname);
    const record: RequestRecord = { method, path: url.pathname, query: queryObject(url.searchParams), route: r, status: 0, code: undefined };
    requests.push(record);
    const body = method === 'POST' ? await readBody(req) : '';
    if (switches.latencyMs > 0) { await new Promise(resolve => setTimeout(resolve, switches.latencyMs)); }
    const fault = r === 'notFound' ? undefined : takeFault(r);
    if (fault) {
      record.status = serveFault(fault, res, req.socket);
      record.code = fault.kind === 'code' ? fault.code : fault.kind === 'hireSystemError' ? 1002001 : undefined;
      return;
    }
    try {
      let reply: { [key: string]: Json };
      if (r === 'token') {
        reply = tokenEndpoint(body);
      } else if (r === 'notFound') {
        throw new HttpFailure(404, 0, '404 page not found');
      } else {
        authorize(req);
        if (switches.wrongDomain) { throw new HttpFailure(400, 1000040351, 'Incorrect domain name'); }
        if (r === 'successorInterviews' && !switches.successorAvailable) { throw new HttpFailure(404, 0, '404 page not found'); }
        requireScope(SCOPES[r]);
        const limited = rateLimit(r);
        if (limited) {
          const headers: Record<string, string> = { 'x-ogw-ratelimit-limit': String(limited.limit) };
          if (switches.rateLimitReset !== 'missing') {
            headers['x-ogw-ratelimit-reset'] = switches.rateLimitReset === 'fractional' ? limited.reset.toFixed(3) : String(Math.max(1, Math.ceil(limited.reset)));
          }
          throw Object.assign(new HttpFailure(switches.rateLimitStatus, 99991400, 'request trigger frequency limit'), { headers });
        }
        reply = business(r, params, url.searchParams);
      }
      record.status = 200;
      record.code = 0;
      send(res, 200, JSON.stringify(reply), 'application/json; charset=utf-8');
    } catch (e) {
      if (!(e instanceof HttpFailure)) { throw e; }
      record.status = e.status;
      record.code = e.code || undefined;
      sendFailure(res, e, (e as HttpFailure & { headers?: Record<string, string> }).headers);
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(e => {
      if (!res.headersSent) { send(res, 500, `fake server bug: ${e instanceof Error ? e.message : String(e)}`, 'text/plain'); }
    });
  });
  server.on('connection', socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    baseUrl: `http://${host}:${address.port}`,
    appId,
    get appSecret() { return appSecret; },
    switches,
    set(patch) { Object.assign(switches, patch); },
    stats: { requests, count: r => requests.filter(x => x.route === r).length },
    resetStats() { requests.length = 0; },
    expireTokens() { for (const token of tokens.keys()) { tokens.set(token, now() - 1); } },
    revokeSecret() { appSecret = `revoked-${randomBytes(8).toString('hex')}`; for (const token of tokens.keys()) { tokens.set(token, now() - 1); } },
    close() {
      for (const res of hanging) { res.destroy(); }
      for (const socket of sockets) { socket.destroy(); }
      return new Promise(resolve => server.close(() => resolve()));
    },
  };
}

function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? all[0]! : all;
  }
  return out;
}
