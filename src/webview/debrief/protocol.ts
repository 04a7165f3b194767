// Messages between the debrief page and the extension host, typed once for both sides. As with score details, the
// page gets plain, already-localised strings and renders everything as text.
import type { ScorecardView } from '../../model/scorecard/scorecardViewTypes';
import type { Tone } from '../scoreDetails/protocol';

export interface DebriefTarget {
  applicationId: string;
}

/** One interviewer's record in a round. */
export interface DebriefRecord {
  recordId: string;
  interviewer: string;
  conclusion: string;
  tone: Tone;
  /** The seed's score ("4 · Strong hire"), or "—". */
  score: string;
  /** The v2 total ("82.5 / 100"); "" while unknown. */
  total: string;
  /** "Not submitted" or "No-show" when so, to mark the cell; else "". */
  mark: string;
  /** The notes on one line, shortened; `note` is the whole text, shown on demand. */
  noteLine: string;
  note: string;
}

export interface DebriefRound {
  interviewId: string;
  /** "Round 2 · Final interview". */
  title: string;
  time: string;
  records: DebriefRecord[];
}

export interface DebriefCount {
  label: string;
  tone: Tone;
  count: number;
}

export interface DebriefLevel {
  recordId: string;
  who: string;
  range: string;
}

export interface DebriefRollup {
  counts: DebriefCount[];
  /** "Average 78.5 / 100 (65 to 92) over 14 scorecards", or a notice. */
  totals: string;
  levels: DebriefLevel[];
  /** Where the ranges meet, or that they do not. */
  overlap: string;
}

export interface DebriefModel {
  target: DebriefTarget;
  owner: string;
  sample: boolean;
  title: string;
  candidate: string;
  job: string;
  stage: string;
  rounds: DebriefRound[];
  rollup: DebriefRollup;
  /** Every round's interviewers as columns, one row per dimension; the heading of each column names its round. */
  scorecard: ScorecardView;
  columnRounds: string[];
  /** Why part of the page is missing (interviews left out, a listing cut short). */
  notice?: string;
  loadedAt: string;
  text: Record<DebriefText, string>;
}

export type DebriefText =
  | 'candidate'
  | 'job'
  | 'stage'
  | 'rounds'
  | 'rollup'
  | 'conclusions'
  | 'totals'
  | 'levels'
  | 'overlap'
  | 'dimensions'
  | 'dimension'
  | 'totalScore'
  | 'disagree'
  | 'colInterviewer'
  | 'colConclusion'
  | 'colScore'
  | 'colTotal'
  | 'colNotes'
  | 'showNote'
  | 'hideNote'
  | 'noNotes'
  | 'openDetails'
  | 'reveal'
  | 'copyJson'
  | 'copyMarkdown'
  | 'refresh'
  | 'sample'
  | 'noRounds';

export type HostMessage = { type: 'show'; model: DebriefModel; } | { type: 'error'; message: string; };

export type RecordAction = 'openDetails' | 'reveal' | 'copyJson';

export type PageMessage = { type: 'ready'; } | { type: 'refresh'; } | { type: 'copyMarkdown'; } | { type: RecordAction; recordId: string; };

/** Saved with setState (plain text in the workspace's storage): which application and whose session, nothing read. */
export interface PageState {
  target: DebriefTarget;
  owner: string;
}

const ID = /^\d{1,32}$/;

export function parsePageState(value: unknown): PageState | undefined {
  const v = typeof value === 'object' && value !== null ? value as Record<string, unknown> : {};
  const target = typeof v['target'] === 'object' && v['target'] !== null ? v['target'] as Record<string, unknown> : {};
  const applicationId = target['applicationId'];
  if (typeof applicationId !== 'string' || !ID.test(applicationId) || typeof v['owner'] !== 'string') { return undefined; }
  return { target: { applicationId }, owner: v['owner'] };
}

export function isPageMessage(value: unknown): value is PageMessage {
  const v = (typeof value === 'object' && value !== null ? value : {}) as { type?: unknown; recordId?: unknown; };
  switch (v.type) {
    case 'ready':
    case 'refresh':
    case 'copyMarkdown':
      return true;
    case 'openDetails':
    case 'reveal':
    case 'copyJson':
      return typeof v.recordId === 'string' && ID.test(v.recordId);
    default:
      return false;
  }
}
