// The debrief's roll-up of a candidate's records: conclusions counted and the v2 totals summed up. Pure.
import type { InterviewRecord } from '../../feishu/types';
import type { ShownRecord } from '../scorecard/shownRecords';

/** What a record says for the decision; not-submitted wins over a conclusion the form may carry by default. */
export type ConclusionKey = 'pass' | 'fail' | 'pending' | 'notSubmitted' | 'noShow' | 'notStarted' | 'unknown';

export const CONCLUSION_KEYS: readonly ConclusionKey[] = ['pass', 'fail', 'pending', 'notSubmitted', 'noShow', 'notStarted', 'unknown'];

/** 1 pass, 2 fail, 3 not started, 4 not submitted, 5 no-show, 6 pending; commit_status 2 is not submitted. */
export function conclusionKey(record: InterviewRecord): ConclusionKey {
  if (record.conclusion === 5) { return 'noShow'; }
  if (record.commit_status === 2 || record.conclusion === 4) { return 'notSubmitted'; }
  switch (record.conclusion) {
    case 1:
      return 'pass';
    case 2:
      return 'fail';
    case 3:
      return 'notStarted';
    case 6:
      return 'pending';
    default:
      return 'unknown';
  }
}

export interface TotalsSummary {
  /** Scorecards with a v2 total. */
  count: number;
  /** Of `score / total_score` as percent where a total is given, else of the raw scores. */
  average?: number;
  min?: number;
  max?: number;
  /** Every total out of the same maximum (100 usually): the numbers are then shown as they are. */
  outOf?: number;
}

export interface Rollup {
  counts: Record<ConclusionKey, number>;
  totals: TotalsSummary;
}

export function rollupOf(records: readonly ShownRecord[]): Rollup {
  const counts = Object.fromEntries(CONCLUSION_KEYS.map(k => [k, 0])) as Record<ConclusionKey, number>;
  const scores: number[] = [];
  const maxima = new Set<number | undefined>();
  for (const { record, card } of records) {
    counts[conclusionKey(record)]++;
    const score = card?.record_score?.score;
    // A scorecard not submitted carries a total of what is filled in so far: not a result.
    if (score === undefined || card?.commit_status === 2) { continue; }
    const total = card?.record_score?.total_score;
    maxima.add(total);
    scores.push(score);
  }
  const [only] = maxima;
  const sameScale = maxima.size === 1;
  const values = sameScale ? scores : records.flatMap(({ card }) => {
    const s = card?.record_score;
    return s?.score !== undefined && card?.commit_status !== 2 ? [s.total_score ? (s.score / s.total_score) * 100 : s.score] : [];
  });
  if (values.length === 0) { return { counts, totals: { count: 0 } }; }
  return {
    counts,
    totals: {
      count: values.length,
      average: values.reduce((a, b) => a + b, 0) / values.length,
      min: Math.min(...values),
      max: Math.max(...values),
      outOf: sameScale ? only : 100,
    },
  };
}
