// The tree's one node union. Ids are hierarchical and stable, so VS Code keeps expansion across refreshes; their
// grammar is in nodeId.ts.
import type { FeishuError } from '../../feishu/errors';
import type { Application, InterviewRecord, JsonValue } from '../../feishu/types';
import type { ParsedInterview } from '../../feishu/validate';
import type { RootKind } from './nodeId';

export interface RootNode {
  kind: 'root';
  id: RootKind;
  root: RootKind;
}

export interface ApplicationNode {
  kind: 'application';
  id: string;
  root: RootKind;
  applicationId: string;
  /** Filled in when the detail arrives; the label falls back to the ID until then. */
  application?: Application;
  candidateName?: string;
  jobTitle?: string;
}

export interface InterviewNode {
  kind: 'interview';
  id: string;
  parentId: string;
  applicationId: string;
  interview: ParsedInterview;
  stageName?: string;
  /** When the last feedback came in (feedback_submit_time), from the successor's pages the names come from. */
  feedbackSubmitMs?: number;
}

export interface RecordNode {
  kind: 'record';
  id: string;
  parentId: string;
  applicationId: string;
  interview: ParsedInterview;
  record: InterviewRecord;
  interviewerName?: string;
}

export interface LoadMoreNode {
  kind: 'loadMore';
  id: string;
  parentId: string;
  loading: boolean;
  loaded: number;
}

export type MessageAction = 'retry' | 'setCredentials' | 'openSettings' | 'checkPermissions' | 'findCandidate';

export interface MessageNode {
  kind: 'message';
  id: string;
  parentId: string;
  severity: 'info' | 'warning' | 'error';
  text: string;
  /** Longer explanation for the tooltip. */
  detail?: string;
  action?: MessageAction;
  error?: FeishuError;
}

/** An item the validator rejected: shown, copyable, never blanks its page. */
export interface InvalidNode {
  kind: 'invalid';
  id: string;
  parentId: string;
  reason: string;
  raw: JsonValue;
}

export type HireNode = RootNode | ApplicationNode | InterviewNode | RecordNode | LoadMoreNode | MessageNode | InvalidNode;

export type CopyableNode = ApplicationNode | InterviewNode | RecordNode | InvalidNode;

/** The id of the node that holds this one, derived from the id alone. */
export function parentIdOf(node: HireNode): string | undefined {
  switch (node.kind) {
    case 'root':
      return undefined;
    case 'application':
      return node.root;
    default:
      return node.parentId;
  }
}

export function isCopyable(node: HireNode): node is CopyableNode {
  return node.kind === 'application' || node.kind === 'interview' || node.kind === 'record' || node.kind === 'invalid';
}

/** The ID users copy: the Feishu ID of the item, not our node id. */
export function feishuIdOf(node: CopyableNode): string {
  switch (node.kind) {
    case 'application':
      return node.applicationId;
    case 'interview':
      return node.interview.id;
    case 'record':
      return node.record.id;
    case 'invalid':
      return node.id;
  }
}
