// The tenant's job levels as the contact API serves them (GET /contact/v3/job_levels and /:job_level_id).
import { byContactId, CONTACT_JOB_LEVELS, type ContactJobLevel } from './jobLevelIds';
import { failure, ok, type Reply } from './replies';
import type { JsonObject } from './wire';
import { pageData } from './paging';
import { hireParamError, pageRequest, pageSizeOf, scopeOf, type HandlerContext } from './requestChecks';

function jobLevelJson(l: ContactJobLevel): JsonObject {
  return {
    name: l.level.zh,
    description: `${l.level.zh} / ${l.level.en}`,
    order: l.order,
    status: true,
    job_level_id: l.contactId,
    i18n_name: [{ locale: 'zh_cn', value: l.level.zh }, { locale: 'en_us', value: l.level.en }],
    i18n_description: [],
  };
}

/** GET /contact/v3/job_levels/:job_level_id — 404 / 42301 for anything else, people-admin IDs included. */
export function getContactJobLevel(id: string | undefined): Reply {
  const level = id === undefined ? undefined : byContactId.get(id);
  return level ? ok({ job_level: jobLevelJson(level) }) : failure(404, 42301, 'job level not exist');
}

/** GET /contact/v3/job_levels — page_size 1–50, default 10; `name` is an exact match of a level's name (contract §9). */
export function listContactJobLevels(ctx: HandlerContext): Reply {
  const size = pageSizeOf(ctx.query, 50, 10, hireParamError);
  if ('error' in size) { return size.error; }
  const name = ctx.query.get('name') ?? '';
  const matching = CONTACT_JOB_LEVELS.filter(l => name === '' || l.level.zh === name);
  const request = pageRequest(ctx, scopeOf('jobLevels', name), matching.length, size.value, hireParamError);
  if ('error' in request) { return request.error; }
  return ok(pageData(request.value, ctx.switches, i => jobLevelJson(matching[i] as ContactJobLevel)));
}
