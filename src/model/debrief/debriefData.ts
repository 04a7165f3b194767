// What a debrief reads, in as few requests as the API allows: the application's interviews from the successor
// listing (names included, 100 a page), the label and level names from the connection's directory (free once
// known), then every record's v2 scorecard by `ids` in batches. The rounds are handed over as soon as they are in.
import { FeishuError } from '../../feishu/errors';
import { MAX_INTERVIEW_PAGE_SIZE, MAX_SUCCESSOR_PAGE_SIZE } from '../../feishu/hireApi';
import { PageWalk, type FetchPage } from '../../feishu/pager';
import type { ParsedInterview } from '../../feishu/validate';
import type { HireConnection } from '../connection/hireConnection';
import type { ApplicationLabel } from '../directory/tenantDirectory';
import { readScorecardsOf, type ScorecardResult } from '../scorecard/scorecards';
import { APPLICATION_INTERVIEWS_BUDGET } from '../walkBudgets';

export interface DebriefRounds {
  interviews: ParsedInterview[];
  /** Interviews and records the validator rejected: left out, and the page says so. */
  invalid: number;
  label?: ApplicationLabel;
  /** The listing stopped early (a broken chain, the walk's budget): what came is shown. */
  partial?: FeishuError;
  /** More interviews than a debrief reads (MAX_DEBRIEF_INTERVIEWS): the first ones are shown. */
  truncated?: boolean;
}

/** A real candidate has a handful of rounds; a reply claiming thousands is not walked to its end for one page. */
export const MAX_DEBRIEF_INTERVIEWS = 500;

export interface DebriefData extends DebriefRounds {
  scorecards: ScorecardResult;
}

async function walkAll(fetchPage: FetchPage<ParsedInterview>, endpoint: string, signal?: AbortSignal): Promise<Omit<DebriefRounds, 'label'>> {
  const walk = new PageWalk<ParsedInterview>(fetchPage, endpoint, i => i.id, APPLICATION_INTERVIEWS_BUDGET);
  const interviews: ParsedInterview[] = [];
  let invalid = 0;
  try {
    while (!walk.done) {
      if (interviews.length >= MAX_DEBRIEF_INTERVIEWS) { return { interviews: interviews.slice(0, MAX_DEBRIEF_INTERVIEWS), invalid, truncated: true }; }
      const step = await walk.step(signal);
      interviews.push(...step.items);
      invalid += step.invalid.length + step.items.reduce((n, i) => n + i.invalidRecords.length, 0);
    }
    if (interviews.length > MAX_DEBRIEF_INTERVIEWS) { return { interviews: interviews.slice(0, MAX_DEBRIEF_INTERVIEWS), invalid, truncated: true }; }
  } catch (e) {
    // A chain that breaks after some pages still shows those; a first page that fails is the answer.
    if (interviews.length === 0 || !(e instanceof FeishuError) || e.kind === 'cancelled') { throw e; }
    return { interviews, invalid, partial: e };
  }
  return { interviews, invalid };
}

/** The successor listing, or the seed endpoint where a tenant answers only that one (contract §3). */
export async function readRounds(connection: HireConnection, applicationId: string, signal?: AbortSignal): Promise<Omit<DebriefRounds, 'label'>> {
  const { api, userIdType } = connection;
  try {
    return await walkAll(
      (pageToken, s) => api.listInterviewsWithNames(applicationId, { pageToken, pageSize: MAX_SUCCESSOR_PAGE_SIZE, userIdType, signal: s }),
      '/open-apis/hire/v1/interviews',
      signal,
    );
  } catch (e) {
    if (!(e instanceof FeishuError) || e.kind === 'cancelled' || e.kind === 'config' || e.isCredentialProblem) { throw e; }
    return walkAll(
      (pageToken, s) => api.listInterviews(applicationId, { pageToken, pageSize: MAX_INTERVIEW_PAGE_SIZE, userIdType, signal: s }),
      `/open-apis/hire/v1/applications/${applicationId}/interviews`,
      signal,
    );
  }
}

/** Reads the debrief: `onRounds` gets the rounds (with the label) first, the result adds the scorecards. */
export async function readDebrief(
  connection: HireConnection,
  applicationId: string,
  options: { signal?: AbortSignal; onRounds?: (rounds: DebriefRounds) => void; } = {},
): Promise<DebriefData> {
  const { directory } = connection;
  const { signal } = options;
  // Names are optional: a failure leaves the IDs. Both run beside the listing and cost nothing once known.
  const label = directory.ensureApplication(applicationId, signal).catch(() => undefined);
  const levels = directory.levels.ensure(signal).catch(() => undefined);
  const rounds: DebriefRounds = { ...await readRounds(connection, applicationId, signal), label: await label };
  options.onRounds?.(rounds);
  const ids = rounds.interviews.flatMap(i => i.interview_record_list.map(r => r.id));
  const [scorecards] = await Promise.all([readScorecardsOf(connection.api, ids, connection.userIdType, signal), levels]);
  if (signal?.aborted) { throw new FeishuError({ kind: 'cancelled', detail: 'cancelled' }); }
  return { ...rounds, scorecards };
}
