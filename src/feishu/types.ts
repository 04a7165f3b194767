// Validated views of the Hire replies we read. IDs are strings (19 digits, above 2^53).
// Each entity keeps `raw`, exactly what the API sent (unknown fields too), for Copy as JSON.

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue; };
export type JsonObject = { [key: string]: JsonValue; };

export type UserIdType = 'open_id' | 'union_id' | 'user_id';
export const USER_ID_TYPES: readonly UserIdType[] = ['open_id', 'union_id', 'user_id'];

export interface I18nText {
  zh_cn?: string;
  en_us?: string;
}

export interface InterviewScore {
  id: string;
  level?: number;
  zh_name?: string;
  zh_description?: string;
  en_name?: string;
  en_description?: string;
}

export interface InterviewRecord {
  raw: JsonObject;
  id: string;
  user_id?: string;
  content?: string;
  min_job_level_id?: string;
  max_job_level_id?: string;
  /**
   * 1 submitted, 2 not submitted; `conclusion` 1 pass, 2 fail, 3 not started, 4 not submitted, 5 no-show, 6 pending.
   * Absent or out of range on some replies: shown as unknown, never a crash.
   */
  commit_status?: number;
  conclusion?: number;
  interview_score?: InterviewScore;
  /** Successor endpoint only. */
  interviewer?: { id?: string; name?: I18nText; };
}

export interface Interview {
  raw: JsonObject;
  id: string;
  begin_time?: number;
  end_time?: number;
  round?: number;
  stage_id?: string;
  interview_record_list: InterviewRecord[];
  /** Successor endpoint only. */
  application_id?: string;
  stage?: { id?: string; name?: I18nText; };
  /** Successor endpoint only: a field of the interview, not of its records (contract §9). */
  feedback_submit_time?: number;
}

export interface ApplicationStage {
  id?: string;
  zh_name?: string;
  en_name?: string;
  type?: number;
}

export interface Application {
  raw: JsonObject;
  id: string;
  job_id?: string;
  talent_id?: string;
  stage?: ApplicationStage;
  active_status?: number;
  create_time?: string;
  modify_time?: string;
}

export interface Job {
  id: string;
  title?: string;
  raw: JsonObject;
}
export interface Talent {
  id: string;
  name?: string;
  raw: JsonObject;
}

export interface Page<T> {
  items: T[];
  /** Only meaningful when hasMore is true; already checked by the client. */
  pageToken?: string;
  hasMore: boolean;
  /** Items the validator rejected, with the reason; the rest of the page still shows. */
  invalid: InvalidItem[];
  /** The reply's decoded size, when it came from the service: walks count it against their byte budget. */
  bytes?: number;
}

export interface InvalidItem {
  index: number;
  reason: string;
  raw: JsonValue;
}

export interface PageRequest {
  pageToken?: string;
  pageSize?: number;
  signal?: AbortSignal;
}

export interface ListApplicationsFilter {
  activeStatus?: '1' | '2' | '3';
  jobId?: string;
  /** One candidate's applications (Find Candidate). */
  talentId?: string;
}
