// Which records a page shows, with their whole scorecards: the one place the score details panel, the debrief, the
// exports and Copy as JSON turn records into view data, so a rule about whose feedback may be seen (others hidden
// until one's own is submitted) is written here once and holds everywhere, in what they copy and write too.
import type { InterviewRecordV2 } from '../../feishu/scorecard';
import type { Interview, InterviewRecord } from '../../feishu/types';
import { isMine, othersHidden, withOthersHidden, type Viewer } from '../noPeeking/othersHidden';
import type { CopyableNode } from '../tree/hireNode';
import type { ScorecardResult } from './scorecards';

export interface ShownRecord<I extends Interview = Interview> {
  interview: I;
  record: InterviewRecord;
  /** The v2 scorecard, when read and sent. */
  card?: InterviewRecordV2;
  /** Another interviewer's record whose verdict, notes, levels and scorecard are held back (no peeking). */
  hidden?: boolean;
}

/** feishuHire.hideOthersUntilSubmitted, with who I am. */
export interface NoPeekingRule {
  viewer: Viewer | undefined;
  enabled: boolean;
}

/** Every record of these interviews in order, the first of a repeated record ID only; under the rule, the others' redacted. */
export function shownRecords<I extends Interview>(interviews: readonly I[], scorecards?: ScorecardResult, rule?: NoPeekingRule): ShownRecord<I>[] {
  const seen = new Set<string>();
  const out: ShownRecord<I>[] = [];
  for (const interview of interviews) {
    const viewer = rule && othersHidden(interview, rule.viewer, rule.enabled) ? rule.viewer : undefined;
    const redacted = viewer && withOthersHidden(interview, viewer).interview_record_list;
    interview.interview_record_list.forEach((record, i) => {
      if (seen.has(record.id)) { return; }
      seen.add(record.id);
      if (viewer && redacted && !isMine(record, viewer)) {
        out.push({ interview, record: redacted[i] ?? record, hidden: true });
        return;
      }
      out.push({ interview, record, card: scorecards?.kind === 'loaded' ? scorecards.records.get(record.id) : undefined });
    });
  }
  return out;
}

/** Copy as JSON under the rule: interviews and records lose the others' verdicts (raw JSON too); `hidden` counts the records held back. */
export function shownNodes(nodes: readonly CopyableNode[], rule: NoPeekingRule): { nodes: CopyableNode[]; hidden: number; } {
  let hidden = 0;
  const out = nodes.map((node): CopyableNode => {
    if (node.kind !== 'interview' && node.kind !== 'record') { return node; }
    const shown = shownRecords([node.interview], undefined, rule);
    const held = shown.filter(s => s.hidden && (node.kind === 'interview' || s.record.id === node.record.id));
    if (held.length === 0) { return node; }
    hidden += held.length;
    if (node.kind === 'record') { return { ...node, record: held[0]!.record }; }
    const interview = withOthersHidden(node.interview, rule.viewer!);
    return { ...node, interview: { ...node.interview, ...interview } };
  });
  return { nodes: out, hidden };
}
