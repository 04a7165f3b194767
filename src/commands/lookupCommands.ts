// Look up an application by ID (palette, argument or vscode:// URI) or find a candidate, pin it, reveal it; unpin;
// filter. Their prompts and pick lists are in the features bundle (lookUp, findCandidate, applicationFilter),
// loaded by the first of them; the filter's description is needed at activation and stays here.
import * as vscode from 'vscode';
import type { ListApplicationsFilter } from '../feishu/types';
import { features } from '../loadFeatures';
import { nodeArgument } from './nodeArgument';
import type { HireParts } from './parts';
import { registerCommand } from './registerCommand';

const t = vscode.l10n.t;
/** Titles of the jobs picked in this window, for the filter's description. */
const jobTitles = new Map<string, string>();

async function pickFilter(parts: HireParts): Promise<void> {
  const picked = await features().pickFilter(parts, describeFilter(parts.model.filter));
  if (!picked) { return; }
  if (picked.filter.jobId && picked.jobTitle) { jobTitles.set(picked.filter.jobId, picked.jobTitle); }
  parts.model.setFilter(picked.filter);
}

export function describeFilter(filter: ListApplicationsFilter): string | undefined {
  const parts: string[] = [];
  if (filter.activeStatus === '1') { parts.push(t('active')); }
  if (filter.activeStatus === '2') { parts.push(t('inactive')); }
  if (filter.jobId) { parts.push(jobTitles.get(filter.jobId) ?? t('job {0}', filter.jobId)); }
  return parts.length > 0 ? parts.join(', ') : undefined;
}

export function registerLookupCommands(parts: HireParts): vscode.Disposable[] {
  return [
    registerCommand(
      parts.log,
      'feishuHire.application.lookUp',
      async (argument?: unknown) => (await features().lookUpApplication(parts, argument)) !== undefined,
    ),
    registerCommand(parts.log, 'feishuHire.candidate.find', async (argument?: unknown) => (await features().findCandidate(parts, argument)) !== undefined),
    registerCommand(parts.log, 'feishuHire.application.unpin', async (value?: unknown) => {
      const node = nodeArgument(parts, value);
      if (node?.kind === 'application') { await parts.model.unpin(node.applicationId); }
    }),
    registerCommand(parts.log, 'feishuHire.applications.filter', () => pickFilter(parts)),
    // vscode://feishu-hire-tools.feishu-hire-interviews/lookup?applicationId=…
    vscode.window.registerUriHandler({ handleUri: uri => features().lookUpFromLink(parts, uri) }),
  ];
}
