// Look Further Back… and Filter by Job… on Feedback Owed and Recent Interviews. The first says what its listing
// costs before anything is asked; the second picks among the jobs already known from the queue's data (no request).
import * as vscode from 'vscode';
import type { QueueModel } from '../model/queue/queueModel';
import { dayText } from '../model/text/format';
import { plainNameOf } from '../model/text/plainName';
import { FEEDBACK_OWED_VIEW_ID, RECENT_INTERVIEWS_VIEW_ID } from '../tree/queueTreeProvider';
import type { QueueViews } from '../tree/queueViews';
import type { HireParts } from './parts';
import { registerCommand } from './registerCommand';
import { showInfo } from '../notifications';

const t = vscode.l10n.t;

async function lookBack(parts: HireParts, views: QueueViews): Promise<void> {
  const model = views.model;
  if (!model.signedIn) { return; }
  const choices = model.lookBackChoices();
  if (choices.length === 0) {
    void showInfo(t('The views already check interviews since {0}, the furthest back they go (90 days).', model.sinceText()));
    return;
  }
  const options = { locale: vscode.env.language, t };
  const picked = await vscode.window.showQuickPick(
    choices.map(choice => ({
      label: t('Since {0}', dayText(choice.window.startMs, options)),
      description: t('{0} days', choice.days),
      detail: choice.requests === 1
        ? t('About 1 request for the listing, then names for the rows you open')
        : t('About {0} requests for the listing, then names for the rows you open', choice.requests),
      choice,
    })),
    { title: t('Feishu Hire: Look Further Back'), placeHolder: t('Interviews are checked since {0}. Check from an earlier day:', model.sinceText()) },
  );
  if (!picked) { return; }
  parts.log.info(`Feedback queue: looking back ${picked.choice.days} days (estimated ${picked.choice.requests} listing requests)`);
  await vscode.window.withProgress(
    { location: { viewId: views.owedView.visible ? FEEDBACK_OWED_VIEW_ID : RECENT_INTERVIEWS_VIEW_ID } },
    () => model.lookBack(picked.choice.days),
  );
}

async function filterByJob(model: QueueModel): Promise<void> {
  if (!model.signedIn) { return; }
  await model.ensureLoaded();
  const { jobs, unplaced } = model.jobs();
  type Item = vscode.QuickPickItem & { jobId?: string; title?: string; };
  const items: Item[] = jobs.map(job => ({
    label: plainNameOf(job.title) ?? t('Job {0}', job.jobId),
    description: job.interviews === 1 ? t('1 interview') : t('{0} interviews', job.interviews),
    jobId: job.jobId,
    title: job.title,
    picked: job.jobId === model.filter?.jobId,
  }));
  if (model.filter) { items.unshift({ label: t('All jobs'), description: t('clear the filter') }); }
  if (items.length === 0) {
    void showInfo(t('No job is known yet for the interviews listed: open a few rows so their candidates are named, then filter.'));
    return;
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: t('Feishu Hire: Filter Feedback Queue by Job'),
    placeHolder: unplaced > 0 ? t('Jobs seen in the queue ({0} interviews not named yet are not counted)', unplaced) : t('Jobs seen in the queue'),
    matchOnDescription: true,
  });
  if (!picked) { return; }
  model.setFilters({ job: picked.jobId === undefined ? undefined : { jobId: picked.jobId, title: picked.title } });
}

export function registerQueueCommands(parts: HireParts, views: QueueViews): vscode.Disposable[] {
  return [
    registerCommand(parts.log, 'feishuHire.feedback.lookBack', () => lookBack(parts, views)),
    registerCommand(parts.log, 'feishuHire.feedback.filterByJob', () => filterByJob(views.model)),
  ];
}
