// The one error type of the Feishu client. Decisions are made on `code`, never on the HTTP status.
import { logSafe } from './logText';
import type { Translate } from './translate';
import { pagingDetail, type PagingReason } from './pagingReason';

export type FeishuErrorKind =
  | 'api' // the service answered with a non-zero code
  | 'http' // a non-JSON reply or a status without a Feishu body (proxy, HTML error page)
  | 'network' // connection refused / reset, DNS failure
  | 'timeout' // our own per-request timeout fired
  | 'cancelled' // the caller's AbortSignal fired
  | 'badResponse' // the reply's shape is not what the contract says
  | 'paging' // the service broke the paging rules (repeated or empty token with has_more)
  | 'config'; // bad input on our side: base URL, credentials, IDs

export const Codes = {
  appIdInvalid: 10003,
  appSecretInvalid: 10014,
  credentialsIncorrect: 99991543,
  appNotInstalled: 99991662,
  appUnavailable: 99991673,
  tokenMissing: 99991661,
  tokenInvalid: 99991663,
  tokenMalformed: 99991671,
  scopeMissing: 99991672,
  rateLimited: 99991400,
  /** Free editions' monthly call quota is used up: not a rate limit, so never retried (contract §8). */
  monthlyQuotaExceeded: 99991403,
  paramInvalid: 180001,
  hireParamError: 1002002,
  fieldValidation: 99992402,
  applicationNotFound: 1002201,
  jobNotFound: 1002207,
  talentNotFound: 1002208,
  wrongDomain: 1000040351,
  hireSystemError: 1002001,
} as const;

export interface FeishuErrorInit {
  kind: FeishuErrorKind;
  endpoint?: string;
  httpStatus?: number;
  code?: number;
  msg?: string;
  logId?: string;
  missingScopes?: string[];
  fieldViolations?: { field: string; description?: string; }[];
  /** Seconds from `x-ogw-ratelimit-reset`, when the service sent it. */
  retryAfterSeconds?: number;
  troubleshooter?: string;
  cause?: unknown;
  detail?: string;
  /** A `paging` error where the walk reached its own page or byte budget: a chain longer than it reads, not a broken one. */
  walkLimit?: boolean;
  /** A `paging` error's reason, worded in the user's language in their message (`detail` is the log's English). */
  pagingReason?: PagingReason;
}

/** Marks every FeishuError: `instanceof` then holds for one made by this class's copy in another bundle (dist/builders.js, dist/features.js). */
const FEISHU_ERROR: unique symbol = Symbol.for('feishuHire.FeishuError');

export class FeishuError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [FEISHU_ERROR]?: unknown; })[FEISHU_ERROR] === true;
  }

  readonly kind: FeishuErrorKind;
  readonly endpoint?: string;
  readonly httpStatus?: number;
  readonly code?: number;
  readonly msg?: string;
  readonly logId?: string;
  readonly missingScopes: string[];
  readonly fieldViolations: { field: string; description?: string; }[];
  readonly retryAfterSeconds?: number;
  readonly troubleshooter?: string;
  readonly detail?: string;
  readonly walkLimit: boolean;
  readonly pagingReason?: PagingReason;

  constructor(init: FeishuErrorInit) {
    super(technicalMessage(init), init.cause === undefined ? undefined : { cause: init.cause });
    Object.defineProperty(this, FEISHU_ERROR, { value: true });
    this.name = 'FeishuError';
    this.kind = init.kind;
    this.endpoint = init.endpoint;
    this.httpStatus = init.httpStatus;
    this.code = init.code;
    this.msg = init.msg;
    this.logId = init.logId;
    this.missingScopes = init.missingScopes ?? [];
    this.fieldViolations = init.fieldViolations ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.troubleshooter = init.troubleshooter;
    this.detail = init.detail;
    this.walkLimit = init.walkLimit ?? false;
    this.pagingReason = init.pagingReason;
  }

  /** The token was rejected: drop it, fetch a new one once, replay once. */
  get isTokenRejected(): boolean {
    return this.code === Codes.tokenInvalid || this.code === Codes.tokenMalformed;
  }

  /** The app ID / secret themselves are wrong: asking the user is the only fix. */
  get isCredentialProblem(): boolean {
    return this.code === Codes.appIdInvalid || this.code === Codes.appSecretInvalid
      || this.code === Codes.credentialsIncorrect || this.code === Codes.appNotInstalled
      || this.code === Codes.appUnavailable || this.code === Codes.tokenMissing;
  }

  get isNotFound(): boolean {
    return this.code === Codes.applicationNotFound || this.code === Codes.jobNotFound || this.code === Codes.talentNotFound;
  }

  /** 99991400, or a bare 429 from a gateway that sent no Feishu body. */
  get isRateLimited(): boolean {
    return this.code === Codes.rateLimited || (this.kind === 'http' && this.httpStatus === 429);
  }

  /** Worth another try on a GET: server trouble or the network, never a client mistake. */
  get isTransient(): boolean {
    if (this.kind === 'network') { return true; }
    if (this.code === Codes.hireSystemError) { return true; }
    return (this.kind === 'http' || this.kind === 'api') && this.code === undefined && this.httpStatus !== undefined && this.httpStatus >= 500;
  }
}

function technicalMessage(init: FeishuErrorInit): string {
  const parts: string[] = [];
  if (init.code !== undefined) { parts.push(`Feishu ${init.code}`); }
  if (init.msg) { parts.push(init.msg); }
  if (init.detail) { parts.push(init.detail); }
  if (parts.length === 0) { parts.push(init.kind); }
  if (init.endpoint) { parts.push(`(${init.endpoint})`); }
  if (init.logId) { parts.push(`log id ${init.logId}`); }
  // This text goes to the log, and `msg`, the detail and the log id may be the server's.
  return logSafe(parts.join(' · '));
}

/** What the user reads: one sentence per code of the contract's table, with the log id to quote to support. */
export function humanMessage(e: unknown, t: Translate): string {
  if (!(e instanceof FeishuError)) {
    return t('Unexpected error: {0}', e instanceof Error ? e.message : String(e));
  }
  const main = describe(e, t);
  return e.logId ? t('{0} (log id {1})', main, e.logId) : main;
}

function describe(e: FeishuError, t: Translate): string {
  // A 99991400 and a gateway's bare 429 alike: the wait the service named, when it named one.
  if (e.isRateLimited && e.retryAfterSeconds !== undefined && Number.isFinite(e.retryAfterSeconds) && e.retryAfterSeconds > 0) {
    return t('Rate limited by Feishu for {0} s: try again after that.', Math.ceil(e.retryAfterSeconds));
  }
  switch (e.code) {
    case Codes.appIdInvalid:
      return t('Feishu {0}: the app ID is not known. Check it in the developer console and set your credentials again.', e.code);
    case Codes.appSecretInvalid:
      return t('Feishu {0}: the app secret is not valid (it may have been reset). Set your credentials again.', e.code);
    case Codes.credentialsIncorrect:
      return t('Feishu {0}: the app ID or app secret is incorrect. Set your credentials again.', e.code);
    case Codes.appNotInstalled:
      return t('Feishu {0}: the app is not installed or is disabled in this tenant. Ask your admin to enable it.', e.code);
    case Codes.appUnavailable:
      return t('Feishu {0}: the app is unavailable. Check its status in the developer console.', e.code);
    case Codes.tokenMissing:
    case Codes.tokenMalformed:
      return t('Feishu {0}: no valid access token was sent. Set your credentials.', e.code);
    case Codes.tokenInvalid:
      return t('Feishu {0}: the access token was rejected even after renewing it. Set your credentials again.', e.code);
    case Codes.scopeMissing:
      return e.missingScopes.length > 0
        ? t('Feishu {0}: the app lacks the permission {1}. Enable it in the developer console and publish a new version.', e.code, e.missingScopes.join(', '))
        : t('Feishu {0}: the app lacks a permission this request needs. Check its scopes in the developer console.', e.code);
    case Codes.rateLimited:
      return t('Feishu {0}: rate limited by the service. Try again in a moment.', e.code);
    case Codes.monthlyQuotaExceeded:
      return t(
        'Feishu {0}: the tenant has used up its monthly API call quota. Requests fail until the quota resets next month or your admin upgrades the plan.',
        e.code,
      );
    case Codes.paramInvalid:
    case Codes.hireParamError:
    case Codes.fieldValidation: {
      const fields = e.fieldViolations.map(f => f.description ? `${f.field} (${f.description})` : f.field).join(', ');
      return fields ? t('Feishu {0}: invalid parameter {1}.', e.code, fields) : t('Feishu {0}: invalid parameter ({1}).', e.code, e.msg ?? e.endpoint ?? '');
    }
    case Codes.applicationNotFound:
      return t('Feishu {0}: no such application.', e.code);
    case Codes.jobNotFound:
      return t('Feishu {0}: no such job.', e.code);
    case Codes.talentNotFound:
      return t('Feishu {0}: no such candidate.', e.code);
    case Codes.wrongDomain:
      return t(
        'Feishu {0}: wrong domain. A Lark app must use open.larksuite.com and a Feishu app open.feishu.cn: switch the domain in Set Credentials.',
        e.code,
      );
    case Codes.hireSystemError:
      return t('Feishu {0}: Hire had a system error. Try again later.', e.code);
    case undefined:
      break;
    default:
      return t('Feishu {0}: {1}', e.code, e.msg ?? '');
  }
  switch (e.kind) {
    case 'network':
      return t('Cannot reach {0}: {1}. Check your network, proxy and the base URL.', e.endpoint ?? '', e.detail ?? '');
    case 'timeout':
      return t('The request to {0} timed out. Try again, or raise feishuHire.requestTimeoutMs.', e.endpoint ?? '');
    case 'cancelled':
      return t('The request was cancelled.');
    case 'http':
      return t('Unexpected HTTP {0} reply from {1}: {2}', e.httpStatus ?? '?', e.endpoint ?? '', e.detail ?? '');
    case 'badResponse':
      return t('Unexpected reply from {0}: {1}', e.endpoint ?? '', e.detail ?? '');
    case 'paging': {
      const detail = e.pagingReason ? pagingDetail(e.pagingReason, t) : e.detail ?? '';
      return e.walkLimit
        ? t('Stopped reading {0}: {1}. Showing what was loaded.', e.endpoint ?? '', detail)
        : t('The service broke the paging rules on {0}: {1}. Showing what was loaded.', e.endpoint ?? '', detail);
    }
    case 'config':
      return e.detail ?? e.message;
    case 'api':
      return e.message;
  }
}
