// Nodes of the two queue views. Interviews and records are the main tree's `interview` / `record` kinds
// (with the queue's data added), so its commands — score details, copy as JSON — take them as they are.
import type { DayGroup, InterviewState, OwedGroup, OwedItem } from './queueItems';
import type { InterviewNode, MessageNode, RecordNode } from '../tree/hireNode';
import { dayNodeId, interviewerNodeId, interviewNodeId, recordNodeId } from '../tree/nodeId';

export type QueueView = 'owed' | 'recent';

export interface InterviewerNode {
  kind: 'interviewer';
  id: string;
  group: OwedGroup;
  /** Open at first (the oldest debts); the others' names load when they are opened. */
  open: boolean;
}

export interface DayNode {
  kind: 'day';
  id: string;
  day: DayGroup;
  /** Open at first: today and yesterday, unless they hold a large company's day. */
  open: boolean;
}

export interface QueueInterviewNode extends InterviewNode {
  state: InterviewState;
}

export interface QueueRecordNode extends RecordNode {
  queue: QueueView;
  /** Set in Feedback Owed. */
  owed?: OwedItem;
}

export type QueueNode = InterviewerNode | DayNode | QueueInterviewNode | QueueRecordNode | MessageNode;

// Ids follow the one grammar of model/tree/nodeId.ts: every service ID escaped, an owed record under its interview.
export { dayNodeId, interviewerNodeId } from '../tree/nodeId';

export const owedRecordNodeId = (interviewerKey: string, interviewId: string, recordId: string): string =>
  recordNodeId(interviewNodeId(interviewerNodeId(interviewerKey), interviewId), recordId);
export const recentInterviewNodeId = (dayKey: string, interviewId: string): string => interviewNodeId(dayNodeId(dayKey), interviewId);
export const recentRecordNodeId = (interviewNodeIdOfDay: string, recordId: string): string => recordNodeId(interviewNodeIdOfDay, recordId);
