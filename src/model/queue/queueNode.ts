// Nodes of the two queue views. Interviews and records are the main tree's `interview` / `record` kinds
// (with the queue's data added), so its commands — score details, copy as JSON — take them as they are.
import type { DayGroup, InterviewState, OwedGroup, OwedItem } from './queueItems';
import type { ReadyApplication } from './readyForDebrief';
import type { HireNode, InterviewNode, MessageNode, RecordNode } from '../tree/hireNode';
import { dayNodeId, escapeSegment, interviewerNodeId, interviewNodeId, recordNodeId } from '../tree/nodeId';

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

/** Recent Interviews' first group: applications whose feedback is all in, waiting for a decision. */
export interface ReadyGroupNode {
  kind: 'readyGroup';
  id: string;
  ready: ReadyApplication[];
}

/** An application of that group: Debrief opens on it (it carries `applicationId`, as the tree's rows do). */
export interface ReadyApplicationNode {
  kind: 'readyApplication';
  id: string;
  parentId: string;
  applicationId: string;
  ready: ReadyApplication;
}

export type QueueNode = InterviewerNode | DayNode | QueueInterviewNode | QueueRecordNode | MessageNode | ReadyGroupNode | ReadyApplicationNode;

export const READY_GROUP_NODE_ID = 'recent/ready';
export const readyApplicationNodeId = (applicationId: string): string => `${READY_GROUP_NODE_ID}/app/${escapeSegment(applicationId)}`;

// Ids follow the one grammar of model/tree/nodeId.ts: every service ID escaped, an owed record under its interview.
export { dayNodeId, interviewerNodeId } from '../tree/nodeId';

export const owedRecordNodeId = (interviewerKey: string, interviewId: string, recordId: string): string =>
  recordNodeId(interviewNodeId(interviewerNodeId(interviewerKey), interviewId), recordId);
export const recentInterviewNodeId = (dayKey: string, interviewId: string): string => interviewNodeId(dayNodeId(dayKey), interviewId);
export const recentRecordNodeId = (interviewNodeIdOfDay: string, recordId: string): string => recordNodeId(interviewNodeIdOfDay, recordId);

/**
 * What the main tree's commands may take from a queue view: interviews, records and messages as they are, a ready
 * application as an application row (Debrief, Copy as JSON); the groups are the queue's own.
 */
export function asHireNode(node: QueueNode | undefined): HireNode | undefined {
  switch (node?.kind) {
    case undefined:
    case 'interviewer':
    case 'day':
    case 'readyGroup':
      return undefined;
    case 'readyApplication':
      return { kind: 'application', id: node.id, root: 'pinned', applicationId: node.applicationId };
    default:
      return node;
  }
}
