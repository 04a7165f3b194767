// The Hire endpoints the extension reads. Every call carries the tenant token and survives one token rejection.
import { FeishuError } from './errors';
import type { HttpClient, HttpReply, RequestOptions } from './httpClient';
import { parseJobLevel, type JobLevel } from './jobLevel';
import { parseInterviewRecordV2, type InterviewRecordV2 } from './scorecard';
import type { TenantTokenSource } from './tenantToken';
import {
  contactBody,
  JOB_PAGE_SIZE,
  MAX_TALENT_PAGE_SIZE,
  parseTalentHit,
  parseTalentIds,
  SORT_BY_RELEVANCE,
  type ContactQuery,
  type TalentHit,
} from './talentSearch';
import type { Application, Job, JsonValue, ListApplicationsFilter, Page, PageRequest, Talent, UserIdType } from './types';
import { dataOf, parseApplication, parseApplicationId, parseDetail, parseInterview, parseJob, parsePage, parseTalent, type ParsedInterview } from './validate';

type RequestQuery = NonNullable<RequestOptions['query']>;

/** The seed endpoint's hard cap. */
export const MAX_INTERVIEW_PAGE_SIZE = 50;
const MAX_APPLICATION_PAGE_SIZE = 100;
export const MAX_SUCCESSOR_PAGE_SIZE = 100;

export interface InterviewPageRequest extends PageRequest {
  userIdType?: UserIdType;
}

/** Epoch milliseconds, both inclusive. */
export interface TimeWindow {
  startMs: number;
  endMs: number;
}
/** Records name levels by contact IDs only when asked: the default people-admin IDs have no name lookup. */
const JOB_LEVEL_ID_TYPE = 'job_level_id';
/** Records per v2 request by `ids` (an SDK's check; the service's cap is not published). */
export const MAX_V2_RECORD_IDS = 100;
export const MAX_JOB_LEVEL_PAGE_SIZE = 50;

/** Application IDs are decimal digit strings; anything else never reaches the service. */
export function checkApplicationId(input: string): string {
  const id = input.trim();
  if (!/^\d{1,32}$/.test(id)) {
    throw new FeishuError({
      kind: 'config',
      detail: `"${input.trim().slice(0, 40)}" is not an application ID: it should be digits only, such as 6949805467799537964.`,
    });
  }
  return id;
}

function checkPageSize(pageSize: number | undefined, max: number, fallback: number): number {
  const size = pageSize ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw new FeishuError({ kind: 'config', detail: `page size ${size} is out of range: use a whole number from 1 to ${max}.` });
  }
  return size;
}

export class HireApi {
  constructor(private readonly http: HttpClient, private readonly tokens: TenantTokenSource) {}

  get baseUrl(): string {
    return this.http.baseUrl;
  }

  /** `GET /open-apis/hire/v1/applications/{id}/interviews`: the endpoint the product is built around. */
  async listInterviews(applicationId: string, request: InterviewPageRequest = {}): Promise<Page<ParsedInterview>> {
    const id = checkApplicationId(applicationId);
    const endpoint = `/open-apis/hire/v1/applications/${id}/interviews`;
    const { body, bytes } = await this.get(endpoint, {
      query: {
        page_size: checkPageSize(request.pageSize, MAX_INTERVIEW_PAGE_SIZE, 20),
        page_token: request.pageToken,
        user_id_type: request.userIdType,
        job_level_id_type: JOB_LEVEL_ID_TYPE,
      },
      signal: request.signal,
    });
    return { ...parsePage(body, endpoint, parseInterview), bytes };
  }

  /** The successor `GET /open-apis/hire/v1/interviews?application_id=`: the same interviews plus stage and interviewer names. */
  async listInterviewsWithNames(applicationId: string, request: InterviewPageRequest = {}): Promise<Page<ParsedInterview>> {
    return this.listSuccessor({ application_id: checkApplicationId(applicationId) }, request, 50);
  }

  /**
   * The successor with `start_time` / `end_time`: every interview that STARTS within the window, both bounds
   * inclusive (ms, sent as strings), any application. Up to 100 a page.
   */
  async listInterviewsInWindow(window: TimeWindow, request: InterviewPageRequest = {}): Promise<Page<ParsedInterview>> {
    const { startMs, endMs } = window;
    for (const [name, ms] of [['start', startMs], ['end', endMs]] as const) {
      if (!Number.isSafeInteger(ms) || ms <= 0) {
        throw new FeishuError({ kind: 'config', detail: `the window's ${name} ${ms} is not a time in milliseconds after 1970.` });
      }
    }
    if (startMs > endMs) { throw new FeishuError({ kind: 'config', detail: `the window starts (${startMs}) after it ends (${endMs}).` }); }
    return this.listSuccessor({ start_time: String(startMs), end_time: String(endMs) }, request, MAX_SUCCESSOR_PAGE_SIZE);
  }

  /** One interview by its ID (the successor's `interview_id` filter); undefined when the tenant has none by that ID. */
  async findInterview(interviewId: string, request: InterviewPageRequest = {}): Promise<ParsedInterview | undefined> {
    if (!/^\d{1,32}$/.test(interviewId)) { throw new FeishuError({ kind: 'config', detail: `"${interviewId.slice(0, 40)}" is not an interview ID.` }); }
    return (await this.listSuccessor({ interview_id: interviewId }, request, 10)).items[0];
  }

  private listSuccessor(filter: Record<string, string>, request: InterviewPageRequest, defaultPageSize: number): Promise<Page<ParsedInterview>> {
    const size = { max: MAX_SUCCESSOR_PAGE_SIZE, fallback: defaultPageSize };
    return this.listPage('/open-apis/hire/v1/interviews', size, parseInterview, request, { ...filter, user_id_type: request.userIdType });
  }

  /** Application IDs only; details come from `getApplication`. */
  listApplications(filter: ListApplicationsFilter = {}, request: PageRequest = {}): Promise<Page<string>> {
    return this.listPage('/open-apis/hire/v1/applications', { max: MAX_APPLICATION_PAGE_SIZE, fallback: 50 }, parseApplicationId, request, {
      active_status: filter.activeStatus,
      job_id: filter.jobId,
      talent_id: filter.talentId,
    });
  }

  /** `GET /open-apis/hire/v1/talents?keyword=`: fuzzy, by relevance; an empty result is an empty page, not an error. */
  searchTalents(keyword: string, request: PageRequest = {}): Promise<Page<TalentHit>> {
    const query = { keyword, sort_by: SORT_BY_RELEVANCE, query_option: 'ignore_empty_error' };
    return this.listPage('/open-apis/hire/v1/talents', { max: MAX_TALENT_PAGE_SIZE }, parseTalentHit, request, query);
  }

  /** `POST /open-apis/hire/v1/talents/batch_get_id`: the talents with exactly this phone number or e-mail. */
  async talentIdsByContact(query: ContactQuery, signal?: AbortSignal): Promise<string[]> {
    const endpoint = '/open-apis/hire/v1/talents/batch_get_id';
    const { body } = await this.get(endpoint, { method: 'POST', json: contactBody(query), signal });
    return parseTalentIds(dataOf(body, endpoint), 'data');
  }

  /** `GET /open-apis/hire/v1/jobs`: the tenant's jobs, one page. */
  listJobs(request: PageRequest = {}): Promise<Page<Job>> {
    return this.listPage('/open-apis/hire/v1/jobs', { max: JOB_PAGE_SIZE }, parseJob, request);
  }

  async getApplication(applicationId: string, signal?: AbortSignal): Promise<Application> {
    const endpoint = `/open-apis/hire/v1/applications/${checkApplicationId(applicationId)}`;
    const { body } = await this.get(endpoint, { signal });
    return parseDetail(body, endpoint, 'application', parseApplication);
  }

  async getTalent(talentId: string, signal?: AbortSignal): Promise<Talent> {
    const endpoint = `/open-apis/hire/v1/talents/${encodeURIComponent(talentId)}`;
    const { body } = await this.get(endpoint, { signal });
    return parseDetail(body, endpoint, 'talent', parseTalent);
  }

  async getJob(jobId: string, signal?: AbortSignal): Promise<Job> {
    const endpoint = `/open-apis/hire/v1/jobs/${encodeURIComponent(jobId)}`;
    const { body } = await this.get(endpoint, { signal });
    return parseDetail(body, endpoint, 'job', parseJob);
  }

  /** `GET /open-apis/hire/v2/interview_records?ids=…`: whole scorecards, every interviewer of an interview in one request. */
  async listInterviewRecordsV2(
    recordIds: readonly string[],
    options: { userIdType?: UserIdType; signal?: AbortSignal; } = {},
  ): Promise<Page<InterviewRecordV2>> {
    const endpoint = '/open-apis/hire/v2/interview_records';
    if (recordIds.length === 0) { return { items: [], invalid: [], hasMore: false }; }
    if (recordIds.length > MAX_V2_RECORD_IDS || recordIds.some(id => !/^\d{1,32}$/.test(id))) {
      throw new FeishuError({ kind: 'config', endpoint, detail: `ask for 1 to ${MAX_V2_RECORD_IDS} record IDs of digits only.` });
    }
    const { body, bytes } = await this.get(endpoint, { query: { ids: recordIds, user_id_type: options.userIdType }, signal: options.signal });
    return { ...parsePage(body, endpoint, parseInterviewRecordV2), bytes };
  }

  /** `GET /open-apis/hire/v2/interview_records/{id}`: one record's whole scorecard. */
  async getInterviewRecordV2(recordId: string, options: { userIdType?: UserIdType; signal?: AbortSignal; } = {}): Promise<InterviewRecordV2> {
    const endpoint = `/open-apis/hire/v2/interview_records/${encodeURIComponent(recordId)}`;
    const { body } = await this.get(endpoint, { query: { user_id_type: options.userIdType }, signal: options.signal });
    return parseDetail(body, endpoint, 'interview_record', parseInterviewRecordV2);
  }

  /** `GET /open-apis/contact/v3/job_levels`: the tenant's job levels with their names. */
  listJobLevels(request: PageRequest = {}): Promise<Page<JobLevel>> {
    return this.listPage('/open-apis/contact/v3/job_levels', { max: MAX_JOB_LEVEL_PAGE_SIZE }, parseJobLevel, request);
  }

  /** One GET page, parsed: the endpoint's own query first, then the checked page size (the max unless told) and token. */
  private async listPage<T>(
    endpoint: string,
    size: { max: number; fallback?: number; },
    parse: (item: JsonValue, path: string) => T,
    request: PageRequest,
    query: RequestQuery = {},
  ): Promise<Page<T>> {
    const { body, bytes } = await this.get(endpoint, {
      query: { ...query, page_size: checkPageSize(request.pageSize, size.max, size.fallback ?? size.max), page_token: request.pageToken },
      signal: request.signal,
    });
    return { ...parsePage(body, endpoint, parse), bytes };
  }

  /** On 99991663 / 99991671: drop the token, fetch a new one once, replay once (a POST too: the token check comes first). */
  private async get(path: string, options: RequestOptions): Promise<HttpReply> {
    const token = await this.tokens.get(options.signal);
    try {
      return await this.http.request(path, { ...options, headers: { Authorization: `Bearer ${token}` } });
    } catch (e) {
      if (!(e instanceof FeishuError) || !e.isTokenRejected) { throw e; }
      this.tokens.invalidate(token);
      const renewed = await this.tokens.get(options.signal);
      return this.http.request(path, { ...options, headers: { Authorization: `Bearer ${renewed}` } });
    }
  }
}
