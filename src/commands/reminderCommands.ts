// Copy Reminder: what one interviewer (from their node) or everyone (from the view's title) still owes, as
// text to paste into Feishu chat. The extension itself sends nothing.
import * as vscode from 'vscode';
import type { QueueModel } from '../model/queue/queueModel';
import { interviewerTitle } from '../model/queue/queueReminder';
import type { OwedGroup } from '../model/queue/queueItems';
import { plainName } from '../model/text/plainName';
import { interviewerDescription } from '../model/queue/queueLabels';
import { idOf } from './nodeArgument';
import type { HireParts } from './parts';
import { registerCommand } from './registerCommand';
import { showInfo } from '../notifications';

const t = vscode.l10n.t;

type Whom = { group: OwedGroup | undefined; };

/**
 * Without a node (the view's title bar, the palette, or another extension: VS Code cannot tell them apart) the
 * user picks whom to remind, everyone first: nothing reaches the clipboard without a choice made in our UI.
 */
async function pickWhom(model: QueueModel): Promise<Whom | undefined> {
  const groups = model.remindable();
  if (groups.length === 0) { return { group: undefined }; }
  type Item = vscode.QuickPickItem & Whom;
  const items: Item[] = [
    { label: t('Everyone owing feedback'), description: t('{0} interviewers', groups.length), group: undefined },
    ...groups.map(group => ({ label: interviewerTitle(group, t), description: interviewerDescription(group, t), group })),
  ];
  return vscode.window.showQuickPick(items, { title: t('Feishu Hire: Copy Reminder'), placeHolder: t('Whose reminder to copy') });
}

export function registerReminderCommands(parts: HireParts, model: QueueModel): vscode.Disposable[] {
  return [registerCommand(parts.log, 'feishuHire.feedback.copyReminder', async (value?: unknown) => {
    const id = idOf(value);
    const node = id === undefined ? undefined : model.node(id);
    if (value !== undefined && node?.kind !== 'interviewer') { return; }
    if (!model.hasLoaded) { await model.ensureLoaded(); }
    const whom = node?.kind === 'interviewer' ? { group: node.group } : await pickWhom(model);
    if (!whom) { return; }
    const target = whom.group;
    // Never a reminder to myself: what I owe is in the view (and My To-dos), not for the clipboard.
    const owes = (groups: OwedGroup[]): boolean => groups.some(g => g.interviewerKey === target?.interviewerKey);
    if (target && owes(model.owedGroups()) && !owes(model.remindable())) {
      void showInfo(t('That is you: Copy Reminder does not remind you of your own feedback.'));
      return;
    }
    // The names of the rows the reminder lists, known or not yet asked for (a closed group's, say).
    await model.ensureLabelsFor('owed', target?.interviewerKey);
    const text = model.reminder(target?.interviewerKey);
    if (text === undefined) {
      void showInfo(
        target
          ? t('{0} no longer owes feedback. Refresh to update the view.', interviewerTitle(target, t))
          : model.owedCount() > 0
          ? t('Only you owe feedback in this view: there is nobody else to remind.')
          : t('No feedback is owed in the last {0} days: there is nothing to remind anyone of.', model.windowDays),
      );
      return;
    }
    await vscode.env.clipboard.writeText(text);
    parts.log.info(
      `Copied a reminder for ${target ? plainName(target.interviewerKey) || 'an unnamed interviewer' : 'every interviewer'} (${text.split('\n').length} lines)`,
    );
    vscode.window.setStatusBarMessage(
      target
        ? t('$(check) Copied a reminder for {0}: paste it into Feishu chat', interviewerTitle(target, t))
        : t('$(check) Copied reminders for {0} interviewers: paste them into Feishu chat', model.remindable().length),
      4000,
    );
  })];
}
