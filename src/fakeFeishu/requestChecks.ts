// What every fake route checks the same way, as the service does: page size, user-ID type, page token, the
// field errors it answers with. The route files import these; routes.ts dispatches to them.
import { decodePageToken, type PageRequest } from './paging';
import { hash32 } from './prng';
import { fieldError, scopeError, type Reply } from './replies';
import type { Tenant } from './sampleTenant';
import type { FakeRoute, FakeSwitches } from './switches';
import type { UserIdType } from './wire';

export const USER_ID_SCOPE = 'contact:user.employee_id:readonly';

export interface RouteMatch {
  route: FakeRoute;
  id?: string;
}

export interface HandlerContext {
  tenant: Tenant;
  switches: FakeSwitches;
  query: URLSearchParams;
  granted: (scope: string) => boolean;
  /** The calling app, named in a missing scope's console link. */
  appId: string;
  /** A POST's body (at most 1 MB is read). */
  body?: string;
}

const SEED_PARAM_ERROR = 'param is invalis';
const HIRE_PARAM_ERROR = 'param error';

export const seedParamError = (field: string, value: string | undefined, description: string): Reply =>
  fieldError(400, 180001, SEED_PARAM_ERROR, field, value, description);
export const hireParamError = (field: string, value: string | undefined, description: string): Reply =>
  fieldError(400, 1002002, HIRE_PARAM_ERROR, field, value, description);

export type Checked<T> = { value: T; } | { error: Reply; };

export function pageSizeOf(query: URLSearchParams, max: number, fallback: number | undefined, error: typeof seedParamError): Checked<number> {
  const raw = query.get('page_size');
  if (raw === null || raw === '') {
    return fallback === undefined ? { error: error('page_size', raw ?? undefined, 'page_size is required') } : { value: fallback };
  }
  const size = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!(size >= 1 && size <= max)) { return { error: error('page_size', raw, `page_size must be an integer from 1 to ${max}`) }; }
  return { value: size };
}

export function userIdTypeOf(ctx: HandlerContext, error: typeof seedParamError): Checked<UserIdType> {
  const raw = ctx.query.get('user_id_type');
  if (raw === null || raw === '') { return { value: 'open_id' }; }
  if (raw !== 'open_id' && raw !== 'union_id' && raw !== 'user_id') {
    return { error: error('user_id_type', raw, 'user_id_type must be one of open_id, union_id, user_id') };
  }
  if (raw === 'user_id' && !ctx.granted(USER_ID_SCOPE)) { return { error: scopeError([USER_ID_SCOPE], ctx.appId) }; }
  return { value: raw };
}

export function pageRequest(ctx: HandlerContext, scope: string, total: number, pageSize: number, error: typeof seedParamError): Checked<PageRequest> {
  const token = ctx.query.get('page_token');
  if (token === null || token === '') { return { value: { scope, total, pageSize } }; }
  const cursor = decodePageToken(token, scope, total);
  if (!cursor) { return { error: error('page_token', token, 'page_token is not valid for this list') }; }
  return { value: { scope, total, pageSize, token, cursor } };
}

export function scopeOf(...parts: string[]): string {
  const text = parts.join('\u0001');
  return `${parts[0]}:${hash32(...Array.from(text, c => c.codePointAt(0) ?? 0)).toString(36)}`;
}

export const isDigits = (s: string | undefined): s is string => s !== undefined && /^\d{1,20}$/.test(s);
