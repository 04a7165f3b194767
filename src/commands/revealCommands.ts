// Reveal in Main Tree: a record shown anywhere (Feedback Owed, Recent Interviews, the score details panel)
// selected in the main tree. Under Looked-up applications its application is pinned first, through the same
// lookup as "Look Up Application…"; then the interview is paged to as the tree pages.
import * as vscode from 'vscode';
import { FeishuError } from '../feishu/errors';
import type { ApplicationNode, InterviewNode, RecordNode } from '../model/hireNode';
import { interviewNodeId } from '../model/hireNode';
import { inertText } from '../model/inertText';
import type { RecordTarget } from '../webview/protocol';
import { lookUpApplication } from './lookupCommands';
import { nodeArgument } from './nodeArgument';
import type { HireParts } from './parts';
import { registerCommand } from './registerCommand';

const t = vscode.l10n.t;

/** The main tree's record node for the target, revealed and selected; undefined (with a message) when it is gone. */
export async function revealRecord(parts: HireParts, target: RecordTarget): Promise<RecordNode | undefined> {
  const { model } = parts;
  const application = target.root === 'pinned' && !model.pinnedIds().includes(target.applicationId)
    ? await lookUpApplication(parts, target.applicationId)
    : model.applicationNode(target.root, target.applicationId);
  if (!application) { return undefined; }
  const known = model.node(interviewNodeId(application.id, target.interviewId));
  const interview = known?.kind === 'interview' ? known : await findInterview(parts, application, target.interviewId);
  if (interview === 'cancelled') { return undefined; }
  const record = interview && model.recordNode(interview, target.recordId);
  if (!record) {
    void vscode.window.showWarningMessage(t('Record {0} is no longer in application {1}. Refresh the views.', target.recordId, target.applicationId));
    return undefined;
  }
  await parts.treeView.reveal(record, { select: true, focus: true, expand: true });
  return record;
}

/** Paging to an interview may take many pages: the notification's Cancel stops the walk. */
async function findInterview(parts: HireParts, application: ApplicationNode, interviewId: string): Promise<InterviewNode | undefined | 'cancelled'> {
  try {
    return await vscode.window.withProgress({
      location: vscode.ProgressLocation.Notification, title: inertText(t('Looking for interview {0}…', interviewId)), cancellable: true,
    }, (_progress, token) => {
      const controller = new AbortController();
      token.onCancellationRequested(() => controller.abort());
      return parts.model.findInterview(application, interviewId, controller.signal);
    });
  } catch (e) {
    if (e instanceof FeishuError && e.kind === 'cancelled') { return 'cancelled'; }
    throw e;
  }
}

/** Records of the main tree keep their root; records of other views go under Looked-up applications. */
export function recordTarget(node: RecordNode): RecordTarget {
  const root = node.id.startsWith('all/') ? 'all' : 'pinned';
  return { root, applicationId: node.applicationId, interviewId: node.interview.id, recordId: node.record.id };
}

export function registerRevealCommands(parts: HireParts): vscode.Disposable[] {
  return [
    registerCommand(parts.log, 'feishuHire.record.reveal', async (value?: unknown) => {
      const node = nodeArgument(parts, value);
      if (node?.kind !== 'record') { return; }
      if (!node.applicationId) {
        void vscode.window.showWarningMessage(t('The service did not say which application record {0} belongs to, so it cannot be shown in the tree.', node.record.id));
        return;
      }
      await revealRecord(parts, { ...recordTarget(node), root: 'pinned' });
    }),
  ];
}
