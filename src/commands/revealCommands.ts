// Reveal in Main Tree: a record shown anywhere (Feedback Owed, Recent Interviews, the score details panel)
// selected in the main tree. Under Looked-up applications its application is pinned first, through the same
// lookup as "Look Up Application…"; then the interview is paged to as the tree pages.
import * as vscode from 'vscode';
import type { RecordNode } from '../model/hireNode';
import { interviewNodeId } from '../model/hireNode';
import type { RecordTarget } from '../webview/protocol';
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
  const known = model.node(interviewNodeId(application.id, target.interviewId));
  const interview = known?.kind === 'interview' ? known : await model.findInterview(application, target.interviewId);
  const record = interview && model.recordNode(interview, target.recordId);
  if (!record) {
    void showWarning(t('Record {0} is no longer in application {1}. Refresh the views.', target.recordId, target.applicationId));
    return undefined;
  }
  await parts.treeView.reveal(record, { select: true, focus: true, expand: true });
  return record;
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
        void showWarning(t('The service did not say which application record {0} belongs to, so it cannot be shown in the tree.', node.record.id));
        return;
      }
      await revealRecord(parts, { ...recordTarget(node), root: 'pinned' });
    }),
  ];
}
