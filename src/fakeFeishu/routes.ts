// The Hire endpoints of the contract over the sample tenant: parameter checks, lookups, pages.
import { pageData } from './paging';
import { failure, ok, type Reply } from './replies';
import { interviewAt, interviewBeginMs, type Application, type Interview } from './sampleTenant';
import type { FakeRoute } from './switches';
import type { JobLevelIdType } from './jobLevelIds';
import { getContactJobLevel, listContactJobLevels } from './contactJobLevels';
import { getInterviewRecordV2, listInterviewRecordsV2 } from './interviewRecordsV2';
import { matchScorecardRoute } from './scorecardRoutes';
import { listJobs, listTalents, talentIdsByContact } from './talentRoutes';
import {
  hireParamError,
  isDigits,
  pageRequest,
  pageSizeOf,
  scopeOf,
  seedParamError,
  userIdTypeOf,
  USER_ID_SCOPE,
  type HandlerContext,
  type RouteMatch,
} from './requestChecks';
import { applicationJson, jobJson, seedInterviewJson, successorInterviewJson, talentJson } from './wire';

export { USER_ID_SCOPE, type RouteMatch } from './requestChecks';

/** Scopes that each let the app call a route (any one is enough). */
export const ROUTE_SCOPES: Partial<Record<FakeRoute, string[]>> = {
  interviews: ['hire:interview:readonly', 'hire:interview'],
  successorInterviews: ['hire:interview:readonly', 'hire:interview'],
  applications: ['hire:application:readonly', 'hire:application'],
  application: ['hire:application:readonly', 'hire:application'],
  talent: ['hire:talent:readonly', 'hire:talent'],
  job: ['hire:job:readonly', 'hire:job'],
  // The same scopes as the interviews (contract §9): there is no hire:interview_record scope.
  interviewRecordV2: ['hire:interview:readonly', 'hire:interview'],
  interviewRecordsV2: ['hire:interview:readonly', 'hire:interview'],
  jobLevel: ['contact:job_level:readonly', 'contact:job_level', 'contact:contact:readonly_as_app'],
  jobLevels: ['contact:job_level:readonly', 'contact:job_level', 'contact:contact:readonly_as_app'],
  talents: ['hire:talent:readonly', 'hire:talent'],
  talentIds: ['hire:talent:readonly', 'hire:talent'],
  jobs: ['hire:job:readonly', 'hire:job'],
};

/** What the sample app has been granted before `disabledScopes` takes some away. */
export const GRANTED_SCOPES = [
  'hire:interview:readonly',
  'hire:application:readonly',
  'hire:talent:readonly',
  'hire:job:readonly',
  USER_ID_SCOPE,
  'contact:job_level:readonly',
];

/** Which route a request is for; anything else is the gateway's plain 404. */
export function matchRoute(method: string, path: string): RouteMatch {
  if (path === '/open-apis/auth/v3/tenant_access_token/internal' || path === '/open-apis/auth/v3/tenant_access_token/internal/') {
    return { route: method === 'POST' ? 'token' : 'notFound' };
  }
  if (path === '/open-apis/hire/v1/talents/batch_get_id') { return { route: method === 'POST' ? 'talentIds' : 'notFound' }; }
  if (method !== 'GET') { return { route: 'notFound' }; }
  if (path === '/open-apis/hire/v1/talents') { return { route: 'talents' }; }
  if (path === '/open-apis/hire/v1/jobs') { return { route: 'jobs' }; }
  const extra = matchScorecardRoute(path);
  if (extra) { return extra; }
  const m = /^\/open-apis\/hire\/v1\/(?:(applications)(?:\/([^/]+)(\/interviews)?)?|(talents|jobs)\/([^/]+)|(interviews))$/.exec(path);
  if (!m) { return { route: 'notFound' }; }
  const segment = (s: string | undefined): string | undefined => {
    if (s === undefined) { return undefined; }
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  if (m[1]) { return m[2] === undefined ? { route: 'applications' } : { route: m[3] ? 'interviews' : 'application', id: segment(m[2]) }; }
  if (m[4]) { return { route: m[4] === 'talents' ? 'talent' : 'job', id: segment(m[5]) }; }
  return { route: 'successorInterviews' };
}

/** `job_level_id_type` of a checked request: which kind of level IDs the records carry. */
function levelIdTypeOf(ctx: HandlerContext): JobLevelIdType {
  return ctx.query.get('job_level_id_type') === 'job_level_id' ? 'job_level_id' : 'people_admin_job_level_id';
}

function jobLevelIdTypeError(ctx: HandlerContext, error: typeof seedParamError): Reply | undefined {
  const raw = ctx.query.get('job_level_id_type');
  if (raw === null || raw === '' || raw === 'people_admin_job_level_id' || raw === 'job_level_id') { return undefined; }
  return error('job_level_id_type', raw, 'job_level_id_type must be people_admin_job_level_id or job_level_id');
}

/** GET /hire/v1/applications/{application_id}/interviews — the seed endpoint. */
export function listApplicationInterviews(ctx: HandlerContext, applicationId: string | undefined): Reply {
  const size = pageSizeOf(ctx.query, 50, undefined, seedParamError);
  if ('error' in size) { return size.error; }
  const userIdType = userIdTypeOf(ctx, seedParamError);
  if ('error' in userIdType) { return userIdType.error; }
  const levelError = jobLevelIdTypeError(ctx, seedParamError);
  if (levelError) { return levelError; }
  if (!isDigits(applicationId)) { return seedParamError('application_id', applicationId, 'application_id must be a decimal ID'); }
  const app = ctx.tenant.application(applicationId);
  // The seed page documents no not-found code: we answer as the other Hire endpoints do for an unknown application.
  if (!app) { return failure(400, 1002201, 'application does not exist'); }
  const request = pageRequest(ctx, scopeOf('seed', app.id), app.interviewCount, size.value, seedParamError);
  if ('error' in request) { return request.error; }
  return ok(pageData(request.value, ctx.switches, i => seedInterviewJson(interviewAt(app, i), userIdType.value, levelIdTypeOf(ctx))));
}

/** GET /hire/v1/interviews — the successor: filters instead of a path, page_size ≤ 100 (default 10). */
export function listInterviews(ctx: HandlerContext): Reply {
  const size = pageSizeOf(ctx.query, 100, 10, hireParamError);
  if ('error' in size) { return size.error; }
  const userIdType = userIdTypeOf(ctx, hireParamError);
  if ('error' in userIdType) { return userIdType.error; }
  const levelError = jobLevelIdTypeError(ctx, hireParamError);
  if (levelError) { return levelError; }
  const filter = { applicationId: ctx.query.get('application_id') ?? '', interviewId: ctx.query.get('interview_id') ?? '' };
  const times: number[] = [];
  for (const name of ['start_time', 'end_time']) {
    const raw = ctx.query.get(name) ?? '';
    if (raw !== '' && !(/^\d{1,15}$/.test(raw) && Number(raw) > 0)) { return hireParamError(name, raw, `${name} must be a positive time in milliseconds`); }
    times.push(raw === '' ? NaN : Number(raw));
  }
  const [start = NaN, end = NaN] = times;
  if (!filter.applicationId && !filter.interviewId && Number.isNaN(start) && Number.isNaN(end)) {
    return hireParamError('application_id', '', 'one of application_id, interview_id, start_time, end_time is required');
  }
  const inTime = (iv: { beginMs: number; }): boolean => !(iv.beginMs < start) && !(iv.beginMs > end);
  let total: number;
  let itemAt: (index: number) => Interview;
  const apps: Application[] = filter.applicationId
    ? [ctx.tenant.application(filter.applicationId)].filter((a): a is Application => a !== undefined)
    : ctx.tenant.applications;
  if (filter.interviewId) {
    const interview = ctx.tenant.interview(filter.interviewId);
    const found = interview && apps.includes(interview.application) && inTime(interview) ? [interview] : [];
    total = found.length;
    itemAt = i => found[i] as Interview;
  } else if (apps.length === 1 && Number.isNaN(start) && Number.isNaN(end)) {
    const app = apps[0] as Application;
    total = app.interviewCount;
    itemAt = i => interviewAt(app, i);
  } else {
    // Time filters: find the matching interviews by their start times only, build them when paged.
    const refs: [Application, number][] = [];
    for (const app of apps) {
      for (let i = 0; i < app.interviewCount; i++) {
        if (inTime({ beginMs: interviewBeginMs(app, i) })) { refs.push([app, i]); }
      }
    }
    total = refs.length;
    itemAt = i => {
      const [app, index] = refs[i] as [Application, number];
      return interviewAt(app, index);
    };
  }
  const scope = scopeOf('interviews', filter.applicationId, filter.interviewId, String(start), String(end));
  const request = pageRequest(ctx, scope, total, size.value, hireParamError);
  if ('error' in request) { return request.error; }
  return ok(pageData(request.value, ctx.switches, i => successorInterviewJson(itemAt(i), userIdType.value, levelIdTypeOf(ctx))));
}

/** GET /hire/v1/applications — application IDs only; page_size default 10, at most 200 (contract §9). */
export function listApplications(ctx: HandlerContext): Reply {
  const size = pageSizeOf(ctx.query, 200, 10, hireParamError);
  if ('error' in size) { return size.error; }
  const q = (name: string): string => ctx.query.get(name) ?? '';
  const active = q('active_status');
  if (active !== '' && active !== '1' && active !== '2' && active !== '3') {
    return hireParamError('active_status', active, 'active_status must be 1, 2 or 3');
  }
  for (const name of ['update_start_time', 'update_end_time']) {
    if (q(name) !== '' && !/^\d{1,15}$/.test(q(name))) { return hireParamError(name, q(name), `${name} must be a time in milliseconds`); }
  }
  const [jobId, talentId, stageId, processId, updateStart, updateEnd] = [
    'job_id',
    'talent_id',
    'stage_id',
    'process_id',
    'update_start_time',
    'update_end_time',
  ].map(q) as [string, string, string, string, string, string];
  const matching = ctx.tenant.applications.filter(a =>
    (active === '' || active === '3' || (active === '1') === a.active)
    && (!jobId || a.job.id === jobId) && (!talentId || a.talent.id === talentId)
    && (!stageId || a.stage.id === stageId) && (!processId || a.job.process.id === processId)
    && (!updateStart || a.modifyMs >= Number(updateStart)) && (!updateEnd || a.modifyMs <= Number(updateEnd))
  );
  const scope = scopeOf('applications', active === '3' ? '' : active, jobId, talentId, stageId, processId, updateStart, updateEnd);
  const request = pageRequest(ctx, scope, matching.length, size.value, hireParamError);
  if ('error' in request) { return request.error; }
  return ok(pageData(request.value, ctx.switches, i => (matching[i] as Application).id));
}

/** GET /hire/v1/applications/{id}, with `options=with_job` for job_info. */
export function getApplication(ctx: HandlerContext, id: string | undefined): Reply {
  const userIdType = userIdTypeOf(ctx, hireParamError);
  if ('error' in userIdType) { return userIdType.error; }
  if (!isDigits(id)) { return hireParamError('application_id', id, 'application_id must be a decimal ID'); }
  const app = ctx.tenant.application(id);
  if (!app) { return failure(400, 1002201, 'application does not exist'); }
  return ok({ application: applicationJson(app, ctx.query.getAll('options').includes('with_job')) });
}

/** GET /hire/v1/talents/{id}. */
export function getTalent(ctx: HandlerContext, id: string | undefined): Reply {
  if (!isDigits(id)) { return hireParamError('talent_id', id, 'talent_id must be a decimal ID'); }
  const talent = ctx.tenant.talent(id);
  return talent ? ok({ talent: talentJson(talent) }) : failure(400, 1002208, 'talent does not exist');
}

/** GET /hire/v1/jobs/{id}. */
export function getJob(ctx: HandlerContext, id: string | undefined): Reply {
  if (!isDigits(id)) { return hireParamError('job_id', id, 'job_id must be a decimal ID'); }
  const job = ctx.tenant.job(id);
  return job ? ok({ job: jobJson(job) }) : failure(400, 1002207, 'job does not exist');
}

export function handleBusiness(match: RouteMatch, ctx: HandlerContext): Reply {
  switch (match.route) {
    case 'interviews':
      return listApplicationInterviews(ctx, match.id);
    case 'successorInterviews':
      return listInterviews(ctx);
    case 'applications':
      return listApplications(ctx);
    case 'application':
      return getApplication(ctx, match.id);
    case 'talent':
      return getTalent(ctx, match.id);
    case 'job':
      return getJob(ctx, match.id);
    case 'interviewRecordV2':
      return getInterviewRecordV2(ctx, match.id);
    case 'interviewRecordsV2':
      return listInterviewRecordsV2(ctx);
    case 'jobLevel':
      return getContactJobLevel(match.id);
    case 'jobLevels':
      return listContactJobLevels(ctx);
    case 'talents':
      return listTalents(ctx);
    case 'talentIds':
      return talentIdsByContact(ctx);
    case 'jobs':
      return listJobs(ctx);
    default:
      throw new Error(`not a business route: ${match.route}`);
  }
}
