// tenant_access_token: exchanged from app ID + secret, cached, renewed ahead of expiry, one request in flight.
import { FeishuError } from './errors';
import type { HttpClient } from './httpClient';
import { raceSignal } from './raceSignal';

export interface AppCredentials {
  appId: string;
  appSecret: string;
}

export const TOKEN_PATH = '/open-apis/auth/v3/tenant_access_token/internal';
/** The official SDKs renew 3–10 minutes early; the service rotates only below 30 minutes. */
const RENEW_MARGIN_MS = 5 * 60_000;
/**
 * The shortest lifetime we believe. The service grants 7200 s; a tiny, zero or missing `expire` would
 * otherwise mean a token exchange (app secret on the wire) for every request.
 */
const MIN_TOKEN_LIFETIME_SECONDS = 60;

interface CachedToken {
  value: string;
  renewAt: number;
}

/**
 * One exchange, no caching: also used by Set Credentials to check the pair before storing it.
 * `expireSeconds` is undefined when the reply's `expire` is not a positive number.
 */
export async function fetchTenantToken(
  http: HttpClient,
  credentials: AppCredentials,
  signal?: AbortSignal,
): Promise<{ token: string; expireSeconds: number | undefined; }> {
  const { body } = await http.request(TOKEN_PATH, { method: 'POST', json: { app_id: credentials.appId, app_secret: credentials.appSecret }, signal });
  const token = body['tenant_access_token'];
  const expire = body['expire'];
  if (typeof token !== 'string' || token === '') {
    throw new FeishuError({ kind: 'badResponse', endpoint: TOKEN_PATH, detail: 'tenant_access_token: expected a non-empty string' });
  }
  const valid = typeof expire === 'number' && Number.isFinite(expire) && expire > 0;
  return { token, expireSeconds: valid ? expire : undefined };
}

export class TenantTokenSource {
  private cached: CachedToken | undefined;
  private inFlight: Promise<CachedToken> | undefined;
  /** Bumped on every credential change: a token fetched for old credentials is thrown away. */
  private generation = 0;

  constructor(
    private readonly http: HttpClient,
    private readonly credentials: () => Promise<AppCredentials | undefined>,
    private readonly now: () => number = Date.now,
    private readonly log?: (line: string) => void,
  ) {}

  /** A valid token, from the cache when it has more than the renewal margin left. */
  async get(signal?: AbortSignal): Promise<string> {
    const cached = this.cached;
    if (cached && cached.renewAt > this.now()) { return cached.value; }
    if (!this.inFlight) {
      const generation = this.generation;
      // Not tied to one caller's signal: other callers may be waiting on the same exchange.
      const exchange = this.exchange().then(token => {
        if (generation === this.generation) { this.cached = token; }
        return token;
      });
      this.inFlight = exchange;
      void exchange.then(() => this.clearInFlight(exchange), () => this.clearInFlight(exchange));
    }
    return (await raceSignal(this.inFlight, signal)).value;
  }

  /** Drops the token the service just rejected, unless a newer one already replaced it. */
  invalidate(rejected: string): void {
    if (this.cached?.value === rejected) { this.cached = undefined; }
  }

  /** Credentials changed or the user signed out. */
  reset(): void {
    this.generation++;
    this.cached = undefined;
    this.inFlight = undefined;
  }

  private clearInFlight(exchange: Promise<CachedToken>): void {
    if (this.inFlight === exchange) { this.inFlight = undefined; }
  }

  private async exchange(): Promise<CachedToken> {
    const credentials = await this.credentials();
    if (!credentials) {
      throw new FeishuError({ kind: 'config', detail: 'No credentials are set. Run "Feishu Hire: Set Credentials".' });
    }
    const started = this.now();
    const { token, expireSeconds } = await fetchTenantToken(this.http, credentials);
    if (expireSeconds === undefined || expireSeconds < MIN_TOKEN_LIFETIME_SECONDS) {
      this.log?.(
        `The token reply's expire (${
          expireSeconds ?? 'missing or not a positive number'
        }) is below ${MIN_TOKEN_LIFETIME_SECONDS} s: using ${MIN_TOKEN_LIFETIME_SECONDS} s.`,
      );
    }
    const lifetimeMs = Math.max(expireSeconds ?? 0, MIN_TOKEN_LIFETIME_SECONDS) * 1000;
    // A short-lived token is renewed at half its life rather than on every call.
    return { value: token, renewAt: started + Math.max(lifetimeMs - RENEW_MARGIN_MS, lifetimeMs / 2) };
  }
}
