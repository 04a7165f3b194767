// Which records a page shows, with their whole scorecards: the one place the score details panel and the debrief
// turn records into view data, so a rule about whose feedback may be seen (say, others hidden until one's own is
// submitted) is written here once and holds on both pages, and in what they copy.
import type { InterviewRecordV2 } from '../../feishu/scorecard';
import type { Interview, InterviewRecord } from '../../feishu/types';
import type { ScorecardResult } from './scorecards';

export interface ShownRecord<I extends Interview = Interview> {
  interview: I;
  record: InterviewRecord;
  /** The v2 scorecard, when read and sent. */
  card?: InterviewRecordV2;
}

/** Every record of these interviews in order, the first of a repeated record ID only. */
export function shownRecords<I extends Interview>(interviews: readonly I[], scorecards?: ScorecardResult): ShownRecord<I>[] {
  const seen = new Set<string>();
  const out: ShownRecord<I>[] = [];
  for (const interview of interviews) {
    for (const record of interview.interview_record_list) {
      if (seen.has(record.id)) { continue; }
      seen.add(record.id);
      out.push({ interview, record, card: scorecards?.kind === 'loaded' ? scorecards.records.get(record.id) : undefined });
    }
  }
  return out;
}
