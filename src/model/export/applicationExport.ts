// Everything an export of one application needs: every page of its interviews, then the names (candidate,
// job, interviewers, stages, job levels) from the connection's directory. Names are optional: without them the IDs stay.
import { FeishuError } from '../../feishu/errors';
import { MAX_INTERVIEW_PAGE_SIZE } from '../../feishu/hireApi';
import { PageWalk } from '../../feishu/pager';
import type { I18nText } from '../../feishu/types';
import type { ParsedInterview } from '../../feishu/validate';
import { pickI18n, type Lang } from '../text/format';
import type { ExportRow } from './interviewExport';
import { levelRange, type JobLevelNames } from '../directory/jobLevelNames';
import type { Translate } from '../../feishu/translate';
import type { HireConnection } from '../connection/hireConnection';
import { APPLICATION_INTERVIEWS_BUDGET } from '../walkBudgets';
import { readScorecardsOf, type ScorecardResult } from '../scorecard/scorecards';
import { shownRecords, type NoPeekingRule } from '../scorecard/shownRecords';
import { scorecardLines } from './scorecardLines';

export interface ApplicationExportDeps {
  connection: HireConnection;
  lang: Lang;
  t: Translate;
  noPeeking?: NoPeekingRule;
}

export interface ApplicationExport {
  rows: ExportRow[];
  candidate?: string;
  job?: string;
  interviews: number;
  /** Items the validator rejected (they are not in the rows). */
  invalid: number;
  /** Why the rows carry no scorecards, when they could not be read. */
  scorecardError?: FeishuError;
}

/** Names by ID from whatever knows them: the successor endpoint, or the tree's nodes. */
export interface RowNames {
  stage(interviewId: string): I18nText | string | undefined;
  interviewer(recordId: string): I18nText | string | undefined;
}

/** Rows of interviews, with names from whatever lookups answered. */
export function rowsOf(interviews: readonly ParsedInterview[], context: {
  applicationId?: string;
  candidate?: string;
  job?: string;
  names?: RowNames;
  levels?: JobLevelNames;
  /** v2 scorecards of the records: each row then carries its dimensions. */
  scorecards?: ScorecardResult;
  /** No peeking: the other interviewers' cells of interviews I still owe feedback on are held back. */
  noPeeking?: NoPeekingRule;
  lang: Lang;
  t: Translate;
}): ExportRow[] {
  const { lang, t, scorecards } = context;
  return shownRecords(interviews, scorecards, context.noPeeking).map(({ interview, record, card, hidden }) => {
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
      scorecard: scorecards?.kind === 'loaded' ? (card ? scorecardLines(card, lang, t) : []) : undefined,
      ...hidden ? { hidden } : {},
    };
  });
}

/** Fetches every page (cancellable through `signal`), reporting the interviews read so far; names from the directory. */
export async function collectApplicationExport(
  deps: ApplicationExportDeps,
  applicationId: string,
  options: { signal?: AbortSignal; onProgress?: (interviews: number) => void; } = {},
): Promise<ApplicationExport> {
  const { api, userIdType, directory } = deps.connection;
  const { signal } = options;
  const endpoint = `/open-apis/hire/v1/applications/${applicationId}/interviews`;
  const walk = new PageWalk<ParsedInterview>(
    (pageToken, s) => api.listInterviews(applicationId, { pageToken, pageSize: MAX_INTERVIEW_PAGE_SIZE, userIdType, signal: s }),
    endpoint,
    undefined,
    APPLICATION_INTERVIEWS_BUDGET,
  );
  const interviews: ParsedInterview[] = [];
  let invalid = 0;
  while (!walk.done) {
    const step = await walk.step(signal);
    interviews.push(...step.items);
    invalid += step.invalid.length + step.items.reduce((n, i) => n + i.invalidRecords.length, 0);
    options.onProgress?.(interviews.length);
  }
  // Names are optional: a failure leaves the IDs rather than failing the export.
  const [, , label, scorecards] = await Promise.all([
    directory.ensureNames(applicationId, interviews.map(i => i.id), signal).catch(() => false),
    directory.levels.ensure(signal),
    directory.ensureApplication(applicationId, signal),
    // The whole scorecards, ⌈records / 100⌉ requests; a refusal leaves the rows without them.
    readScorecardsOf(api, interviews.flatMap(i => i.interview_record_list.map(r => r.id)), userIdType, signal),
  ]);
  if (signal?.aborted) { throw new FeishuError({ kind: 'cancelled', detail: 'cancelled' }); }
  const candidate = label?.candidateName || undefined;
  const job = label?.jobTitle || undefined;
  const names: RowNames = {
    stage: interviewId => directory.stage(applicationId, interviewId),
    interviewer: recordId => directory.interviewer(applicationId, recordId),
  };
  return {
    rows: rowsOf(interviews, {
      applicationId,
      candidate,
      job,
      names,
      levels: directory.levels,
      scorecards,
      noPeeking: deps.noPeeking,
      lang: deps.lang,
      t: deps.t,
    }),
    scorecardError: scorecards.kind === 'failed' ? scorecards.error : undefined,
    candidate,
    job,
    interviews: interviews.length,
    invalid,
  };
}
