// The job filter's pick list: the tenant's jobs by title, read a page at a time when the user asks for more or
// types a title not among those read yet. Kept per connection, so reopening costs nothing.
import * as vscode from 'vscode';
import { humanMessage } from '../feishu/errors';
import type { HireConnection } from '../model/connection/hireConnection';
import { JobChoices } from '../model/search/jobChoices';
import { plainName } from '../model/text/plainName';
import { noIcons } from './pickText';

const t = vscode.l10n.t;
const choicesOf = new WeakMap<HireConnection, JobChoices>();
/** Pages read by themselves while a typed title is not found; after that, "More jobs…" asks. */
const MAX_AUTO_PAGES = 5;

type Item = vscode.QuickPickItem & { pick: 'job' | 'all' | 'more'; jobId?: string; };

/** The chosen job (`jobId` undefined for every job), or undefined when the user cancelled. */
export async function pickJob(connection: HireConnection, currentJobId: string | undefined): Promise<{ jobId?: string; title?: string; } | undefined> {
  let choices = choicesOf.get(connection);
  if (!choices) {
    choices = new JobChoices(connection.api, connection.signal);
    choicesOf.set(connection, choices);
  }
  const jobs = choices;
  const pick = vscode.window.createQuickPick<Item>();
  pick.title = t('Feishu Hire: Filter by Job');
  pick.placeholder = t('Type a job title');
  pick.matchOnDescription = true;
  const render = (): void => {
    const active = pick.activeItems[0]?.jobId;
    const items: Item[] = [{ pick: 'all', label: t('Every job'), alwaysShow: true }];
    for (const job of jobs.jobs) {
      const title = noIcons(plainName(job.title ?? '')) || t('job {0}', job.id);
      items.push({ pick: 'job', jobId: job.id, label: title, description: job.id === currentJobId ? t('current filter') : job.id });
    }
    if (jobs.error !== undefined) {
      items.push({ pick: 'more', label: t('$(warning) Could not read the jobs: {0} · Retry', noIcons(humanMessage(jobs.error, t))), alwaysShow: true });
    } else if (jobs.hasMore) {
      items.push({ pick: 'more', label: jobs.busy ? t('Reading more jobs…') : t('More jobs…'), alwaysShow: true });
    }
    pick.items = items;
    pick.busy = jobs.busy;
    const again = items.find(i => i.jobId !== undefined && i.jobId === active);
    if (again) { pick.activeItems = [again]; }
  };
  const matchesLoaded = (text: string): boolean => {
    const v = text.trim().toLowerCase();
    return v === '' || jobs.jobs.some(j => (j.title ?? '').toLowerCase().includes(v));
  };
  let autoPages = 0;
  const readOnFor = (value: string): void => {
    if (matchesLoaded(value) || !jobs.hasMore || jobs.busy || jobs.error !== undefined || autoPages >= MAX_AUTO_PAGES) { return; }
    autoPages++;
    void jobs.loadMore();
  };
  // Still nothing by that title: read on, a page at a time, a few pages at most.
  const disposables: vscode.Disposable[] = [
    pick,
    jobs.onDidChange(() => {
      render();
      readOnFor(pick.value);
    }),
  ];
  try {
    return await new Promise(resolve => {
      disposables.push(
        pick.onDidChangeValue(value => {
          autoPages = 0;
          readOnFor(value);
        }),
        pick.onDidAccept(() => {
          const item = pick.selectedItems[0];
          if (!item) { return; }
          if (item.pick === 'more') {
            void jobs.loadMore();
            return;
          }
          resolve(item.pick === 'all' ? {} : { jobId: item.jobId, title: item.label });
          pick.hide();
        }),
        pick.onDidHide(() => resolve(undefined)),
      );
      render();
      pick.show();
      void jobs.ensureFirstPage();
    });
  } finally {
    for (const d of disposables) { d.dispose(); }
  }
}
