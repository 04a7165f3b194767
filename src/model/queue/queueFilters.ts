// The filters of Feedback Owed and Recent Interviews, applied in one place: Filter by Job and Only Mine, side by side.
// Only Mine keeps the interviews I am an interviewer of and, in Feedback Owed, only what I owe, in Ready for Debrief
// the candidates I interviewed; it holds only while "I" am known (signed in, or picked with "I Am…"). Filter by Job
// keeps that job's rows in every group, Ready for Debrief's too.
import type { ParsedInterview } from '../../feishu/validate';
import type { Viewer } from '../noPeeking/othersHidden';
import { isMyKey, ofMine } from '../mine/me';
import type { OwedGroup, OwedItem } from './queueItems';
import { readyForDebrief, type ReadyApplication } from './readyForDebrief';
import { ofJob, type JobFilter, type LabelOf } from './queueJobs';

export interface QueueFilters {
  job?: JobFilter;
  /** Set only while Only Mine is on and I am known. */
  me?: Viewer;
}

/** The listing's interviews the filters keep; `unplaced` counts those the job filter cannot place yet. */
export function filtered(listed: readonly ParsedInterview[], filters: QueueFilters, label: LabelOf): { kept: ParsedInterview[]; unplaced: number; } {
  const { kept, unplaced } = ofJob(listed, filters.job, label);
  return { kept: filters.me ? ofMine(kept, filters.me) : kept, unplaced };
}

/** Owed items under Only Mine: mine only (my interviews also list what the others owe). */
export function owedOfMine(items: OwedItem[], me: Viewer | undefined): OwedItem[] {
  return me ? items.filter(item => isMyKey(item.interviewerKey, me)) : items;
}

/** Whom Copy Reminder may remind: never me. */
export function othersThanMe(groups: readonly OwedGroup[], me: Viewer | undefined): OwedGroup[] {
  return groups.filter(g => !isMyKey(g.interviewerKey, me));
}

/**
 * Ready for Debrief under the filters: the job's candidates and, under Only Mine, those I interviewed in the window.
 * Readiness and counts stay those of every interviewer: a debrief is the whole panel's, and my own feedback being in
 * does not make the candidate ready.
 */
export function readyUnder(listed: readonly ParsedInterview[], filters: QueueFilters, label: LabelOf, nowMs: number): ReadyApplication[] {
  const ready = readyForDebrief(ofJob(listed, filters.job, label).kept, nowMs, id => label(id)?.application);
  const me = filters.me;
  return me ? ready.filter(r => ofMine(r.interviews, me).length > 0) : ready;
}
