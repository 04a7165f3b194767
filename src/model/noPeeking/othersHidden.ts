// No peeking (feishuHire.hideOthersUntilSubmitted): while I still have a record to submit for an interview, the other
// interviewers' conclusions, scores, notes, suggested levels and dimension values of that interview are not shown or
// copied anywhere, so my feedback is my own (anchoring). One pure rule for every place that shows or exports them.
import type { Interview, InterviewRecord, JsonObject } from '../../feishu/types';
import type { ScorecardResult } from '../scorecard/scorecards';

/** Who "I" am, by the IDs a record's interviewer may carry (open_id, union_id, user_id of the profile's app). */
export interface Viewer {
  ids: ReadonlySet<string>;
}

const HIDDEN_FIELDS = ['conclusion', 'interview_score', 'content', 'min_job_level_id', 'max_job_level_id'] as const;

export function isMine(record: InterviewRecord, viewer: Viewer): boolean {
  const id = record.interviewer?.id ?? record.user_id;
  return id !== undefined && viewer.ids.has(id);
}

/** Whether the rule applies: on, I am known, and a record of mine on this interview is not submitted. */
export function othersHidden(interview: Interview, viewer: Viewer | undefined, enabled: boolean): boolean {
  if (!enabled || !viewer) { return false; }
  return interview.interview_record_list.some(r => isMine(r, viewer) && r.commit_status !== 1);
}

function redactRecord(record: InterviewRecord): InterviewRecord {
  const raw: JsonObject = { ...record.raw };
  for (const field of HIDDEN_FIELDS) { delete raw[field]; }
  return { raw, id: record.id, user_id: record.user_id, commit_status: record.commit_status, interviewer: record.interviewer };
}

/** The interview with every other interviewer's verdict removed, in the parsed fields and in the raw JSON alike. */
export function withOthersHidden(interview: Interview, viewer: Viewer): Interview {
  const records = interview.interview_record_list.map(r => isMine(r, viewer) ? r : redactRecord(r));
  const rawList = records.map(r => r.raw);
  return { ...interview, raw: { ...interview.raw, interview_record_list: rawList }, interview_record_list: records };
}

/** Only my own scorecard stays. */
export function scorecardWithOthersHidden(result: ScorecardResult | undefined, interview: Interview, viewer: Viewer): ScorecardResult | undefined {
  if (result?.kind !== 'loaded') { return result; }
  const mine = new Set(interview.interview_record_list.filter(r => isMine(r, viewer)).map(r => r.id));
  return { kind: 'loaded', records: new Map([...result.records].filter(([id]) => mine.has(id))) };
}

/** The debrief's rounds under the rule: each interview I still owe feedback on loses the others' verdicts and scorecards. */
export function roundsWithOthersHidden<T extends Interview>(
  interviews: readonly T[],
  scorecards: ScorecardResult | undefined,
  viewer: Viewer | undefined,
  enabled: boolean,
): { interviews: T[]; scorecards: ScorecardResult | undefined; hidden: number; } {
  const owed = viewer ? interviews.filter(i => othersHidden(i, viewer, enabled)) : [];
  if (!viewer || owed.length === 0) { return { interviews: [...interviews], scorecards, hidden: 0 }; }
  const hiddenIds = new Set(owed.flatMap(i => i.interview_record_list.filter(r => !isMine(r, viewer)).map(r => r.id)));
  return {
    interviews: interviews.map(i => owed.includes(i) ? { ...i, ...withOthersHidden(i, viewer) } : i),
    scorecards: scorecards?.kind === 'loaded' ? { kind: 'loaded', records: new Map([...scorecards.records].filter(([id]) => !hiddenIds.has(id))) } : scorecards,
    hidden: owed.length,
  };
}
