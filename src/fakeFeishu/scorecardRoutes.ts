// Paths of the scorecard endpoints: v2 interview records and the contact job levels.
import type { RouteMatch } from './requestChecks';

export function matchScorecardRoute(path: string): RouteMatch | undefined {
  const m = /^\/open-apis\/(?:hire\/v2\/(interview_records)|contact\/v3\/(job_levels))(?:\/([^/]+))?$/.exec(path);
  if (!m) { return undefined; }
  let id: string | undefined;
  try {
    id = m[3] === undefined ? undefined : decodeURIComponent(m[3]);
  } catch {
    id = m[3];
  }
  if (m[1]) { return id === undefined ? { route: 'interviewRecordsV2' } : { route: 'interviewRecordV2', id }; }
  return id === undefined ? { route: 'jobLevels' } : { route: 'jobLevel', id };
}
