// Everything an export of one application needs: every page of its interviews, then the names (candidate,
// job, interviewers, stages, job levels). Names are optional: without them the IDs stay.
import { FeishuError } from '../feishu/errors';
import { MAX_INTERVIEW_PAGE_SIZE, type HireApi } from '../feishu/hireApi';
import { PageWalk } from '../feishu/pager';
import type { I18nText, UserIdType } from '../feishu/types';
import type { ParsedInterview } from '../feishu/validate';
import { pickI18n, type Lang } from './format';
import type { ExportRow } from './interviewExport';
import { InterviewNames } from './interviewNames';
import { levelRange, type JobLevelNames } from './jobLevelNames';
import { APPLICATION_INTERVIEWS_BUDGET } from './walkBudgets';
import type { Translate } from '../feishu/translate';

export interface ApplicationExportDeps {
  api: HireApi;
  userIdType: UserIdType;
  lang: Lang;
  t: Translate;
  levels: JobLevelNames;
  /** Names the tree already has, which save their requests. */
  known?: { candidateName?: string; jobTitle?: string };
}

export interface ApplicationExport {
  rows: ExportRow[];
  candidate?: string;
  job?: string;
  interviews: number;
  /** Items the validator rejected (they are not in the rows). */
  invalid: number;
}

/** Names by ID from whatever knows them: the successor endpoint, or the tree's nodes. */
export interface RowNames {
  stage(interviewId: string): I18nText | string | undefined;
  interviewer(recordId: string): I18nText | string | undefined;
}

/** Rows of interviews, with names from whatever lookups answered. */
export function rowsOf(
  interviews: readonly ParsedInterview[],
  context: { applicationId?: string; candidate?: string; job?: string; names?: RowNames; levels?: JobLevelNames; lang: Lang; t: Translate },
): ExportRow[] {
  const { lang, t } = context;
  return interviews.flatMap(interview => interview.interview_record_list.map(record => {
    const levels = levelRange(record.min_job_level_id, record.max_job_level_id, { lang, t, lookup: context.levels });
    return {
      applicationId: context.applicationId ?? interview.application_id,
      candidate: context.candidate,
      job: context.job,
      interview,
      record,
      names: {
        interviewer: pickI18n(record.interviewer?.name ?? context.names?.interviewer(record.id), lang),
        stage: pickI18n(interview.stage?.name ?? context.names?.stage(interview.id), lang),
        minLevel: levels.minName,
        maxLevel: levels.maxName,
      },
    };
  }));
}

/** Fetches every page (cancellable through `signal`), reporting the interviews read so far. */
export async function collectApplicationExport(
  deps: ApplicationExportDeps, applicationId: string, options: { signal?: AbortSignal; onProgress?: (interviews: number) => void } = {},
): Promise<ApplicationExport> {
  const { api } = deps;
  const { signal } = options;
  const endpoint = `/open-apis/hire/v1/applications/${applicationId}/interviews`;
  const walk = new PageWalk<ParsedInterview>(
    (pageToken, s) => api.listInterviews(applicationId, { pageToken, pageSize: MAX_INTERVIEW_PAGE_SIZE, userIdType: deps.userIdType, signal: s }), endpoint,
    undefined, APPLICATION_INTERVIEWS_BUDGET);
  const interviews: ParsedInterview[] = [];
  let invalid = 0;
  while (!walk.done) {
    const step = await walk.step(signal);
    interviews.push(...step.items);
    invalid += step.invalid.length + step.items.reduce((n, i) => n + i.invalidRecords.length, 0);
    options.onProgress?.(interviews.length);
  }
  const names = new InterviewNames(api, applicationId, () => deps.userIdType, () => undefined);
  const [, , detail] = await Promise.all([
    names.ensure(interviews.map(i => i.id), signal),
    deps.levels.ensure(signal),
    deps.known?.candidateName && deps.known.jobTitle ? Promise.resolve(deps.known) : labels(api, applicationId, signal),
  ]);
  if (signal?.aborted) { throw new FeishuError({ kind: 'cancelled', detail: 'cancelled' }); }
  const candidate = detail.candidateName || undefined;
  const job = detail.jobTitle || undefined;
  return {
    rows: rowsOf(interviews, { applicationId, candidate, job, names, levels: deps.levels, lang: deps.lang, t: deps.t }),
    candidate, job, interviews: interviews.length, invalid,
  };
}

/** Candidate name and job title; a failure leaves them out rather than failing the export. */
async function labels(api: HireApi, applicationId: string, signal?: AbortSignal): Promise<{ candidateName?: string; jobTitle?: string }> {
  try {
    const application = await api.getApplication(applicationId, signal);
    const [talent, job] = await Promise.all([
      application.talent_id ? api.getTalent(application.talent_id, signal).catch(() => undefined) : undefined,
      application.job_id ? api.getJob(application.job_id, signal).catch(() => undefined) : undefined,
    ]);
    return { candidateName: talent?.name, jobTitle: job?.title };
  } catch (e) {
    if (e instanceof FeishuError && e.kind === 'cancelled') { throw e; }
    return {};
  }
}
