// Every quirk and fault the fake can show. All default to the well-behaved service; they are read
// on each request, so flipping one on a running server takes effect at once.

/** Route names, as counted in FakeStats. */
export type FakeRoute =
  | 'token'
  | 'interviews'
  | 'applications'
  | 'application'
  | 'talent'
  | 'job'
  | 'successorInterviews'
  | 'notFound'
  | 'interviewRecordV2'
  | 'interviewRecordsV2'
  | 'jobLevel'
  | 'jobLevels'
  | 'oauthAuthorize'
  | 'oauthConsent'
  | 'oauthToken'
  | 'userInfo'
  | 'todos'
  | 'talents'
  | 'talentIds'
  | 'jobs';

export type FailKind =
  | 'http500' // HTTP 500 (or `status`) with a plain-text body: no Feishu envelope
  | 'hireSystemError' // HTTP 500 with {code: 1002001, msg: "system error"}
  | 'reset' // the socket is destroyed without a reply
  | 'hang' // no reply at all until the server closes
  | 'malformedJson' // HTTP 200, JSON cut off mid-document
  | 'htmlPage' // HTTP 502 (or `status`) nginx-style HTML page
  | 'wrongTypes' // the real reply with every value inside `data` of the wrong JSON type
  | 'rateLimit' // 99991400 as when over the limit (status and reset header per the switches)
  | 'code'; // {code, msg} with HTTP `status` (default 400)

export interface FailNext {
  /** Only requests of this route; any route (the token endpoint too) when absent. */
  route?: FakeRoute;
  /** Only requests whose path contains this (an application ID, say), so other callers' requests leave it alone. */
  pathIncludes?: string;
  /** How many matching requests fail; counts down to 0. */
  count: number;
  kind: FailKind;
  /** For kind 'code'. */
  code?: number;
  /** HTTP status override for 'http500', 'htmlPage', 'code'. */
  status?: number;
}

export interface FakeSwitches {
  /** Last page: has_more false but a non-empty page_token (following it gives an empty page, another token). */
  tokenWithHasMoreFalse: boolean;
  /** Last page: page_token "" instead of leaving it out. */
  emptyTokenOnLastPage: boolean;
  /** Every page asked for with a token is preceded by an empty page with has_more true. */
  emptyPageWithHasMore: boolean;
  /** A page asked for with a token says has_more true and hands the same token back: a naive walker loops forever. */
  repeatedToken: boolean;
  /** Whenever more pages exist, page_token is "" (has_more stays true): the rest cannot be reached. */
  emptyTokenWithHasMore: boolean;
  /** Empty pages send `items: null`. */
  itemsNull: boolean;
  /** Empty pages leave `items` out. */
  itemsAbsent: boolean;
  /** Unknown fields in every object of every reply (and at the envelope's top level). */
  extraFields: boolean;
  /** Every string of 16+ digits (the IDs) is written as a bare JSON number. */
  numericIds: boolean;
  /** Every business call answers 1000040351 "Incorrect domain name" (a Lark app on the Feishu host). */
  wrongDomain: boolean;
  /** Scopes the app has not been granted, e.g. 'hire:interview:readonly' or 'contact:user.employee_id:readonly'. */
  disabledScopes: string[];
  /** The successor GET /hire/v1/interviews: 'on', 'noScope' (99991672) or 'notFound' (plain 404, as for any unknown path). */
  successor: 'on' | 'noScope' | 'notFound';
  /** The v2 interview records: 'on', or 'notFound' (the gateway's plain 404, as for a tenant whose edition lacks them). */
  v2Records: 'on' | 'notFound';
  /** Faults for the next requests, consumed in order. */
  failNext: FailNext[];
  /** HTTP status of 99991661/99991663/99991668/99991671 (reports show 400, 401 and 200). */
  authErrorStatus: number;
  /** HTTP status of 10003/10014 from the token endpoint (200 as observed). */
  credentialErrorStatus: number;
  /** Enforce the per-endpoint × app limits (sliding one-second windows, and one-minute ones where documented). */
  rateLimit: boolean;
  /** Every rate window this many times shorter (1 = as documented): lets a benchmark meet the per-minute window in seconds. */
  rateWindowScale: number;
  /** 429, or 400 as some older APIs answer. */
  rateLimitStatus: number;
  /** x-ogw-ratelimit-reset: whole seconds rounded up, the exact fraction, or no header. */
  rateLimitReset: 'whole' | 'fractional' | 'missing';
  /** The next N business requests (any route) are rate limited whatever the window says; counts down. */
  forceRateLimit: number;
  /** Response time of every reply, measured from the request's arrival (the fake's own work included). */
  latencyMs: number;
  /**
   * A large company's last 14 days on top of the sample (companyScale.ts): 1,500 more applications, 2,000 interviews
   * around now, 400 interviewers. Off by default: the sample tenant stays small.
   */
  companyScale: boolean;
}

/** Older names of the same types. */
export type Fault = FailNext;
export type Route = FakeRoute;

export function defaultSwitches(): FakeSwitches {
  return {
    tokenWithHasMoreFalse: false,
    emptyTokenOnLastPage: false,
    emptyPageWithHasMore: false,
    repeatedToken: false,
    emptyTokenWithHasMore: false,
    itemsNull: false,
    itemsAbsent: false,
    extraFields: false,
    numericIds: false,
    wrongDomain: false,
    disabledScopes: [],
    successor: 'on',
    v2Records: 'on',
    failNext: [],
    authErrorStatus: 400,
    credentialErrorStatus: 200,
    rateLimit: true,
    rateWindowScale: 1,
    rateLimitStatus: 429,
    rateLimitReset: 'whole',
    forceRateLimit: 0,
    latencyMs: 0,
    companyScale: false,
  };
}

/** The boolean switches, by name (the CLI's --quirk). */
export const QUIRKS = [
  'tokenWithHasMoreFalse',
  'emptyTokenOnLastPage',
  'emptyPageWithHasMore',
  'repeatedToken',
  'emptyTokenWithHasMore',
  'itemsNull',
  'itemsAbsent',
  'extraFields',
  'numericIds',
  'wrongDomain',
] as const satisfies readonly (keyof FakeSwitches)[];

/** Takes the first fault that applies to `route` and `path`, counting it down. */
export function takeFault(switches: FakeSwitches, route: FakeRoute, path: string): FailNext | undefined {
  const fault = switches.failNext.find(f =>
    f.count > 0 && (f.route === undefined || f.route === route) && (f.pathIncludes === undefined || path.includes(f.pathIncludes))
  );
  if (!fault) { return undefined; }
  fault.count--;
  switches.failNext = switches.failNext.filter(f => f.count > 0);
  return fault;
}
