// Hostile servers for the trust tests (issue #10): tiny loopback HTTP servers and a scripted service.
// Hostile behaviour lives here, not in the contract's fake Feishu server.
import { after } from 'node:test';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFeishuClient, type FeishuClient } from '../../src/feishu/feishuClient';
import { HireApi } from '../../src/feishu/hireApi';
import { HttpClient, type FetchLike } from '../../src/feishu/httpClient';
import { nodeFetchTransport } from '../../src/feishu/nodeFetchTransport';
import { MAX_PAGES_PER_WALK } from '../../src/feishu/pager';
import { TenantTokenSource } from '../../src/feishu/tenantToken';
import { formatOnly } from '../../src/feishu/translate';
import type { HireNode } from '../../src/model/tree/hireNode';
import { HireTreeModel } from '../../src/model/tree/hireTreeModel';
import { connectionFor } from './helpers';

export interface Loopback {
  baseUrl: string;
  /** host:port, as an error message should name it. */
  host: string;
  requests: Array<{ method: string; path: string; body: string; }>;
  /** Bytes the handler managed to write (for streaming handlers that count). */
  written: { bytes: number; };
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, server: Loopback) => void;

const servers: Loopback[] = [];
after(async () => {
  await Promise.all(servers.map(s => s.close()));
});

export async function loopback(handler: Handler): Promise<Loopback> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      self.requests.push({ method: req.method ?? '', path: req.url ?? '', body: Buffer.concat(chunks).toString('utf8') });
      handler(req, res, self);
    });
  });
  const self: Loopback = {
    baseUrl: '',
    host: '',
    requests: [],
    written: { bytes: 0 },
    close: () => new Promise<void>(resolve => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  self.host = `127.0.0.1:${port}`;
  self.baseUrl = `http://${self.host}`;
  servers.push(self);
  return self;
}

export const TOKEN_PATH = '/open-apis/auth/v3/tenant_access_token/internal';
export const json = (res: ServerResponse, body: unknown, status = 200, headers: Record<string, string> = {}): void => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
export const tokenReply = (res: ServerResponse, expire: unknown = 7200): void => json(res, { code: 0, msg: 'ok', tenant_access_token: 't-loop', expire });

export function realClient(baseUrl: string, options: { timeoutMs?: number; log?: (line: string) => void; } = {}): FeishuClient {
  return createFeishuClient({
    baseUrl,
    fetch: nodeFetchTransport,
    credentials: async () => ({ appId: 'cli_app', appSecret: 'SECRET-abc' }),
    timeoutMs: options.timeoutMs ?? 5000,
    maxRetryDelayMs: 20,
    pacing: false,
    log: options.log,
  });
}

export { errorOf } from './helpers';

/** An interview as the seed endpoint sends it. */
export const interview = (id: string, records: string[] = [`8${id}`]) => ({
  id,
  begin_time: 1618899376474,
  end_time: 1618899379474,
  round: 0,
  stage_id: '77',
  interview_record_list: records.map(r => ({ id: r, user_id: 'ou_1', conclusion: 1, commit_status: 1 })),
});

/**
 * A scripted service over a plain FetchLike (no sockets: fast enough for thousands of pages).
 * `pages(path, token)` answers list endpoints; a hard stop turns a runaway walk into a loud failure;
 * `delayMs` makes each request take real time.
 */
export function scripted(pages: (path: string, token: string | undefined) => object, options: { hardStop?: number; delayMs?: number; } = {}) {
  const hardStop = options.hardStop ?? MAX_PAGES_PER_WALK + 50;
  const log: string[] = [];
  const fetchLike: FetchLike = async url => {
    const u = new URL(url);
    const reply = (body: object, status = 200) => ({ status, headers: { get: () => null }, text: async () => JSON.stringify(body) });
    if (u.pathname === TOKEN_PATH) { return reply({ code: 0, tenant_access_token: 't-1', expire: 7200 }); }
    log.push(u.pathname + u.search);
    // Without a real wait, a walk of plain promises never lets a timer (an abort, say) run.
    if (options.delayMs) { await new Promise(r => setTimeout(r, options.delayMs)); }
    if (log.length > hardStop) { throw new Error(`runaway walk: more than ${hardStop} requests`); }
    return reply(pages(u.pathname, u.searchParams.get('page_token') ?? undefined));
  };
  const http = new HttpClient({ baseUrl: 'http://127.0.0.1:1', fetch: fetchLike, maxTransientRetries: 0 });
  const api = new HireApi(http, new TenantTokenSource(http, async () => ({ appId: 'cli_1', appSecret: 's' })));
  return { api, log };
}

/** Every page brings one interview never seen before and a fresh token: a chain without end. */
export const endlessFresh = (_path: string, token: string | undefined) => {
  const n = Number(token ?? 0);
  return { code: 0, data: { items: [interview(`9${String(n).padStart(18, '0')}`)], has_more: true, page_token: String(n + 1) } };
};
/** Every page brings the same interview with a fresh token. */
export const endlessRepeat = (_path: string, token: string | undefined) => ({
  code: 0,
  data: { items: [interview('9000000000000000001')], has_more: true, page_token: String(Number(token ?? 0) + 1) },
});

export function model(api: HireApi, log: string[] = []) {
  return new HireTreeModel({ pageSize: () => 20, lang: () => 'en', t: formatOnly, log: line => log.push(line) }, connectionFor(api));
}

export const allIds = async (m: HireTreeModel, node: HireNode): Promise<string[]> => (await m.children(node)).map(n => n.id);
