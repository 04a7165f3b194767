// Only Mine on Feedback Owed and Recent Interviews, and I Am… / Forget Who I Am: who "I" am when not signed in as
// myself (or when the sign-in cannot name me in this profile's records). Only Mine asks who I am first if unknown.
import * as vscode from 'vscode';
import type { QueueModel } from '../model/queue/queueModel';
import { plainNameOf } from '../model/text/plainName';
import type { MyIdentity } from '../session/myIdentity';
import type { HireParts } from './parts';
import { registerCommand } from './registerCommand';
import { showInfo } from '../notifications';

const t = vscode.l10n.t;

async function iAm(model: QueueModel, identity: MyIdentity): Promise<boolean> {
  if (!model.signedIn) { return false; }
  const signedIn = identity.signedIn;
  if (signedIn) {
    void showInfo(t('You are signed in with Feishu as {0}: Only Mine and Copy Reminder already know you.', plainNameOf(signedIn.name) ?? t('yourself')));
    return true;
  }
  await model.ensureLoaded();
  const { interviewers } = model.jobs();
  if (interviewers.length === 0) {
    void showInfo(t('No interviewer is listed in Feedback Owed or Recent Interviews yet: refresh, then pick yourself.'));
    return false;
  }
  const current = identity.picked;
  type Item = vscode.QuickPickItem & { id: string; name?: string; };
  const items: Item[] = interviewers.map(person => ({
    label: person.name ?? t('Interviewer {0} (no name sent)', person.id),
    description: person.interviews === 1 ? t('1 interview') : t('{0} interviews', person.interviews),
    detail: person.name ? person.id : undefined,
    id: person.id,
    name: person.name,
    picked: current?.ids.has(person.id),
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: t('Feishu Hire: I Am…'),
    placeHolder: identity.signedInUnmatched
      ? t('Your Feishu sign-in did not return the ID type this profile uses: pick yourself among the interviewers seen')
      : t('Pick yourself among the interviewers seen: Only Mine and Copy Reminder use it in this profile'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked) { return false; }
  await identity.pick(picked.id, picked.name);
  return true;
}

export function registerMineCommands(parts: HireParts, model: QueueModel, identity: MyIdentity): vscode.Disposable[] {
  return [
    registerCommand(parts.log, 'feishuHire.feedback.onlyMine', async () => {
      if (!model.signedIn) { return; }
      if (!identity.me && !(await iAm(model, identity))) { return; }
      model.setFilters({ mine: true });
    }),
    registerCommand(parts.log, 'feishuHire.feedback.everyone', () => model.setFilters({ mine: false })),
    registerCommand(parts.log, 'feishuHire.feedback.iAm', async () => {
      await iAm(model, identity);
    }),
    registerCommand(parts.log, 'feishuHire.feedback.forgetMe', async () => {
      await identity.forget();
      vscode.window.setStatusBarMessage(t('$(check) Forgot who you are in this profile'), 4000);
    }),
  ];
}
