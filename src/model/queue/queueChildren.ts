// The rows under a queue group: Ready for Debrief's applications, an interviewer's owed records, a day's interviews,
// an interview's records. Interviews and records are the main tree's kinds, so its commands (score details, copy as
// JSON) take them as they are.
import { pickI18n, type Lang } from '../text/format';
import type { DayGroup, OwedGroup } from './queueItems';
import {
  owedRecordNodeId,
  readyApplicationNodeId,
  recentInterviewNodeId,
  recentRecordNodeId,
  type DayNode,
  type InterviewerNode,
  type QueueNode,
  type QueueView,
} from './queueNode';

/** Interviewers of Feedback Owed open at first: the oldest debts. The others' names load when opened. */
export const OPEN_INTERVIEWERS = 10;
/** A day of Recent Interviews with more interviews than this starts closed (a large company's day). */
export const OPEN_DAY_MAX_INTERVIEWS = 50;

/** Today and yesterday start open, unless they hold a large company's day. */
export const dayOpen = (day: DayGroup): boolean => day.daysAgo <= 1 && day.interviews.length <= OPEN_DAY_MAX_INTERVIEWS;

/** The applications whose names a group's rows show. */
export function applicationsOf(node: InterviewerNode | DayNode): Array<string | undefined> {
  return node.kind === 'interviewer' ? node.group.items.map(i => i.applicationId) : node.day.interviews.map(s => s.applicationId);
}

/** Applications of the rows open at first: the first interviewers' records, and open days' interviews. */
export function openApplications(owed: readonly OwedGroup[], days: readonly DayGroup[]): Array<string | undefined> {
  return [...owed.slice(0, OPEN_INTERVIEWERS).flatMap(g => g.items), ...days.filter(dayOpen).flatMap(d => d.interviews)].map(i => i.applicationId);
}

/** What a reminder or an export of a view (or of one interviewer) lists. */
export function listedApplications(view: QueueView, owed: readonly OwedGroup[], days: readonly DayGroup[], interviewerKey?: string): Array<string | undefined> {
  if (view !== 'owed') { return days.flatMap(d => d.interviews.map(s => s.applicationId)); }
  return owed.filter(g => interviewerKey === undefined || g.interviewerKey === interviewerKey).flatMap(g => g.items.map(i => i.applicationId));
}

export function childrenOf(node: QueueNode, lang: Lang): QueueNode[] {
  switch (node.kind) {
    case 'readyGroup':
      return node.ready.map(ready => ({
        kind: 'readyApplication',
        id: readyApplicationNodeId(ready.applicationId),
        parentId: node.id,
        applicationId: ready.applicationId,
        ready,
      }));
    case 'interviewer':
      return once(node.group.items, item => owedRecordNodeId(node.group.interviewerKey, item.interview.id, item.record.id)).map(([id, item]) => ({
        kind: 'record',
        id,
        parentId: node.id,
        applicationId: item.applicationId ?? '',
        interview: item.interview,
        record: item.record,
        interviewerName: item.interviewerName,
        queue: 'owed',
        owed: item,
      }));
    case 'day':
      return once(node.day.interviews, state => recentInterviewNodeId(node.day.key, state.interview.id)).map(([id, state]) => ({
        kind: 'interview',
        id,
        parentId: node.id,
        applicationId: state.applicationId ?? '',
        interview: state.interview,
        stageName: pickI18n(state.interview.stage?.name, lang),
        state,
      }));
    case 'interview':
      return once(node.interview.interview_record_list, record => recentRecordNodeId(node.id, record.id)).map(([id, record]) => ({
        kind: 'record',
        id,
        parentId: node.id,
        applicationId: node.applicationId,
        interview: node.interview,
        record,
        interviewerName: pickI18n(record.interviewer?.name, lang),
        queue: 'recent',
      }));
    default:
      return [];
  }
}

/** Items with their ids, the first of a repeated id only: a reply that lists a record twice shows it once. */
function once<T>(items: readonly T[], idOf: (item: T) => string): Array<[string, T]> {
  const seen = new Map<string, T>();
  for (const item of items) {
    const id = idOf(item);
    if (!seen.has(id)) { seen.set(id, item); }
  }
  return [...seen];
}
