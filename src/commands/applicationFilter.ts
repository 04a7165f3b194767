// Filter Applications' pick list: a status, or a job picked by its title. In dist/features.js, loaded at first use;
// lookupCommands applies the filter picked and keeps the job's title for the filter's description.
import * as vscode from 'vscode';
import type { ListApplicationsFilter } from '../feishu/types';
import { pickJob } from './jobPicker';
import type { HireParts } from './parts';

const t = vscode.l10n.t;

/** The filter picked (with the picked job's title, if one was), or undefined when the user cancelled. */
export async function pickFilter(
  parts: HireParts,
  description: string | undefined,
): Promise<{ filter: ListApplicationsFilter; jobTitle?: string; } | undefined> {
  type Item = vscode.QuickPickItem & { filter: ListApplicationsFilter; };
  const current = parts.model.filter;
  const statusItems: Item[] = [
    { label: t('Active applications'), filter: { ...current, activeStatus: '1' } },
    { label: t('Inactive applications'), filter: { ...current, activeStatus: '2' } },
    { label: t('All statuses'), filter: { ...current, activeStatus: undefined } },
    { label: t('Filter by job…'), filter: current },
    { label: t('Clear all filters'), filter: {} },
  ];
  const picked = await vscode.window.showQuickPick(statusItems, { title: t('Feishu Hire: Filter Applications'), placeHolder: description ?? t('No filter') });
  if (!picked) { return undefined; }
  if (picked !== statusItems[3]) { return { filter: picked.filter }; }
  const connection = parts.session.connection;
  if (!connection) { return undefined; }
  const job = await pickJob(connection, current.jobId);
  if (job === undefined) { return undefined; }
  return { filter: { ...current, jobId: job.jobId }, jobTitle: job.title };
}
