// Reveal in Main Tree: a record of any view, shown under Looked-up applications. Pins its application
// through the same lookup as "Look Up Application…", then pages to the interview as the details panel does.
import * as vscode from 'vscode';
import type { HireNode } from '../model/hireNode';
import { lookUpApplication } from './lookupCommands';
import type { HireParts } from './parts';

const t = vscode.l10n.t;

export function registerRevealCommands(parts: HireParts): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('feishuHire.record.reveal', async (node?: HireNode) => {
      if (node?.kind !== 'record') { return undefined; }
      if (!node.applicationId) {
        void vscode.window.showWarningMessage(t('The service did not say which application record {0} belongs to, so it cannot be shown in the tree.', node.record.id));
        return undefined;
      }
      const application = await lookUpApplication(parts, node.applicationId);
      if (!application) { return undefined; }
      const interview = await parts.model.findInterview(application, node.interview.id);
      const record = interview && parts.model.recordNode(interview, node.record.id);
      if (!record) {
        void vscode.window.showWarningMessage(t('Record {0} is no longer in application {1}. Refresh the views.', node.record.id, node.applicationId));
        return undefined;
      }
      await parts.treeView.reveal(record, { select: true, focus: true, expand: true });
      return record;
    }),
  ];
}
