// Export… on Feedback Owed and Recent Interviews: what the view lists in its window, written by the same builders
// and the same format / destination steps as an application's export (exportFlow, in the features bundle).
import type * as vscode from 'vscode';
import { features } from '../loadFeatures';
import type { QueueModel } from '../model/queue/queueModel';
import type { QueueView } from '../model/queue/queueNode';
import type { HireParts, NoPeeking } from './parts';
import { registerCommand } from './registerCommand';

export function registerQueueExportCommands(parts: HireParts, model: QueueModel, noPeeking: NoPeeking): vscode.Disposable[] {
  const command = (id: string, view: QueueView): vscode.Disposable =>
    registerCommand(parts.log, id, (options?: unknown) => features().exportQueue(parts, model, view, options, noPeeking));
  return [command('feishuHire.feedbackOwed.export', 'owed'), command('feishuHire.recentInterviews.export', 'recent')];
}
