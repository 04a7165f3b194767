// Builds what the debrief page shows from an application's interviews and their v2 scorecards: pure, localised
// through `t`, linear in the number of cells. Records become view data through shownRecords, as in score details.
import type { Translate } from '../../feishu/translate';
import type { I18nText, Interview, InterviewRecord } from '../../feishu/types';
import { levelRange, type LevelNameLookup } from '../../model/directory/jobLevelNames';
import { overlapOf, type RankedRange } from '../../model/debrief/levelOverlap';
import { CONCLUSION_KEYS, conclusionKey, rollupOf, type ConclusionKey } from '../../model/debrief/rollup';
import { buildScorecardView, decimalText } from '../../model/scorecard/scorecardView';
import type { ScorecardResult } from '../../model/scorecard/scorecards';
import { shownRecords, type ShownRecord } from '../../model/scorecard/shownRecords';
import {
  conclusionInfo,
  formatTimeRange,
  formatTimestamp,
  interviewerLabel,
  jobLevelRange,
  pickI18n,
  roundLabel,
  scoreText,
  type Lang,
} from '../../model/text/format';
import type { Tone } from '../scoreDetails/protocol';
import type { DebriefCount, DebriefLevel, DebriefModel, DebriefRecord, DebriefRound, DebriefTarget, DebriefText } from './protocol';

export interface DebriefInput {
  target: DebriefTarget;
  owner: string;
  sample: boolean;
  interviews: readonly Interview[];
  candidate?: string;
  job?: string;
  /** The application's current stage. */
  stage?: string;
  /** v2 scorecards of every record; absent while they are read (`scorecardLoading`) or not asked. */
  scorecards?: ScorecardResult;
  scorecardLoading?: boolean;
  levels?: LevelNameLookup;
  /** Names the listing did not carry (the successor's, read before). */
  interviewerName?: (recordId: string) => I18nText | undefined;
  notice?: string;
  lang: Lang;
  locale: string;
  timeZone?: string;
  t: Translate;
  now: number;
}

const NOTE_LINE = 120;

export function debriefText(t: Translate): Record<DebriefText, string> {
  return {
    candidate: t('Candidate'),
    job: t('Job'),
    stage: t('Stage'),
    rounds: t('Rounds'),
    rollup: t('Roll-up'),
    conclusions: t('Conclusions'),
    totals: t('Total scores'),
    levels: t('Suggested levels'),
    overlap: t('Where the ranges meet'),
    dimensions: t('Dimensions across all rounds'),
    dimension: t('Dimension'),
    totalScore: t('Total score'),
    disagree: t('Interviewers disagree'),
    colInterviewer: t('Interviewer'),
    colConclusion: t('Conclusion'),
    colScore: t('Score'),
    colTotal: t('Total score'),
    colNotes: t('Notes'),
    showNote: t('Show all'),
    hideNote: t('Show less'),
    noNotes: t('No notes written'),
    openDetails: t('Show Score Details'),
    reveal: t('Reveal in Tree'),
    copyJson: t('Copy JSON'),
    copyMarkdown: t('Copy Debrief as Markdown'),
    refresh: t('Refresh'),
    sample: t('Sample data from the built-in demo tenant, not real company data.'),
    noRounds: t('No interviews for this application yet.'),
  };
}

/** Rounds in the order they happened; undated ones last, then by round number. */
export function roundsInOrder<I extends Interview>(interviews: readonly I[]): I[] {
  const when = (i: Interview): number => i.begin_time ?? Number.MAX_SAFE_INTEGER;
  return [...interviews].sort((a, b) => when(a) - when(b) || (a.round ?? 0) - (b.round ?? 0) || a.id.localeCompare(b.id));
}

function conclusionLabel(key: ConclusionKey, t: Translate): { label: string; tone: Tone; } {
  const code: Record<ConclusionKey, number | undefined> = { pass: 1, fail: 2, notStarted: 3, notSubmitted: 4, noShow: 5, pending: 6, unknown: undefined };
  return conclusionInfo(code[key], t);
}

function totalOf(s: ShownRecord, t: Translate): string {
  const score = s.card?.record_score;
  if (score?.score === undefined) { return ''; }
  return score.total_score !== undefined ? t('{0} / {1}', decimalText(score.score), decimalText(score.total_score)) : decimalText(score.score);
}

function suggestedLevels(shown: readonly ShownRecord[], name: (s: ShownRecord) => string, input: DebriefInput) {
  const { lang, t, levels } = input;
  const rows: DebriefLevel[] = [];
  const ranked: RankedRange[] = [];
  const rankOfName = (text: string | undefined): number | undefined => {
    const id = text === undefined ? undefined : levels?.idOfName?.(text);
    return id === undefined ? undefined : levels?.rank?.(id);
  };
  for (const s of shown) {
    const fromCard = s.card?.modules.flatMap(m => m.dimensions).find(d => d.recommended_job_level)?.recommended_job_level;
    const { min_job_level_id: min, max_job_level_id: max } = s.record;
    const range = levelRange(min, max, { lang, t, lookup: levels, fromScorecard: fromCard });
    if (!range.text) { continue; }
    rows.push({ recordId: s.record.id, who: name(s), range: range.text });
    const lowName = range.minName ?? pickI18n(fromCard?.lower, lang);
    const highName = range.maxName ?? pickI18n(fromCard?.higher, lang);
    const low = (fromCard?.lower ? rankOfName(pickI18n(fromCard.lower, lang)) : undefined) ?? (min ? levels?.rank?.(min) : undefined);
    const high = (fromCard?.higher ? rankOfName(pickI18n(fromCard.higher, lang)) : undefined) ?? (max ? levels?.rank?.(max) : undefined);
    if (low !== undefined || high !== undefined) { ranked.push({ low, high, lowName, highName }); }
  }
  const overlap = overlapOf(ranked);
  const unplaced = rows.length - ranked.length;
  const text = rows.length === 0
    ? t('No level was suggested.')
    : overlap.kind === 'none'
    ? t('The suggested ranges do not overlap.')
    : overlap.kind === 'unknown'
    ? t('The tenant\'s level order is not known, so the overlap cannot be worked out.')
    : jobLevelRange(overlap.lowName, overlap.highName, t) ?? '';
  return { rows, overlap: unplaced > 0 && ranked.length > 0 ? t('{0} ({1} ranges could not be placed on the level scale)', text, unplaced) : text };
}

function recordOf(s: ShownRecord, who: string, t: Translate, lang: Lang): DebriefRecord {
  const r: InterviewRecord = s.record;
  const key = conclusionKey(r);
  const c = conclusionInfo(r.conclusion, t);
  const score = scoreText(r.interview_score, lang, t);
  const note = r.content ?? '';
  const firstLine = note.split(/\r\n?|\n/, 1)[0] ?? '';
  const line = firstLine.length > NOTE_LINE ? `${firstLine.slice(0, NOTE_LINE)}…` : firstLine !== note ? `${firstLine} …` : firstLine;
  return {
    recordId: r.id,
    interviewer: who,
    conclusion: key === 'notSubmitted' && r.conclusion !== 4 ? t('{0} (not submitted)', c.label) : c.label,
    tone: key === 'notSubmitted' ? 'warning' : c.tone,
    score: score.missing ? '—' : [score.level, score.name && score.name !== score.level ? score.name : undefined].filter(Boolean).join(' · '),
    total: totalOf(s, t),
    mark: key === 'notSubmitted' ? t('Not submitted') : key === 'noShow' ? t('No-show') : '',
    noteLine: line,
    note,
  };
}

export function buildDebriefModel(input: DebriefInput): DebriefModel {
  const { t, lang } = input;
  const interviews = roundsInOrder(input.interviews);
  const shown = shownRecords(interviews, input.scorecards);
  const names = new Map<string, string>();
  const name = (s: ShownRecord): string => {
    let n = names.get(s.record.id);
    if (n === undefined) {
      n = pickI18n(s.record.interviewer?.name, lang) ?? pickI18n(input.interviewerName?.(s.record.id), lang) ?? interviewerLabel(s.record, lang, t);
      names.set(s.record.id, n);
    }
    return n;
  };
  const time = { locale: input.locale, timeZone: input.timeZone, t };
  const roundTitle = (iv: Interview): string => [roundLabel(iv.round, t), pickI18n(iv.stage?.name, lang)].filter(Boolean).join(' · ');
  const byInterview = new Map<string, DebriefRound>();
  const rounds: DebriefRound[] = [];
  const roundNumber = new Map<string, number>();
  for (const s of shown) {
    let round = byInterview.get(s.interview.id);
    if (!round) {
      round = {
        interviewId: s.interview.id,
        title: roundTitle(s.interview),
        time: formatTimeRange(s.interview.begin_time, s.interview.end_time, time),
        records: [],
      };
      byInterview.set(s.interview.id, round);
      rounds.push(round);
      roundNumber.set(s.interview.id, rounds.length);
    }
    round.records.push(recordOf(s, name(s), t, lang));
  }
  const rollup = rollupOf(shown);
  const counts: DebriefCount[] = CONCLUSION_KEYS.filter(k =>
    rollup.counts[k] > 0 || k === 'pass' || k === 'fail' || k === 'pending' || k === 'notSubmitted' || k === 'noShow'
  ).map(k => ({ ...conclusionLabel(k, t), label: k === 'notSubmitted' ? t('Not submitted') : conclusionLabel(k, t).label, count: rollup.counts[k] }));
  const { totals: sum } = rollup;
  const totals = input.scorecardLoading
    ? t('Reading the scorecards…')
    : sum.count === 0 || sum.average === undefined
    ? t('No submitted scorecard has a total score.')
    : t(
      'Average {0} / {1} ({2} to {3}) over {4} scorecards',
      decimalText(sum.average),
      decimalText(sum.outOf),
      decimalText(sum.min),
      decimalText(sum.max),
      sum.count,
    );
  // The same interviewer may sit in several rounds: each range says which.
  const levels = suggestedLevels(shown, x => `${t('R{0}', roundNumber.get(x.interview.id) ?? 0)} · ${name(x)}`, input);
  const scorecard = input.scorecardLoading || !input.scorecards
    ? { notice: t('Reading the whole scorecards…'), loading: true, columns: [], sections: [] }
    : buildScorecardView({
      interview: { interview_record_list: shown.map(s => s.record) },
      currentRecordId: '',
      result: input.scorecards,
      lang,
      t,
      interviewerName: id => names.get(id) ?? id,
    });
  const candidate = input.candidate ?? '';
  const job = input.job ?? '';
  return {
    target: input.target,
    owner: input.owner,
    sample: input.sample,
    title: [candidate || t('Application {0}', input.target.applicationId), job].filter(Boolean).join(' · '),
    candidate,
    job,
    stage: input.stage ?? '',
    rounds,
    rollup: { counts, totals, levels: levels.rows, overlap: levels.overlap },
    scorecard,
    columnRounds: shown.map(s => t('R{0}', roundNumber.get(s.interview.id) ?? 0)),
    notice: input.notice,
    loadedAt: t('Loaded {0}', formatTimestamp(input.now, time)),
    text: debriefText(t),
  };
}
