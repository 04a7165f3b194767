// Every quirk and fault the fake can show, off by default. Tests flip them live with `fake.set({...})`.

export type Route = 'token' | 'interviews' | 'applications' | 'application' | 'talent' | 'job' | 'successorInterviews' | 'notFound';

export type FaultKind =
  | 'http500'          // HTTP 500 with a plain-text body, no Feishu envelope
  | 'hireSystemError'  // HTTP 500, code 1002001
  | 'reset'            // the socket is destroyed before any reply
  | 'hang'             // never answers (until the server closes)
  | 'malformedJson'    // HTTP 200, a truncated JSON body
  | 'htmlPage'         // HTTP 502, a proxy's HTML error page
  | 'wrongTypes'       // HTTP 200, code 0, fields of the wrong types
  | 'code';            // any code/status given in the fault

export interface Fault {
  route?: Route;
  count: number;
  kind: FaultKind;
  code?: number;
  status?: number;
  msg?: string;
}

export interface FakeSwitches {
  /** Seed-endpoint paging quirks (contract section 6). */
  tokenWithHasMoreFalse: boolean;
  emptyPageWithHasMore: boolean;
  repeatedToken: boolean;
  emptyTokenWithHasMore: boolean;
  itemsNull: boolean;
  itemsAbsent: boolean;
  /** Unknown fields on data, items and records. */
  extraFields: boolean;
  /** 19-digit IDs as bare JSON numbers. */
  numericIds: boolean;
  /** Every business call answers 1000040351, as a Lark app on the Feishu host would. */
  wrongDomain: boolean;
  /** Scopes the app has not been granted, e.g. 'hire:interview:readonly'. */
  disabledScopes: string[];
  /** The successor GET /hire/v1/interviews exists on this deployment. */
  successorAvailable: boolean;
  /** Faults served to the next matching requests, consumed in order. */
  failNext: Fault[];
  /** HTTP status of 99991661/99991663/99991671 replies (reports differ: 400, 401, 200). */
  authErrorStatus: number;
  /** HTTP status of 10003/10014 replies. */
  credentialErrorStatus: number;
  /** Per-endpoint limits as documented; off only for load tests that want raw speed. */
  rateLimit: boolean;
  /** The next N business requests are rate limited regardless of the window. */
  forceRateLimit: number;
  /** `x-ogw-ratelimit-reset` as whole seconds, fractional seconds, or missing. */
  rateLimitReset: 'whole' | 'fractional' | 'missing';
  /** 429 (current APIs) or 400 (old APIs) on a rate limit. */
  rateLimitStatus: 429 | 400;
  latencyMs: number;
}

export function defaultSwitches(): FakeSwitches {
  return {
    tokenWithHasMoreFalse: false,
    emptyPageWithHasMore: false,
    repeatedToken: false,
    emptyTokenWithHasMore: false,
    itemsNull: false,
    itemsAbsent: false,
    extraFields: false,
    numericIds: false,
    wrongDomain: false,
    disabledScopes: [],
    successorAvailable: true,
    failNext: [],
    authErrorStatus: 400,
    credentialErrorStatus: 200,
    rateLimit: true,
    forceRateLimit: 0,
    rateLimitReset: 'whole',
    rateLimitStatus: 429,
    latencyMs: 0,
  };
}
