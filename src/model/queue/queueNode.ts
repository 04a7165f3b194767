// Nodes of the two queue views. Interviews and records are the main tree's `interview` / `record` kinds
// (with the queue's data added), so its commands — score details, copy as JSON — take them as they are.
import type { DayGroup, InterviewState, OwedGroup, OwedItem } from './queueItems';
import type { InterviewNode, MessageNode, RecordNode } from '../tree/hireNode';

export type QueueView = 'owed' | 'recent';

export interface InterviewerNode { kind: 'interviewer'; id: string; group: OwedGroup }

export interface DayNode { kind: 'day'; id: string; day: DayGroup }

export interface QueueInterviewNode extends InterviewNode { state: InterviewState }

export interface QueueRecordNode extends RecordNode {
  queue: QueueView;
  /** Set in Feedback Owed. */
  owed?: OwedItem;
}

export type QueueNode = InterviewerNode | DayNode | QueueInterviewNode | QueueRecordNode | MessageNode;

const part = (s: string): string => encodeURIComponent(s);

export const interviewerNodeId = (interviewerKey: string): string => `owed/who/${part(interviewerKey) || '~'}`;
export const owedRecordNodeId = (interviewerKey: string, recordId: string): string => `${interviewerNodeId(interviewerKey)}/rec/${part(recordId)}`;
export const dayNodeId = (dayKey: string): string => `recent/day/${dayKey}`;
export const recentInterviewNodeId = (dayKey: string, interviewId: string): string => `${dayNodeId(dayKey)}/iv/${part(interviewId)}`;
export const recentRecordNodeId = (interviewNodeId: string, recordId: string): string => `${interviewNodeId}/rec/${part(recordId)}`;

export function isQueueRecord(node: { kind: string }): node is QueueRecordNode {
  return node.kind === 'record' && 'queue' in node;
}
