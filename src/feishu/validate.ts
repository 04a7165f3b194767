// Runtime checks of the replies: a bad shape becomes an error naming the field and the endpoint,
// and one malformed item becomes an invalid item instead of blanking its page.
import { FeishuError } from './errors';
import type {
  Application,
  ApplicationStage,
  I18nText,
  InvalidItem,
  Interview,
  InterviewRecord,
  InterviewScore,
  Job,
  JsonObject,
  JsonValue,
  Page,
  Talent,
} from './types';

export class ShapeError extends Error {
  constructor(readonly path: string, expected: string, got: JsonValue | undefined) {
    super(`${path}: expected ${expected}, got ${describeValue(got)}`);
    this.name = 'ShapeError';
  }
}

function describeValue(v: JsonValue | undefined): string {
  if (v === undefined) { return 'nothing'; }
  if (v === null) { return 'null'; }
  if (Array.isArray(v)) { return 'an array'; }
  if (typeof v === 'object') { return 'an object'; }
  const text = JSON.stringify(v);
  return `${typeof v} ${text.length > 40 ? text.slice(0, 37) + '…' : text}`;
}

function isObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function object(v: JsonValue | undefined, path: string): JsonObject {
  if (!isObject(v)) { throw new ShapeError(path, 'an object', v); }
  return v;
}

export function optObject(o: JsonObject, key: string, path: string): JsonObject | undefined {
  const v = o[key];
  return v === undefined || v === null ? undefined : object(v, `${path}.${key}`);
}

/** IDs are strings; a bare number is accepted only when it is exact (the parser keeps unsafe ones as strings). */
export function optId(o: JsonObject, key: string, path: string): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) { return undefined; }
  if (typeof v === 'string') { return v; }
  if (typeof v === 'number' && Number.isSafeInteger(v)) { return String(v); }
  throw new ShapeError(`${path}.${key}`, 'an ID string', v);
}

export function reqId(o: JsonObject, key: string, path: string): string {
  const id = optId(o, key, path);
  if (id === undefined || id === '') { throw new ShapeError(`${path}.${key}`, 'an ID string', o[key]); }
  return id;
}

export function optString(o: JsonObject, key: string, path: string): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) { return undefined; }
  if (typeof v !== 'string') { throw new ShapeError(`${path}.${key}`, 'a string', v); }
  return v;
}

/** Integers; times also arrive as digit strings on some endpoints. */
export function optInt(o: JsonObject, key: string, path: string): number | undefined {
  const v = o[key];
  if (v === undefined || v === null) { return undefined; }
  if (typeof v === 'number' && Number.isInteger(v)) { return v; }
  if (typeof v === 'string' && /^-?\d{1,15}$/.test(v)) { return Number(v); }
  throw new ShapeError(`${path}.${key}`, 'an integer', v);
}

export function optArray(o: JsonObject, key: string, path: string): JsonValue[] {
  const v = o[key];
  if (v === undefined || v === null) { return []; }
  if (!Array.isArray(v)) { throw new ShapeError(`${path}.${key}`, 'an array', v); }
  return v;
}

export function optI18n(o: JsonObject, key: string, path: string): I18nText | undefined {
  const v = optObject(o, key, path);
  if (!v) { return undefined; }
  const p = `${path}.${key}`;
  return { zh_cn: optString(v, 'zh_cn', p), en_us: optString(v, 'en_us', p) };
}

function optNamed(o: JsonObject, key: string, path: string): { id?: string; name?: I18nText; } | undefined {
  const v = optObject(o, key, path);
  if (!v) { return undefined; }
  const p = `${path}.${key}`;
  return { id: optId(v, 'id', p), name: optI18n(v, 'name', p) };
}

function score(v: JsonObject, path: string): InterviewScore {
  return {
    id: optId(v, 'id', path) ?? '',
    level: optInt(v, 'level', path),
    zh_name: optString(v, 'zh_name', path),
    zh_description: optString(v, 'zh_description', path),
    en_name: optString(v, 'en_name', path),
    en_description: optString(v, 'en_description', path),
  };
}

function parseRecord(value: JsonValue, path: string): InterviewRecord {
  const o = object(value, path);
  const scoreObject = optObject(o, 'interview_score', path);
  return {
    raw: o,
    id: reqId(o, 'id', path),
    user_id: optId(o, 'user_id', path),
    content: optString(o, 'content', path),
    min_job_level_id: optId(o, 'min_job_level_id', path),
    max_job_level_id: optId(o, 'max_job_level_id', path),
    commit_status: optInt(o, 'commit_status', path),
    conclusion: optInt(o, 'conclusion', path),
    interview_score: scoreObject ? score(scoreObject, `${path}.interview_score`) : undefined,
    interviewer: optNamed(o, 'interviewer', path),
  };
}

/** Interview with its records; a malformed record is listed in `invalidRecords`, the others still show. */
export interface ParsedInterview extends Interview {
  invalidRecords: InvalidItem[];
}

export function parseInterview(value: JsonValue, path: string): ParsedInterview {
  const o = object(value, path);
  const records = eachItem(optArray(o, 'interview_record_list', path), `${path}.interview_record_list`, parseRecord);
  return {
    raw: o,
    id: reqId(o, 'id', path),
    begin_time: optInt(o, 'begin_time', path),
    end_time: optInt(o, 'end_time', path),
    round: optInt(o, 'round', path),
    stage_id: optId(o, 'stage_id', path),
    interview_record_list: records.items,
    invalidRecords: records.invalid,
    application_id: optId(o, 'application_id', path),
    stage: optNamed(o, 'stage', path),
    feedback_submit_time: optInt(o, 'feedback_submit_time', path),
  };
}

export function parseApplication(value: JsonValue, path: string): Application {
  const o = object(value, path);
  const stageObject = optObject(o, 'stage', path);
  const stage: ApplicationStage | undefined = stageObject &&
    {
      id: optId(stageObject, 'id', `${path}.stage`),
      zh_name: optString(stageObject, 'zh_name', `${path}.stage`),
      en_name: optString(stageObject, 'en_name', `${path}.stage`),
      type: optInt(stageObject, 'type', `${path}.stage`),
    };
  return {
    raw: o,
    id: reqId(o, 'id', path),
    job_id: optId(o, 'job_id', path),
    talent_id: optId(o, 'talent_id', path),
    stage,
    active_status: optInt(o, 'active_status', path),
    create_time: optId(o, 'create_time', path),
    modify_time: optId(o, 'modify_time', path),
  };
}

export function parseApplicationId(value: JsonValue, path: string): string {
  if (typeof value === 'string' && value !== '') { return value; }
  if (typeof value === 'number' && Number.isSafeInteger(value)) { return String(value); }
  throw new ShapeError(path, 'an application ID string', value);
}

export function parseJob(value: JsonValue, path: string): Job {
  const o = object(value, path);
  return { raw: o, id: reqId(o, 'id', path), title: optString(o, 'title', path) };
}

export function parseTalent(value: JsonValue, path: string): Talent {
  const o = object(value, path);
  const basic = optObject(o, 'basic_info', path);
  return { raw: o, id: reqId(o, 'id', path), name: basic ? optString(basic, 'name', `${path}.basic_info`) : undefined };
}

export function eachItem<T>(values: JsonValue[], path: string, parse: (v: JsonValue, path: string) => T): { items: T[]; invalid: InvalidItem[]; } {
  const items: T[] = [];
  const invalid: InvalidItem[] = [];
  values.forEach((v, index) => {
    try {
      items.push(parse(v, `${path}[${index}]`));
    } catch (e) {
      if (!(e instanceof ShapeError)) { throw e; }
      invalid.push({ index, reason: e.message, raw: v });
    }
  });
  return { items, invalid };
}

/** Wraps a shape failure of the envelope into the client's error type, naming the endpoint. */
function badShape(endpoint: string, e: unknown): never {
  if (e instanceof ShapeError) {
    throw new FeishuError({ kind: 'badResponse', endpoint, detail: e.message });
  }
  throw e;
}

export function dataOf(body: JsonObject, endpoint: string): JsonObject {
  try {
    return object(body['data'], 'data');
  } catch (e) {
    return badShape(endpoint, e);
  }
}

/** `items` absent or null is an empty page; `page_token` counts only while `has_more` is true. */
export function parsePage<T>(body: JsonObject, endpoint: string, parse: (v: JsonValue, path: string) => T): Page<T> {
  const data = dataOf(body, endpoint);
  try {
    const hasMore = data['has_more'];
    if (hasMore !== undefined && hasMore !== null && typeof hasMore !== 'boolean') {
      throw new ShapeError('data.has_more', 'a boolean', hasMore);
    }
    // A last page's token is never used, so whatever it holds cannot fail the page.
    const pageToken = hasMore === true ? optString(data, 'page_token', 'data') : undefined;
    const { items, invalid } = eachItem(optArray(data, 'items', 'data'), 'data.items', parse);
    return { items, invalid, hasMore: hasMore === true, pageToken };
  } catch (e) {
    return badShape(endpoint, e);
  }
}

/** The single object under `data.<key>` of a detail endpoint. */
export function parseDetail<T>(body: JsonObject, endpoint: string, key: string, parse: (v: JsonValue, path: string) => T): T {
  const data = dataOf(body, endpoint);
  try {
    return parse(data[key] ?? null, `data.${key}`);
  } catch (e) {
    return badShape(endpoint, e);
  }
}
