// What the scorecard, level-name and export features need from the session, as functions: the session's
// owner supplies them, so these features never hold a client of their own.
import type { HireApi } from '../feishu/hireApi';
import type { Interview, UserIdType } from '../feishu/types';
import type { JobLevelNames } from '../model/directory/jobLevelNames';
import { readScorecards, type ScorecardResult } from '../model/scorecard/scorecards';

export interface ScorecardDeps {
  /** Undefined while signed out. */
  api: () => HireApi | undefined;
  userIdType: () => UserIdType;
  levels: JobLevelNames;
}

/** For the details panel when it opens: the interview's whole scorecards and the level names, together. */
export async function scorecardExtras(deps: ScorecardDeps, interview: Interview): Promise<{ scorecard?: ScorecardResult; levels: JobLevelNames }> {
  const api = deps.api();
  const [scorecard] = await Promise.all([api ? readScorecards(api, interview, deps.userIdType()) : undefined, deps.levels.ensure()]);
  return { scorecard, levels: deps.levels };
}
