// Reveal in Main Tree: a record of any view, shown under Looked-up applications. Pins its application
// through the same lookup as "Look Up Application…", then pages to the interview as the details panel does.
import * as vscode from 'vscode';
import { lookUpApplication } from './lookupCommands';
import { nodeArgument } from './nodeArgument';
import type { HireParts } from './parts';
import { registerCommand } from './registerCommand';

const t = vscode.l10n.t;

export function registerRevealCommands(parts: HireParts): vscode.Disposable[] {
  return [
    registerCommand(parts.log, 'feishuHire.record.reveal', async (value?: unknown) => {
      const node = nodeArgument(parts, value);
      if (node?.kind !== 'record') { return; }
      if (!node.applicationId) {
        void vscode.window.showWarningMessage(t('The service did not say which application record {0} belongs to, so it cannot be shown in the tree.', node.record.id));
        return;
      }
      const application = await lookUpApplication(parts, node.applicationId);
      if (!application) { return; }
      const interview = await parts.model.findInterview(application, node.interview.id);
      const record = interview && parts.model.recordNode(interview, node.record.id);
      if (!record) {
        void vscode.window.showWarningMessage(t('Record {0} is no longer in application {1}. Refresh the views.', node.record.id, node.applicationId));
        return;
      }
      await parts.treeView.reveal(record, { select: true, focus: true, expand: true });
    }),
  ];
}
