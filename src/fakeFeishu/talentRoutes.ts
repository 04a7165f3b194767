// The talents list by keyword, the talent-ID lookup by phone or e-mail and the jobs list, as contract §9 and the
// official SDK's types describe them: keyword with and / or / not, fuzzy on the name, page_size default 10 and at
// most 20, sort_by 2 by relevance, query_option=ignore_empty_error.
import { pageData } from './paging';
import { failure, ok, type Reply } from './replies';
import { hireParamError, pageRequest, pageSizeOf, scopeOf, type HandlerContext } from './requestChecks';
import type { Talent } from './sampleTenant';
import { jobJson, talentJson } from './wire';

type Expr = { term: string; } | { not: Expr; } | { and: Expr[]; } | { or: Expr[]; };

const MAX_KEYWORD_LENGTH = 200;
const MAX_CONTACTS = 100;

/** `a b` and `a and b` both need both; `or` binds looser than `and`; `not` negates the next term. */
export function parseKeyword(keyword: string): Expr | undefined {
  const words = keyword.trim().split(/\s+/).filter(w => w !== '');
  let at = 0;
  const isOp = (w: string | undefined, op: string): boolean => w?.toLowerCase() === op;
  const unary = (): Expr | undefined => {
    const w = words[at];
    if (w === undefined) { return undefined; }
    at++;
    if (isOp(w, 'not')) {
      const inner = unary();
      return inner ? { not: inner } : undefined;
    }
    return isOp(w, 'and') || isOp(w, 'or') ? unary() : { term: w.toLowerCase() };
  };
  const and = (): Expr | undefined => {
    const parts: Expr[] = [];
    while (at < words.length && !isOp(words[at], 'or')) {
      if (isOp(words[at], 'and')) {
        at++;
        continue;
      }
      const e = unary();
      if (e) { parts.push(e); }
    }
    return parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : { and: parts };
  };
  const parts: Expr[] = [];
  while (at < words.length) {
    const e = and();
    if (e) { parts.push(e); }
    if (isOp(words[at], 'or')) { at++; }
  }
  return parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : { or: parts };
}

const plain = (s: string): string => s.toLowerCase().replace(/\s+/g, '');

/** Fuzzy-ish, as the service's search: a term found in the name (spaces ignored), the e-mail or the phone number. */
function termMatches(term: string, talent: Talent): boolean {
  const t = plain(term);
  return plain(talent.name).includes(t) || talent.email.toLowerCase().includes(t) || talent.mobile.includes(t);
}

function matches(expr: Expr, talent: Talent): boolean {
  if ('term' in expr) { return termMatches(expr.term, talent); }
  if ('not' in expr) { return !matches(expr.not, talent); }
  if ('and' in expr) { return expr.and.every(e => matches(e, talent)); }
  return expr.or.some(e => matches(e, talent));
}

/** Exact name first, then names that start with the keyword, then the rest; newest first within each. */
function relevance(keyword: string, talent: Talent): number {
  const name = plain(talent.name);
  const k = plain(keyword);
  return name === k ? 0 : name.startsWith(k) ? 1 : 2;
}

/** GET /hire/v1/talents. */
export function listTalents(ctx: HandlerContext): Reply {
  const size = pageSizeOf(ctx.query, 20, 10, hireParamError);
  if ('error' in size) { return size.error; }
  const q = (name: string): string => ctx.query.get(name) ?? '';
  const keyword = q('keyword');
  if (keyword.length > MAX_KEYWORD_LENGTH) { return hireParamError('keyword', keyword.slice(0, 40), `keyword is at most ${MAX_KEYWORD_LENGTH} characters`); }
  const sortBy = q('sort_by');
  if (sortBy !== '' && !/^[1-9]\d?$/.test(sortBy)) { return hireParamError('sort_by', sortBy, 'sort_by must be a sort type'); }
  const option = q('query_option');
  if (option !== '' && option !== 'ignore_empty_error') { return hireParamError('query_option', option, 'query_option must be ignore_empty_error'); }
  for (const name of ['update_start_time', 'update_end_time']) {
    if (q(name) !== '' && !/^\d{1,15}$/.test(q(name))) { return hireParamError(name, q(name), `${name} must be a time in milliseconds`); }
  }
  const [start, end] = [q('update_start_time'), q('update_end_time')];
  const expr = parseKeyword(keyword);
  const found = ctx.tenant.talents.filter(t => (!expr || matches(expr, t)) && (!start || t.createMs >= Number(start)) && (!end || t.createMs <= Number(end)));
  found.sort((a, b) => (sortBy === '2' ? relevance(keyword, a) - relevance(keyword, b) : 0) || b.createMs - a.createMs);
  if (found.length === 0 && option !== 'ignore_empty_error') {
    return hireParamError('keyword', keyword, 'no talent matches; send query_option=ignore_empty_error for an empty list');
  }
  const request = pageRequest(ctx, scopeOf('talents', keyword, sortBy, start, end), found.length, size.value, hireParamError);
  if ('error' in request) { return request.error; }
  return ok(pageData(request.value, ctx.switches, i => talentJson(found[i] as Talent)));
}

function stringList(value: unknown): string[] | undefined {
  if (value === undefined || value === null) { return []; }
  return Array.isArray(value) && value.every(v => typeof v === 'string') ? value as string[] : undefined;
}

/** POST /hire/v1/talents/batch_get_id: exact phone numbers (with `mobile_code`, default 86) or e-mails. */
export function talentIdsByContact(ctx: HandlerContext): Reply {
  let body: unknown;
  try {
    body = JSON.parse(ctx.body ?? '');
  } catch {
    return failure(400, 1002002, 'param error: the body is not JSON');
  }
  const o = typeof body === 'object' && body !== null && !Array.isArray(body) ? body as Record<string, unknown> : {};
  const mobileCode = o['mobile_code'] ?? '86';
  const mobiles = stringList(o['mobile_number_list']);
  const emails = stringList(o['email_list']);
  if (typeof mobileCode !== 'string' || !/^\d{1,4}$/.test(mobileCode)) {
    return hireParamError('mobile_code', String(mobileCode), 'mobile_code must be a country code');
  }
  if (!mobiles || mobiles.length > MAX_CONTACTS) {
    return hireParamError('mobile_number_list', '', `mobile_number_list is a list of at most ${MAX_CONTACTS} strings`);
  }
  if (!emails || emails.length > MAX_CONTACTS) { return hireParamError('email_list', '', `email_list is a list of at most ${MAX_CONTACTS} strings`); }
  const wantedEmails = new Set(emails.map(e => e.trim().toLowerCase()));
  const found = ctx.tenant.talents.filter(t => (mobileCode === '86' && mobiles.includes(t.mobile)) || wantedEmails.has(t.email.toLowerCase()));
  return ok({ talent_list: found.map(t => ({ talent_id: t.id, mobile_code: '86', mobile_number: t.mobile, email: t.email, is_onboarded: false })) });
}

/** GET /hire/v1/jobs: every job of the tenant, in creation order. */
export function listJobs(ctx: HandlerContext): Reply {
  const size = pageSizeOf(ctx.query, 20, 10, hireParamError);
  if ('error' in size) { return size.error; }
  const jobs = ctx.tenant.jobs;
  const request = pageRequest(ctx, scopeOf('jobs'), jobs.length, size.value, hireParamError);
  if ('error' in request) { return request.error; }
  return ok(pageData(request.value, ctx.switches, i => jobJson(jobs[i] as (typeof jobs)[number])));
}
