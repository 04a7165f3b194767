// Reveal in Main Tree: a record shown anywhere (Feedback Owed, Recent Interviews, the score details panel)
// selected in the main tree. Under Looked-up applications its application is pinned first, through the same
// lookup as "Look Up Application…"; then the interview is paged to as the tree pages.
import * as vscode from 'vscode';
import { FeishuError } from '../feishu/errors';
import { inertText } from '../model/text/inertText';
import { findRecord } from '../model/tree/findNode';
import type { RecordNode } from '../model/tree/hireNode';
import { parseMainTreeId } from '../model/tree/nodeId';
import type { RecordTarget } from '../webview/scoreDetails/protocol';
import { lookUpApplication } from './lookupCommands';
import { nodeArgument } from './nodeArgument';
import type { HireParts } from './parts';
import { registerCommand } from './registerCommand';
import { showWarning } from '../notifications';

const t = vscode.l10n.t;

/** The main tree's record node for the target, revealed and selected; undefined (with a message) when it is gone. */
export async function revealRecord(parts: HireParts, target: RecordTarget): Promise<RecordNode | undefined> {
  const { model } = parts;
  const application = target.root === 'pinned' && !model.pinnedIds().includes(target.applicationId)
    ? await lookUpApplication(parts, target.applicationId)
    : model.applicationNode(target.root, target.applicationId);
  if (!application) { return undefined; }
  const record = await cancellable(parts, target.interviewId, signal => findRecord(model, { ...target, root: application.root }, signal));
  if (record === 'cancelled') { return undefined; }
  if (!record) {
    void showWarning(t('Record {0} is no longer in application {1}. Refresh the views.', target.recordId, target.applicationId));
    return undefined;
  }
  await parts.treeView.reveal(record, { select: true, focus: true, expand: true });
  return record;
}

/** Paging to an interview may take many pages: the notification's Cancel stops the walk. */
async function cancellable<T>(parts: HireParts, interviewId: string, find: (signal: AbortSignal) => Promise<T>): Promise<T | 'cancelled'> {
  try {
    return await vscode.window.withProgress({
      location: vscode.ProgressLocation.Notification, title: inertText(t('Looking for interview {0}…', interviewId)), cancellable: true,
    }, (_progress, token) => {
      const controller = new AbortController();
      token.onCancellationRequested(() => controller.abort());
      return find(controller.signal);
    });
  } catch (e) {
    if (e instanceof FeishuError && e.kind === 'cancelled') { return 'cancelled'; }
    throw e;
  }
}

/** Records of the main tree keep their root; records of other views go under Looked-up applications. */
export function recordTarget(node: RecordNode): RecordTarget {
  const root = parseMainTreeId(node.id)?.root === 'all' ? 'all' : 'pinned';
  return { root, applicationId: node.applicationId, interviewId: node.interview.id, recordId: node.record.id };
}

export function registerRevealCommands(parts: HireParts): vscode.Disposable[] {
  return [
    registerCommand(parts.log, 'feishuHire.record.reveal', async (value?: unknown) => {
      const node = nodeArgument(parts, value);
      if (node?.kind !== 'record') { return; }
      if (!node.applicationId) {
        void showWarning(t('The service did not say which application record {0} belongs to, so it cannot be shown in the tree.', node.record.id));
        return;
      }
      await revealRecord(parts, { ...recordTarget(node), root: 'pinned' });
    }),
  ];
}
