// Endpoints that answer as the signed-in person (a user token): GET /open-apis/authen/v1/user_info and
// GET /open-apis/hire/v1/todos (user token only, hire:todo:readonly, page_size default 10 and at most 100).
import type { UserGrant } from './oauthStore';
import { pageData } from './paging';
import { ok, type Reply } from './replies';
import { hireParamError, pageRequest, pageSizeOf, scopeOf, userIdTypeOf, USER_ID_SCOPE, type HandlerContext } from './requestChecks';
import type { Application, Employee } from './sampleTenant';
import { evaluationTodos, interviewTodos } from './userView';
import type { JsonObject, UserIdType } from './wire';

const TODO_TYPES = ['evaluation', 'interview', 'offer', 'exam'] as const;

function userIdOf(employee: Employee, type: UserIdType): string {
  return type === 'union_id' ? employee.unionId : type === 'user_id' ? employee.userId : employee.openId;
}

/** GET /open-apis/authen/v1/user_info: who the token belongs to; user_id only with its scope granted. */
export function userInfo(grant: UserGrant, tenantKey: string): Reply {
  const e = grant.user;
  const info: JsonObject = {
    name: e.name.zh_cn,
    en_name: e.name.en_us,
    avatar_url: `https://example.invalid/avatar/${e.openId}.png`,
    open_id: e.openId,
    union_id: e.unionId,
    tenant_key: tenantKey,
  };
  if (grant.scope.includes(USER_ID_SCOPE)) { info['user_id'] = e.userId; }
  return ok(info);
}

const target = (app: Application, id: string): JsonObject => ({ id, talent_id: app.talent.id, job_id: app.job.id, application_id: app.id });

/** GET /open-apis/hire/v1/todos?type=…: the person's own open to-dos of one type. */
export function listTodos(ctx: HandlerContext, grant: UserGrant): Reply {
  const type = ctx.query.get('type') ?? '';
  if (!(TODO_TYPES as readonly string[]).includes(type)) { return hireParamError('type', type, `type must be one of ${TODO_TYPES.join(', ')}`); }
  const size = pageSizeOf(ctx.query, 100, 10, hireParamError);
  if ('error' in size) { return size.error; }
  const userIdType = userIdTypeOf(ctx, hireParamError);
  if ('error' in userIdType) { return userIdType.error; }
  const items: JsonObject[] = type === 'interview'
    ? interviewTodos(ctx.tenant, grant.user).map(t => ({ interview: target(t.interview.application, t.interview.id) }))
    : type === 'evaluation'
    ? evaluationTodos(ctx.tenant, grant.user).map(t => ({ evaluation: target(t.application, t.id) }))
    : [];
  const request = pageRequest(ctx, scopeOf('todos', type, userIdOf(grant.user, 'open_id')), items.length, size.value, hireParamError);
  if ('error' in request) { return request.error; }
  return ok(pageData(request.value, ctx.switches, i => items[i] as JsonObject));
}
