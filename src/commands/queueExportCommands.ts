// Export… on Feedback Owed and Recent Interviews: what the view lists in its window, written by the same builders
// and the same format / destination steps as an application's export.
import * as vscode from 'vscode';
import { builders } from '../loadBuilders';
import type { FeedbackModel } from '../model/feedbackModel';
import type { QueueView } from '../model/feedbackNode';
import { languageOf } from '../model/format';
import { deliverExport, reportingExportFailure, scriptedOptions } from './exportCommands';
import type { HireParts } from './parts';
import { registerCommand } from './registerCommand';
import type { ScorecardDeps } from './scorecardDeps';

const t = vscode.l10n.t;

async function exportQueue(parts: HireParts, model: FeedbackModel, deps: ScorecardDeps, view: QueueView, options: unknown): Promise<void> {
  if (!model.signedIn) {
    void vscode.window.showWarningMessage(t('Set your credentials or explore the sample data before exporting.'));
    return;
  }
  await model.ensureLoaded();
  await deps.levels.ensure();
  const rows = builders().queueExportRows(model, view, { levels: deps.levels, lang: languageOf(vscode.env.language), t });
  if (rows.length === 0) {
    void vscode.window.showInformationMessage(view === 'owed'
      ? t('No feedback is owed in the last {0} days: there is nothing to export.', model.windowDays)
      : t('No interviews in the last {0} days.', model.windowDays));
    return;
  }
  const title = view === 'owed' ? t('Feedback owed, last {0} days', model.windowDays) : t('Interviews of the last {0} days', model.windowDays);
  const interviews = new Set(rows.map(row => row.interview.id)).size;
  await deliverExport(rows, { title, interviews, fileStem: view === 'owed' ? 'feedback-owed' : 'recent-interviews' }, scriptedOptions(parts, options));
}

export function registerQueueExportCommands(parts: HireParts, model: FeedbackModel, deps: ScorecardDeps): vscode.Disposable[] {
  const command = (id: string, view: QueueView): vscode.Disposable => registerCommand(parts.log, id, (options?: unknown) =>
    reportingExportFailure(parts, () => exportQueue(parts, model, deps, view, options)));
  return [command('feishuHire.feedbackOwed.export', 'owed'), command('feishuHire.recentInterviews.export', 'recent')];
}
