// The rows under a queue group: an interviewer's owed records, a day's interviews, an interview's records. They are
// the main tree's record and interview kinds, so its commands (score details, copy as JSON) take them as they are.
import { pickI18n, type Lang } from '../text/format';
import type { DayGroup } from './queueItems';
import { owedRecordNodeId, recentInterviewNodeId, recentRecordNodeId, type QueueNode } from './queueNode';

/** Interviewers of Feedback Owed open at first: the oldest debts. The others' names load when opened. */
export const OPEN_INTERVIEWERS = 10;
/** A day of Recent Interviews with more interviews than this starts closed (a large company's day). */
export const OPEN_DAY_MAX_INTERVIEWS = 50;

/** Today and yesterday start open, unless they hold a large company's day. */
export const dayOpen = (day: DayGroup): boolean => day.daysAgo <= 1 && day.interviews.length <= OPEN_DAY_MAX_INTERVIEWS;

export function childrenOf(node: QueueNode, lang: Lang): QueueNode[] {
  switch (node.kind) {
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
