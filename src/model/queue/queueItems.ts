// The recruiter's queue from the interviews of a window: what is owed, by whom, and each day's state.
// Pure functions over validated replies; the clock and the viewer's time zone come in as parameters.
import type { InterviewRecord } from '../../feishu/types';
import type { ParsedInterview } from '../../feishu/validate';
import { pickI18n, type Lang } from '../text/format';
import { calendarDaysBetween, dayKey, type QueueWindow } from './queueWindow';

/** A record not submitted (commit_status 2) on an interview that has ended. */
export interface OwedItem {
  interview: ParsedInterview;
  record: InterviewRecord;
  applicationId?: string;
  endMs: number;
  /** Calendar days in the viewer's zone: 0 ended today. */
  endedDaysAgo: number;
  /** interviewer.id, else user_id, else '' (nobody named). */
  interviewerKey: string;
  interviewerName?: string;
}

export interface OwedGroup {
  interviewerKey: string;
  /** From the reply; undefined when it sent none (the view says so, with the ID when there is one). */
  interviewerName?: string;
  /** Oldest first. */
  items: OwedItem[];
}

export interface InterviewState {
  interview: ParsedInterview;
  applicationId?: string;
  total: number;
  submitted: number;
  pass: number;
  fail: number;
  noShow: number;
  /** Conclusion 6, 待定. */
  pending: number;
  owed: number;
  phase: 'ended' | 'inProgress' | 'notStarted' | 'unknown';
  /** The moment the phase was judged at. */
  asOfMs: number;
}

export interface DayGroup {
  /** "2026-11-27" in the viewer's zone. */
  key: string;
  /** 0 today, 1 yesterday, … */
  daysAgo: number;
  /** A moment of that day, for formatting its date. */
  dayMs: number;
  /** By start time. */
  interviews: InterviewState[];
}

const NOT_SUBMITTED = 2;

/** One entry per interview ID (a quirky page chain may repeat items), inside the window, in start order. */
export function interviewsInWindow(interviews: readonly ParsedInterview[], window: QueueWindow): ParsedInterview[] {
  const seen = new Set<string>();
  const out: ParsedInterview[] = [];
  for (const interview of interviews) {
    const begin = interview.begin_time;
    // The service filters on start too; checking again keeps the bounds ours (inclusive) whatever it sends.
    if (begin === undefined || begin < window.startMs || begin > window.endMs || seen.has(interview.id)) { continue; }
    seen.add(interview.id);
    out.push(interview);
  }
  return out.sort((a, b) => (a.begin_time ?? 0) - (b.begin_time ?? 0) || a.id.localeCompare(b.id));
}

function hasEnded(interview: ParsedInterview, nowMs: number): interview is ParsedInterview & { end_time: number; } {
  return interview.end_time !== undefined && interview.end_time > 0 && interview.end_time <= nowMs;
}

export function owedItems(interviews: readonly ParsedInterview[], nowMs: number, lang: Lang, timeZone: string | undefined): OwedItem[] {
  const items: OwedItem[] = [];
  for (const interview of interviews) {
    if (!hasEnded(interview, nowMs)) { continue; }
    for (const record of interview.interview_record_list) {
      if (record.commit_status !== NOT_SUBMITTED) { continue; }
      items.push({
        interview,
        record,
        applicationId: interview.application_id,
        endMs: interview.end_time,
        endedDaysAgo: calendarDaysBetween(interview.end_time, nowMs, timeZone),
        interviewerKey: record.interviewer?.id || record.user_id || '',
        interviewerName: pickI18n(record.interviewer?.name, lang),
      });
    }
  }
  return items;
}

const byAge = (a: OwedItem, b: OwedItem): number => a.endMs - b.endMs || a.record.id.localeCompare(b.record.id);

/** By interviewer; the interviewer owing the oldest feedback first, each one's items oldest first. */
export function groupByInterviewer(items: readonly OwedItem[]): OwedGroup[] {
  const groups = new Map<string, OwedGroup>();
  for (const item of items) {
    let group = groups.get(item.interviewerKey);
    if (!group) {
      group = { interviewerKey: item.interviewerKey, items: [] };
      groups.set(item.interviewerKey, group);
    }
    group.interviewerName ??= item.interviewerName;
    group.items.push(item);
  }
  const list = [...groups.values()];
  for (const group of list) { group.items.sort(byAge); }
  return list.sort((a, b) => byAge(a.items[0] as OwedItem, b.items[0] as OwedItem));
}

export function interviewState(interview: ParsedInterview, nowMs: number): InterviewState {
  const records = interview.interview_record_list;
  const count = (test: (r: InterviewRecord) => boolean): number => records.filter(test).length;
  const begin = interview.begin_time;
  const phase = hasEnded(interview, nowMs) ? 'ended' : begin === undefined ? 'unknown' : begin > nowMs ? 'notStarted' : 'inProgress';
  return {
    interview,
    applicationId: interview.application_id,
    total: records.length,
    submitted: count(r => r.commit_status === 1),
    pass: count(r => r.conclusion === 1),
    fail: count(r => r.conclusion === 2),
    noShow: count(r => r.conclusion === 5),
    pending: count(r => r.conclusion === 6),
    owed: phase === 'ended' ? count(r => r.commit_status === NOT_SUBMITTED) : 0,
    phase,
    asOfMs: nowMs,
  };
}

/** By the day each interview started in the viewer's zone, newest day first. */
export function groupByDay(interviews: readonly ParsedInterview[], nowMs: number, timeZone: string | undefined): DayGroup[] {
  const days = new Map<string, DayGroup>();
  for (const interview of interviews) {
    const begin = interview.begin_time ?? 0;
    const key = dayKey(begin, timeZone);
    let day = days.get(key);
    if (!day) {
      day = { key, daysAgo: calendarDaysBetween(begin, nowMs, timeZone), dayMs: begin, interviews: [] };
      days.set(key, day);
    }
    day.interviews.push(interviewState(interview, nowMs));
  }
  const list = [...days.values()].sort((a, b) => a.daysAgo - b.daysAgo);
  for (const day of list) { day.interviews.sort((a, b) => (a.interview.begin_time ?? 0) - (b.interview.begin_time ?? 0)); }
  return list;
}
