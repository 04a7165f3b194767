// The talents list by keyword and the talent-ID lookup by phone or e-mail (contract §9): request shapes and replies.
import type { JsonObject, JsonValue } from './types';
import { object, optArray, optId, optObject, optString, reqId, ShapeError } from './validate';

/** The talents list's documented cap (default 10). */
export const MAX_TALENT_PAGE_SIZE = 20;
/** `sort_by` 2: by relevance to the keyword. */
export const SORT_BY_RELEVANCE = 2;
/** The jobs list page we ask for (the service's cap is not published; 20 is what its console pages use). */
export const JOB_PAGE_SIZE = 20;

/** A talent as the list gives it: enough to tell two people of the same name apart. */
export interface TalentHit {
  raw: JsonObject;
  id: string;
  name?: string;
  mobile?: string;
  mobileCode?: string;
  email?: string;
  /** The newest entry of the career list, when there is one. */
  recentJob?: { title?: string; company?: string; };
}

/** What the ID lookup takes: one phone number (with its country code) or one e-mail address. */
export type ContactQuery = { kind: 'mobile'; mobileCode: string; number: string; } | { kind: 'email'; email: string; };

export function parseTalentHit(value: JsonValue, path: string): TalentHit {
  const o = object(value, path);
  const basic = optObject(o, 'basic_info', path) ?? {};
  const bp = `${path}.basic_info`;
  const careers = optArray(o, 'career_list', path).map((c, i) => object(c, `${path}.career_list[${i}]`));
  // Newest first by start time ("2021-03"); entries without one keep their order after the dated ones.
  const newest = [...careers].sort((a, b) => startOf(b).localeCompare(startOf(a)))[0];
  const cp = `${path}.career_list`;
  return {
    raw: o,
    id: reqId(o, 'id', path),
    name: optString(basic, 'name', bp),
    mobile: optString(basic, 'mobile', bp),
    mobileCode: optString(basic, 'mobile_code', bp),
    email: optString(basic, 'email', bp),
    recentJob: newest ? { title: optString(newest, 'title', cp), company: optString(newest, 'company', cp) } : undefined,
  };
}

function startOf(career: JsonObject): string {
  const v = career['start_time'];
  return typeof v === 'string' ? v : '';
}

export function contactBody(query: ContactQuery): JsonObject {
  return query.kind === 'mobile' ? { mobile_code: query.mobileCode, mobile_number_list: [query.number] } : { email_list: [query.email] };
}

/** `data.talent_list[].talent_id` of the ID lookup; entries without an ID are skipped. */
export function parseTalentIds(data: JsonObject, path: string): string[] {
  const ids: string[] = [];
  optArray(data, 'talent_list', path).forEach((entry, i) => {
    try {
      const id = optId(object(entry, `${path}.talent_list[${i}]`), 'talent_id', `${path}.talent_list[${i}]`);
      if (id && /^\d{1,32}$/.test(id) && !ids.includes(id)) { ids.push(id); }
    } catch (e) {
      if (!(e instanceof ShapeError)) { throw e; }
    }
  });
  return ids;
}
