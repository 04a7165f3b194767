// Wires the client's parts together for one base URL and one credentials source.
import { ConcurrencyLimit } from './concurrencyLimit';
import { HireApi } from './hireApi';
import { documentedRate, RatePacer } from './ratePacer';
import { HttpClient, type HttpClientOptions } from './httpClient';
import { TenantTokenSource, type AppCredentials } from './tenantToken';

export interface FeishuClientOptions extends Omit<HttpClientOptions, 'limiter' | 'pacer'> {
  credentials: () => Promise<AppCredentials | undefined>;
  maxConcurrentRequests?: number;
  /** Off only for benchmarks that measure raw concurrency against a server without limits. */
  pacing?: boolean;
  /** Benchmark only: every rate window this many times shorter, to match a fake whose windows are scaled the same. */
  rateTimeScale?: number;
  /** Warnings for the output channel (a token lifetime the client had to correct). */
  log?: (line: string) => void;
}

export interface FeishuClient {
  readonly http: HttpClient;
  readonly tokens: TenantTokenSource;
  readonly hire: HireApi;
  readonly limiter: ConcurrencyLimit;
}

export function createFeishuClient(options: FeishuClientOptions): FeishuClient {
  const limiter = new ConcurrencyLimit(options.maxConcurrentRequests ?? 4);
  const scale = options.rateTimeScale ?? 1;
  const pacer = options.pacing === false ? undefined : new RatePacer(path => documentedRate(path, scale));
  const http = new HttpClient({ ...options, limiter, pacer });
  const tokens = new TenantTokenSource(http, options.credentials, options.now, options.log);
  return { http, tokens, hire: new HireApi(http, tokens), limiter };
}
