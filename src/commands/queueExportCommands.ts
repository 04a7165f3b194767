// Export… on Feedback Owed and Recent Interviews: what the view lists in its window, written by the same builders
// and the same format / destination steps as an application's export.
import * as vscode from 'vscode';
import { builders } from '../loadBuilders';
import type { QueueModel } from '../model/queue/queueModel';
import type { QueueView } from '../model/queue/queueNode';
import { languageOf } from '../model/text/format';
import { deliverExport, noteHidden, reportingExportFailure, ruleOf, scriptedOptions } from './exportCommands';
import type { HireParts, NoPeeking } from './parts';
import { registerCommand } from './registerCommand';
import { showInfo, showWarning } from '../notifications';

const t = vscode.l10n.t;

async function exportQueue(parts: HireParts, model: QueueModel, view: QueueView, options: unknown, noPeeking: NoPeeking): Promise<void> {
  const levels = parts.session.connection?.directory.levels;
  if (!model.signedIn || !levels) {
    void showWarning(t('Set your credentials or explore the sample data before exporting.'));
    return;
  }
  await model.ensureLoaded();
  await Promise.all([levels.ensure(), model.ensureLabelsFor(view)]);
  const rows = builders().queueExportRows(model, view, { levels, noPeeking: ruleOf(noPeeking), lang: languageOf(vscode.env.language), t });
  if (rows.length === 0) {
    void showInfo(
      view === 'owed'
        ? t('No feedback is owed in the last {0} days: there is nothing to export.', model.windowDays)
        : t('No interviews in the last {0} days.', model.windowDays),
    );
    return;
  }
  const title = view === 'owed' ? t('Feedback owed, last {0} days', model.windowDays) : t('Interviews of the last {0} days', model.windowDays);
  const interviews = new Set(rows.map(row => row.interview.id)).size;
  await deliverExport(rows, { title, interviews, fileStem: view === 'owed' ? 'feedback-owed' : 'recent-interviews' }, scriptedOptions(parts, options));
  noteHidden(rows);
}

export function registerQueueExportCommands(parts: HireParts, model: QueueModel, noPeeking: NoPeeking): vscode.Disposable[] {
  const command = (id: string, view: QueueView): vscode.Disposable =>
    registerCommand(parts.log, id, (options?: unknown) => reportingExportFailure(parts, () => exportQueue(parts, model, view, options, noPeeking)));
  return [command('feishuHire.feedbackOwed.export', 'owed'), command('feishuHire.recentInterviews.export', 'recent')];
}
