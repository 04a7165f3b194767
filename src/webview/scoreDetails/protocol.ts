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

/** One interviewer's answer to a dimension or question. */
export interface ScorecardCell {
  text: string;
  /** The chosen option's score, a rating, or "" when the dimension has none. */
  score: string;
  empty: boolean;
}

export interface ScorecardRow {
  kind: 'dimension' | 'question' | 'ability';
  label: string;
  /** Weight, type or the question's description. */
  detail: string;
  /** One cell per column, in column order. */
  cells: ScorecardCell[];
  /** Interviewers chose different options: where a reader looks first. */
  disagree: boolean;
}

export interface ScorecardSection {
  title: string;
  detail: string;
  /** Module score per column ("" where none). */
  scores: string[];
  rows: ScorecardRow[];
}

export interface ScorecardColumn {
  recordId: string;
  interviewer: string;
  current: boolean;
  /** "82.5 / 100", or "" without a total. */
  total: string;
  /** "Not submitted" and the like; "" when the scorecard is there. */
  status: string;
}

/** The whole v2 scorecard, interviewers side by side; `notice` alone when v2 could not be read. */
export interface ScorecardView {
  notice?: string;
  /** The notice says the scorecard is on its way, not that it is missing. */
  loading?: boolean;
  columns: ScorecardColumn[];
  sections: ScorecardSection[];
}

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
  | 'dimension';

export type HostMessage = { type: 'show'; model: ScoreDetailsModel; } | { type: 'error'; message: string; };

export type PageMessage = { type: 'ready'; } | { type: 'copyJson'; } | { type: 'reveal'; } | { type: 'refresh'; };

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
  return type === 'ready' || type === 'copyJson' || type === 'reveal' || type === 'refresh';
}
