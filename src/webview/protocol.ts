// Messages between the score details page and the extension host, typed once for both sides.
// The page gets plain, already-localised strings: it has no l10n and renders everything as text.

export interface RecordTarget {
  root: 'pinned' | 'all';
  applicationId: string;
  interviewId: string;
  recordId: string;
}

export type Tone = 'pass' | 'fail' | 'neutral' | 'warning' | 'unknown';

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

export interface ScoreDetailsModel {
  target: RecordTarget;
  /** The session the data was read under; a saved page is shown again only to the same one. */
  owner: string;
  sample: boolean;
  title: string;
  score: {
    level?: string;
    missing: boolean;
    name?: string;
    description?: string;
    otherName?: string;
    otherDescription?: string;
  };
  conclusion: { label: string; tone: Tone };
  commit: { label: string; submitted: boolean | undefined };
  levelRange?: string;
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
  | 'score' | 'noScore' | 'showOther' | 'showMine' | 'conclusion' | 'commitStatus' | 'suggestedLevel' | 'interviewer'
  | 'notes' | 'noNotes' | 'interview' | 'round' | 'time' | 'stage' | 'otherInterviewers' | 'thisRecord'
  | 'copyJson' | 'reveal' | 'refresh' | 'sample' | 'colInterviewer' | 'colConclusion' | 'colScore'
  | 'colCommit' | 'colNotes';

export type HostMessage =
  | { type: 'show'; model: ScoreDetailsModel }
  | { type: 'error'; message: string };

export type PageMessage =
  | { type: 'ready' }
  | { type: 'copyJson' }
  | { type: 'reveal' }
  | { type: 'refresh' };

export interface PageState { model?: ScoreDetailsModel }

export function isPageMessage(value: unknown): value is PageMessage {
  const type = (value as { type?: unknown } | null)?.type;
  return type === 'ready' || type === 'copyJson' || type === 'reveal' || type === 'refresh';
}
