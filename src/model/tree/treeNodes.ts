// The tree's message nodes: an empty list, an error with its action, the rows around a paged list.
import { Codes, FeishuError, humanMessage } from '../../feishu/errors';
import type { Translate } from '../../feishu/translate';
import type { InvalidItem } from '../../feishu/types';
import type { ChildPages } from './childPages';
import type { HireNode, MessageAction, MessageNode } from './hireNode';

/** Keeps a node by id as it is made: the builders below hand every node to it. */
export type Remember = <T extends HireNode>(node: T) => T;

export function messageNode(
  remember: Remember,
  parentId: string,
  key: string,
  severity: MessageNode['severity'],
  text: string,
  detail?: string,
  action?: MessageAction,
  error?: FeishuError,
): MessageNode {
  return remember({ kind: 'message', id: `${parentId}/msg/${key}`, parentId, severity, text, detail, action, error });
}

/** Items, then invalid items, then an error with Retry, then "Load more…" while more pages exist. */
export function withPagingNodes<T>(remember: Remember, t: Translate, parentId: string, pages: ChildPages<T>, nodes: HireNode[], emptyText: string): HireNode[] {
  nodes.push(...invalidNodes(remember, parentId, pages.invalid));
  if (pages.error) {
    nodes.push(errorNode(remember, t, parentId, pages.error, pages.stale));
  }
  if (!pages.done && !pages.error) {
    nodes.push(remember({ kind: 'loadMore', id: `${parentId}/more`, parentId, loading: pages.isLoading, loaded: pages.items.length }));
  }
  if (nodes.length === 0) {
    nodes.push(messageNode(remember, parentId, 'empty', 'info', emptyText));
  }
  return nodes;
}

/** Numbered by position among the parent's invalid items: an item's index repeats from page to page. */
export function invalidNodes(remember: Remember, parentId: string, invalid: readonly InvalidItem[]): HireNode[] {
  return invalid.map((item, position) => remember({ kind: 'invalid', id: `${parentId}/invalid/${position}`, parentId, reason: item.reason, raw: item.raw }));
}

export function errorNode(remember: Remember, t: Translate, parentId: string, error: FeishuError, stale: boolean): MessageNode {
  let action: MessageAction = 'retry';
  // Switching between Feishu and Lark is part of Set Credentials.
  if (error.isCredentialProblem || error.code === 99991663 || error.code === 1000040351) { action = 'setCredentials'; }
  if (error.kind === 'config') { action = 'openSettings'; }
  if (error.code === Codes.scopeMissing) { action = 'checkPermissions'; }
  const text = error.kind === 'paging'
    ? t('Paging stopped: the service sent a broken page chain')
    : stale
    ? t('Refresh failed, showing earlier data: {0}', shortError(error, t))
    : shortError(error, t);
  return messageNode(remember, parentId, 'error', error.kind === 'paging' ? 'warning' : 'error', text, humanMessage(error, t), action, error);
}

function shortError(error: FeishuError, t: Translate): string {
  if (error.code !== undefined) { return t('Feishu {0}: {1}', error.code, error.msg ?? ''); }
  switch (error.kind) {
    case 'timeout':
      return t('Request timed out');
    case 'network':
      return t('Cannot reach the server');
    case 'badResponse':
      return t('Unexpected reply from the server');
    case 'http':
      return t('HTTP error {0}', error.httpStatus ?? '?');
    default:
      return humanMessage(error, t);
  }
}
