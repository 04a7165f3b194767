// Reads the whole scorecards (v2) of an interview's records: one request for every interviewer, made when
// the details panel opens, never while browsing. A refusal or failure is a result, not an exception:
// the panel then says so in one line and shows what the seed endpoint gave.
import { FeishuError } from '../../feishu/errors';
import { MAX_V2_RECORD_IDS, type HireApi } from '../../feishu/hireApi';
import type { InterviewRecordV2 } from '../../feishu/scorecard';
import type { Interview, UserIdType } from '../../feishu/types';

export type ScorecardResult = { kind: 'loaded'; records: ReadonlyMap<string, InterviewRecordV2>; } | { kind: 'failed'; error: FeishuError; };

export function readScorecards(api: HireApi, interview: Interview, userIdType: UserIdType, signal?: AbortSignal): Promise<ScorecardResult> {
  return readScorecardsOf(api, interview.interview_record_list.map(r => r.id), userIdType, signal);
}

/** Any records' scorecards (a debrief: every round of an application), `MAX_V2_RECORD_IDS` a request. */
export async function readScorecardsOf(api: HireApi, recordIds: readonly string[], userIdType: UserIdType, signal?: AbortSignal): Promise<ScorecardResult> {
  const ids = [...new Set(recordIds)];
  const records = new Map<string, InterviewRecordV2>();
  try {
    for (let i = 0; i < ids.length; i += MAX_V2_RECORD_IDS) {
      const page = await api.listInterviewRecordsV2(ids.slice(i, i + MAX_V2_RECORD_IDS), { userIdType, signal });
      for (const record of page.items) { records.set(record.id, record); }
    }
    return { kind: 'loaded', records };
  } catch (e) {
    if (e instanceof FeishuError) { return { kind: 'failed', error: e }; }
    throw e;
  }
}
