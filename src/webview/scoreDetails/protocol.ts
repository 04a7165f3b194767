// Messages between the score details page and the extension host, typed once for both sides.
// The page gets plain, already-localised strings: it has no l10n and renders everything as text.

export interface RecordTarget {
  root: 'pinned' | 'all';
  applicationId: string;
  interviewId: string;
  recordId: string;
}

export type Tone = 'pass' | 'fail' | 'pending' | 'neutral' | 'warning' | 'unknown';

export interface ComparisonRow {
  recordId: string;
  interviewer: string;
  conclusion: string;
  tone: Tone;
  score: string;
  commit: string;
  excerpt: string;
  current: boolean;
}

export type { ScorecardCell, ScorecardColumn, ScorecardRow, ScorecardSection, ScorecardView } from '../../model/scorecard/scorecardViewTypes';
import type { ScorecardView } from '../../model/scorecard/scorecardViewTypes';

export interface ScoreDetailsModel {
  target: RecordTarget;
  /** The session the data was read under; a saved page is shown again only to the same one. */
  owner: string;
  sample: boolean;
  title: string;
  score: { level?: string; missing: boolean; name?: string; description?: string; otherName?: string; otherDescription?: string; };
  conclusion: { label: string; tone: Tone; };
  commit: { label: string; submitted: boolean | undefined; };
  levelRange?: string;
  /** Why a level is shown as an ID (the permission to enable). */
  levelNote?: string;
  scorecard?: ScorecardView;
  interviewer: string;
  content: string;
  round: string;
  time: string;
  stage?: string;
  rows: ComparisonRow[];
  loadedAt: string;
  /** Localised UI strings, keyed by use. */
  text: Record<UiText, string>;
}

export type UiText =
  | 'score'
  | 'noScore'
  | 'showOther'
  | 'showMine'
  | 'conclusion'
  | 'commitStatus'
  | 'suggestedLevel'
  | 'interviewer'
  | 'notes'
  | 'noNotes'
  | 'interview'
  | 'round'
  | 'time'
  | 'stage'
  | 'otherInterviewers'
  | 'thisRecord'
  | 'copyJson'
  | 'reveal'
  | 'refresh'
  | 'sample'
  | 'colInterviewer'
  | 'colConclusion'
  | 'colScore'
  | 'colCommit'
  | 'colNotes'
  | 'scorecard'
  | 'totalScore'
  | 'disagree'
  | 'dimension'
  | 'debrief';

export type HostMessage = { type: 'show'; model: ScoreDetailsModel; } | { type: 'error'; message: string; };

export type PageMessage = { type: 'ready'; } | { type: 'copyJson'; } | { type: 'reveal'; } | { type: 'refresh'; } | { type: 'debrief'; };

/**
 * What the page saves with setState, which VS Code writes into the workspace's storage in plain text: which record
 * and whose session, never the notes or anything else read from the service (the host reads the record again).
 */
export interface PageState {
  target: RecordTarget;
  owner: string;
}

/** A saved state as found (from disk, possibly from an older version that saved the whole page): checked field by field. */
export function parsePageState(value: unknown): PageState | undefined {
  const v = typeof value === 'object' && value !== null ? value as Record<string, unknown> : {};
  const target = typeof v['target'] === 'object' && v['target'] !== null ? v['target'] as Record<string, unknown> : {};
  const { root, applicationId, interviewId, recordId } = target;
  const ids = [applicationId, interviewId, recordId];
  if ((root !== 'pinned' && root !== 'all') || !ids.every(id => typeof id === 'string' && /^\d{1,32}$/.test(id)) || typeof v['owner'] !== 'string') {
    return undefined;
  }
  return { target: { root, applicationId: applicationId as string, interviewId: interviewId as string, recordId: recordId as string }, owner: v['owner'] };
}

export function isPageMessage(value: unknown): value is PageMessage {
  const type = (value as { type?: unknown; } | null)?.type;
  return type === 'ready' || type === 'copyJson' || type === 'reveal' || type === 'refresh' || type === 'debrief';
}
