// Copy Reminder: what one interviewer (from their node) or everyone (from the view's title) still owes, as
// text to paste into Feishu chat. The extension itself sends nothing.
import * as vscode from 'vscode';
import type { FeedbackModel } from '../model/feedbackModel';
import { interviewerTitle } from '../model/feedbackReminder';
import { plainName } from '../model/plainName';
import { idOf } from './nodeArgument';
import type { HireParts } from './parts';
import { registerCommand } from './registerCommand';
import { showInfo } from '../notifications';

const t = vscode.l10n.t;

export function registerReminderCommands(parts: HireParts, model: FeedbackModel): vscode.Disposable[] {
  return [
    registerCommand(parts.log, 'feishuHire.feedback.copyReminder', async (value?: unknown) => {
      // From the title bar VS Code passes nothing: the whole queue. From an interviewer node: that interviewer.
      const id = idOf(value);
      const node = id === undefined ? undefined : model.node(id);
      if (value !== undefined && node?.kind !== 'interviewer') { return; }
      const target = node?.kind === 'interviewer' ? node : undefined;
      if (!model.hasLoaded) { await model.ensureLoaded(); }
      const text = model.reminder(target?.group.interviewerKey);
      if (text === undefined) {
        void showInfo(target
          ? t('{0} no longer owes feedback. Refresh to update the view.', interviewerTitle(target.group, t))
          : t('No feedback is owed in the last {0} days: there is nothing to remind anyone of.', model.windowDays));
        return;
      }
      await vscode.env.clipboard.writeText(text);
      parts.log.info(`Copied a reminder for ${target ? plainName(target.group.interviewerKey) || 'an unnamed interviewer' : 'every interviewer'} (${text.split('\n').length} lines)`);
      vscode.window.setStatusBarMessage(target
        ? t('$(check) Copied a reminder for {0}: paste it into Feishu chat', interviewerTitle(target.group, t))
        : t('$(check) Copied reminders for {0} interviewers: paste them into Feishu chat', model.owedGroups().length), 4000);
    }),
  ];
}
