// The message rows of the queue views: a failed refresh (with the earlier data kept), a broken listing, and what
// the view leaves out and why. Text only; the model remembers the nodes so commands can resolve them.
import { Codes, humanMessage, type FeishuError } from '../../feishu/errors';
import type { Translate } from '../../feishu/translate';
import type { MessageNode } from '../tree/hireNode';
import { QUEUE_WALK_BUDGET } from '../walkBudgets';
import type { QueueView } from './queueNode';

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
