// One HTTP exchange with the Open Platform: base URL, timeout, cancellation, retries, log id.
import type { ConcurrencyLimit } from './concurrencyLimit';
import type { RatePacer } from './ratePacer';
import { FeishuError } from './errors';
import { normaliseBaseUrl } from './baseUrl';
import { interpret, type ReplyEnvelope } from './replyEnvelope';
import type { JsonObject } from './types';

/** The part of `fetch` we use: nodeFetchTransport (node-fetch, the extension's transport) and global fetch both fit. */
export type FetchLike = (url: string, init: {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
  /** Always 'manual': a followed redirect would carry the app secret or the token to wherever `Location` names. */
  redirect: 'manual';
}) => Promise<FetchResponse>;

export interface FetchResponse {
  status: number;
  headers: { get(name: string): string | null; };
  /** The body as a stream (Node streams and web streams both iterate): read chunk by chunk under the size cap. */
  body?: AsyncIterable<Uint8Array> | null;
  /** Only for stand-ins without a stream body. */
  text(): Promise<string>;
}

export interface RequestLogEntry {
  method: string;
  /** Path and query only: never headers or bodies, which carry the secret and the token. */
  path: string;
  status?: number;
  code?: number;
  logId?: string;
  durationMs: number;
  attempt: number;
  error?: string;
}

export interface RetryNotice {
  reason: 'rateLimited' | 'transient';
  delayMs: number;
  attempt: number;
  path: string;
}

export interface HttpClientOptions {
  baseUrl: string;
  fetch: FetchLike;
  timeoutMs?: number;
  /** Retries for 429 / 99991400; each waits what `x-ogw-ratelimit-reset` says, capped. */
  maxRateLimitRetries?: number;
  /** Retries for 5xx, 1002001 and network failures, on GETs only. */
  maxTransientRetries?: number;
  maxRetryDelayMs?: number;
  /** Shared by every request of the client; waiting for a slot is not part of the timeout. */
  limiter?: ConcurrencyLimit;
  /** Spaces requests per endpoint under the service's per-second limits. */
  pacer?: RatePacer;
  onRequest?: (entry: RequestLogEntry) => void;
  onRetry?: (notice: RetryNotice) => void;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

export interface RequestOptions {
  method?: 'GET' | 'POST';
  /** An array repeats the parameter (`ids=1&ids=2`). */
  query?: Record<string, string | number | readonly string[] | undefined>;
  headers?: Record<string, string>;
  json?: JsonObject;
  signal?: AbortSignal;
}

export interface HttpReply extends ReplyEnvelope {
  /** The decoded body's size in bytes: walks count it against their budget. */
  bytes: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;
/**
 * The largest reply we read. A full page of 100 interviews with long notes is well under 1 MB; anything
 * far above is a broken or hostile server, and buffering it would stall the extension host.
 */
export const MAX_REPLY_BYTES = 10 * 1024 * 1024;
const MB = 1024 * 1024;
const TRANSIENT_BASE_DELAY_MS = 400;

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(cancelled());
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(cancelled());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function cancelled(endpoint?: string): FeishuError {
  return new FeishuError({ kind: 'cancelled', endpoint, detail: 'cancelled' });
}

export class HttpClient {
  readonly baseUrl: string;
  private readonly options: HttpClientOptions;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(options: HttpClientOptions) {
    this.baseUrl = normaliseBaseUrl(options.baseUrl);
    this.options = options;
    this.sleep = options.sleep ?? abortableSleep;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
  }

  /** Sends the request, retrying rate limits (always) and transient failures (GET only); throws FeishuError. */
  async request(path: string, options: RequestOptions = {}): Promise<HttpReply> {
    const method = options.method ?? 'GET';
    const pathWithQuery = path + queryString(options.query);
    const maxRateLimit = this.options.maxRateLimitRetries ?? 4;
    const maxTransient = method === 'GET' ? (this.options.maxTransientRetries ?? 2) : 0;
    let rateLimitRetries = 0;
    let transientRetries = 0;
    for (let attempt = 1;; attempt++) {
      try {
        const send = async (): Promise<HttpReply> => {
          const release = await this.options.pacer?.acquire(path, options.signal);
          try {
            return await this.once(method, pathWithQuery, options, attempt);
          } finally {
            release?.();
          }
        };
        return await (this.options.limiter ? this.options.limiter.run(send, options.signal) : send());
      } catch (e) {
        if (!(e instanceof FeishuError)) { throw e; }
        let delayMs: number;
        let reason: RetryNotice['reason'];
        if (e.isRateLimited && rateLimitRetries < maxRateLimit) {
          rateLimitRetries++;
          reason = 'rateLimited';
          delayMs = this.rateLimitDelay(e);
        } else if (e.isTransient && transientRetries < maxTransient) {
          transientRetries++;
          reason = 'transient';
          delayMs = Math.min(this.maxDelay(), TRANSIENT_BASE_DELAY_MS * 3 ** (transientRetries - 1) * (1 + this.random() * 0.5));
        } else {
          throw e;
        }
        this.options.onRetry?.({ reason, delayMs, attempt, path: pathWithQuery });
        await this.sleep(delayMs, options.signal).catch(() => {
          throw cancelled(pathWithQuery);
        });
      }
    }
  }

  private maxDelay(): number {
    return this.options.maxRetryDelayMs ?? 10_000;
  }

  /**
   * Waits as told (1 s when the header is missing, at most the cap), plus up to 20 % jitter added after the cap
   * so clients told the same wait spread out. A wait longer than the cap fails at once: retrying early only
   * spends the retries while the limit still holds.
   */
  private rateLimitDelay(e: FeishuError): number {
    const seconds = e.retryAfterSeconds;
    const told = seconds !== undefined && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
    if (told !== undefined && told > this.maxDelay()) { throw rateLimitedFor(e, told); }
    return Math.max(50, Math.min(this.maxDelay(), told ?? 1000)) * (1 + this.random() * 0.2);
  }

  private async once(method: string, pathWithQuery: string, options: RequestOptions, attempt: number): Promise<HttpReply> {
    const started = this.now();
    const log = (entry: Omit<RequestLogEntry, 'method' | 'path' | 'durationMs' | 'attempt'>): void => {
      this.options.onRequest?.({ method, path: pathWithQuery, durationMs: this.now() - started, attempt, ...entry });
    };
    if (options.signal?.aborted) { throw cancelled(pathWithQuery); }
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const onAbort = (): void => controller.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (options.json) { headers['Content-Type'] = 'application/json; charset=utf-8'; }
    let status: number | undefined;
    let logId: string | undefined;
    try {
      try {
        const url = this.baseUrl + pathWithQuery;
        const response = await this.options.fetch(url, {
          method,
          headers,
          body: options.json ? JSON.stringify(options.json) : undefined,
          signal: controller.signal,
          redirect: 'manual',
        });
        status = response.status;
        logId = response.headers.get('x-tt-logid') ?? undefined;
        if (status >= 300 && status < 400) {
          throw new FeishuError({
            kind: 'http',
            endpoint: pathWithQuery,
            httpStatus: status,
            logId,
            detail: redirectDetail(response.headers.get('location'), url),
          });
        }
        const reset = response.headers.get('x-ogw-ratelimit-reset');
        const { text, bytes } = await readCapped(response, pathWithQuery, status, logId);
        const reply = interpret(text, status, logId, pathWithQuery, reset);
        log({ status, code: 0, logId: reply.logId });
        return { ...reply, bytes };
      } catch (e) {
        // Stops a body still streaming in (an oversized reply): the connection is dropped, not drained.
        controller.abort();
        if (e instanceof FeishuError) { throw e; }
        if (timedOut) {
          throw new FeishuError({
            kind: 'timeout',
            endpoint: pathWithQuery,
            httpStatus: status,
            logId,
            detail: `no reply within ${this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms`,
            cause: e,
          });
        }
        if (options.signal?.aborted) { throw cancelled(pathWithQuery); }
        throw new FeishuError({ kind: 'network', endpoint: pathWithQuery, httpStatus: status, logId, detail: networkDetail(e), cause: e });
      }
    } catch (e) {
      if (e instanceof FeishuError) {
        log({ status: e.httpStatus ?? status, code: e.code, logId: e.logId ?? logId, error: e.kind === 'api' ? undefined : e.kind });
      }
      throw e;
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    }
  }
}

/** Names only the host a redirect pointed to: the rest of a `Location` may carry userinfo or a query. */
function redirectDetail(location: string | null, requestUrl: string): string {
  if (location === null || location.trim() === '') { return 'a redirect without a target; redirects are never followed. Check the base URL.'; }
  let host: string;
  try {
    host = new URL(location, requestUrl).host;
  } catch {
    host = 'an unreadable address';
  }
  return `redirected to ${host}; redirects are never followed, so the app secret and token go only to the base URL. Check the base URL.`;
}

/** The service's own error, saying how long the limit holds; `retryAfterSeconds` stays for the UI. */
function rateLimitedFor(e: FeishuError, toldMs: number): FeishuError {
  return new FeishuError({
    kind: e.kind,
    endpoint: e.endpoint,
    httpStatus: e.httpStatus,
    code: e.code,
    msg: e.msg,
    logId: e.logId,
    retryAfterSeconds: e.retryAfterSeconds,
    cause: e,
    detail: `rate limited for ${Math.ceil(toldMs / 1000)} s`,
  });
}

function tooLarge(endpoint: string, status: number, logId: string | undefined): FeishuError {
  return new FeishuError({ kind: 'badResponse', endpoint, httpStatus: status, logId, detail: `reply larger than ${MAX_REPLY_BYTES / MB} MB: not read` });
}

/** A reply's text and its decoded size in bytes, counted while it was read. */
interface ReplyText {
  text: string;
  bytes: number;
}

/** Decodes the chunks once, at the end; a single chunk (most pages) without a copy into a new buffer first. */
function decodeChunks(chunks: Uint8Array[], size: number): ReplyText {
  const only = chunks.length === 1 ? chunks[0]! : undefined;
  const bytes = only ? Buffer.from(only.buffer, only.byteOffset, only.byteLength) : Buffer.concat(chunks, size);
  return { text: bytes.toString('utf8'), bytes: size };
}

/** Reads the body counting bytes as they arrive and gives up as soon as the cap is passed, never buffering first. */
async function readCapped(response: FetchResponse, endpoint: string, status: number, logId: string | undefined): Promise<ReplyText> {
  const declared = Number(response.headers.get('content-length') ?? undefined);
  if (Number.isFinite(declared) && declared > MAX_REPLY_BYTES) { throw tooLarge(endpoint, status, logId); }
  const body = response.body;
  if (!body || typeof body[Symbol.asyncIterator] !== 'function') {
    const text = await response.text();
    const bytes = Buffer.byteLength(text);
    if (bytes > MAX_REPLY_BYTES) { throw tooLarge(endpoint, status, logId); }
    return { text, bytes };
  }
  if (isNodeStream(body)) { return readNodeStream(body, () => tooLarge(endpoint, status, logId)); }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > MAX_REPLY_BYTES) { throw tooLarge(endpoint, status, logId); }
    chunks.push(chunk);
  }
  return decodeChunks(chunks, size);
}

/** The part of a Node readable stream (node-fetch's bodies) the reader uses. */
interface NodeStreamLike {
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown;
  on(event: 'end' | 'close', listener: () => void): unknown;
  on(event: 'error', listener: (e: unknown) => void): unknown;
  destroy(): unknown;
}

function isNodeStream(body: unknown): body is NodeStreamLike {
  const b = body as Partial<NodeStreamLike>;
  return typeof b.on === 'function' && typeof b.destroy === 'function';
}

/** Events rather than an async iterator: no promise per chunk. At the cap the stream is destroyed, not drained. */
function readNodeStream(body: NodeStreamLike, tooBig: () => FeishuError): Promise<ReplyText> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let settled = false;
    const fail = (e: unknown): void => {
      if (settled) { return; }
      settled = true;
      chunks.length = 0;
      reject(e);
    };
    body.on('data', chunk => {
      if (settled) { return; }
      size += chunk.byteLength;
      if (size > MAX_REPLY_BYTES) {
        fail(tooBig());
        body.destroy();
        return;
      }
      chunks.push(chunk);
    });
    body.on('end', () => {
      if (settled) { return; }
      settled = true;
      resolve(decodeChunks(chunks, size));
    });
    body.on('error', fail);
    // A stream destroyed before its end (the request aborted) closes without either.
    body.on('close', () => fail(new Error('the reply stopped before its end')));
  });
}

function queryString(query: RequestOptions['query']): string {
  if (!query) { return ''; }
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== '') { params.append(key, String(v)); }
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function networkDetail(e: unknown): string {
  const err = e as { code?: unknown; message?: unknown; cause?: { code?: unknown; }; };
  const code = typeof err.code === 'string' ? err.code : typeof err.cause?.code === 'string' ? err.cause.code : undefined;
  const message = typeof err.message === 'string' ? err.message : String(e);
  return code ? `${code} (${message})` : message;
}
