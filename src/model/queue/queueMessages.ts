// The message rows of the queue views: a failed refresh (with the earlier data kept), a broken listing, and what
// the view leaves out and why. Text only; the model remembers the nodes so commands can resolve them.
import { Codes, humanMessage, type FeishuError } from '../../feishu/errors';
import type { Translate } from '../../feishu/translate';
import type { MessageNode } from '../tree/hireNode';
import { QUEUE_WALK_BUDGET } from '../walkBudgets';
import type { QueueView } from './queueNode';
import { WINDOW_DAYS } from './queueWindow';

export function queueMessage(view: QueueView, key: string, severity: MessageNode['severity'], text: string, detail?: string, error?: FeishuError): MessageNode {
  const action = error?.code === Codes.scopeMissing ? 'checkPermissions' : undefined;
  return { kind: 'message', id: `${view}/msg/${key}`, parentId: view, severity, text, detail, error, action };
}

export function queueErrorNode(view: QueueView, error: FeishuError, stale: boolean, t: Translate): MessageNode {
  const why = error.code === Codes.scopeMissing && error.missingScopes.length > 0
    ? t('The app lacks the permission {0}: enable it in the developer console, publish a version, then Refresh.', error.missingScopes.join(', '))
    : error.walkLimit ?
    t(
      'Showing part of the window: a refresh reads at most {0} pages or {1} MB. Shorten feishuHire.feedbackWindowDays to see it all.',
      QUEUE_WALK_BUDGET.maxPages,
      QUEUE_WALK_BUDGET.maxBytes / 1024 / 1024,
    )
    : error.kind === 'paging'
    ? t('Paging stopped: the service sent a broken page chain')
    : humanMessage(error, t);
  const text = stale ? t('Refresh failed, showing earlier data: {0}', why) : why;
  return queueMessage(view, 'error', error.kind === 'paging' ? 'warning' : 'error', text, humanMessage(error, t), error);
}

/** What the view leaves out or cannot vouch for, said above its rows. */
export function queueNotices(view: QueueView, counts: { invalid: number; carried: number; unplaced: number; }, t: Translate): MessageNode[] {
  const nodes: MessageNode[] = [];
  if (counts.invalid > 0) {
    nodes.push(queueMessage(view, 'invalid', 'warning', t('{0} interviews in the reply could not be read; they are left out.', counts.invalid)));
  }
  if (counts.carried > 0 && view === 'owed') {
    const text = t('{0} interviews with feedback owed started more than {1} days ago: shown as last seen, not checked again.', counts.carried, WINDOW_DAYS.max);
    nodes.push(queueMessage(view, 'carried', 'info', text));
  }
  if (counts.unplaced > 0) {
    nodes.push(
      queueMessage(view, 'unplaced', 'info', t('{0} interviews are left out: their job is not known yet. Clear the filter to see them.', counts.unplaced)),
    );
  }
  return nodes;
}
