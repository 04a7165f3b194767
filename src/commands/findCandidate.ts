// Find Candidate…: a pick list searching as the user types (name or keyword, or an exact phone number or e-mail),
// then the picked candidate's applications; the picked application is pinned and revealed as Look Up Application does.
// The search itself (debounce, cancel, labels) is plain TypeScript in model/search. In dist/features.js, loaded at
// first use; lookupCommands registers the command.
import * as vscode from 'vscode';
import { Codes, FeishuError, humanMessage } from '../feishu/errors';
import type { HireConnection } from '../model/connection/hireConnection';
import { applicationChoiceLabel, listCandidateApplications, readApplicationLabels } from '../model/search/candidateApplications';
import { CandidateSearch, type SearchState } from '../model/search/candidateSearch';
import { languageOf } from '../model/text/format';
import type { ApplicationNode } from '../model/tree/hireNode';
import { connectionOrSignIn, pinAndReveal } from './lookUp';
import { noIcons } from './pickText';
import type { HireParts } from './parts';

const t = vscode.l10n.t;

type Item = vscode.QuickPickItem & { talentId?: string; applicationId?: string; retry?: boolean; checkPermissions?: boolean; };

function stateItems(state: SearchState, text: string): Item[] {
  switch (state.status) {
    case 'idle':
      return [{ label: t('Type a name, a phone number or an e-mail address'), alwaysShow: true }];
    case 'waiting':
    case 'searching':
      return [{ label: t('Searching…'), alwaysShow: true }];
    case 'none':
      return [{
        label: state.query.kind === 'contact' ? t('No candidate with this phone number or e-mail.') : noIcons(t('No candidate matches “{0}”.', text.trim())),
        alwaysShow: true,
      }];
    case 'failed': {
      const label = t('$(warning) {0}', noIcons(humanMessage(state.error, t)));
      // A missing scope is not fixed by searching again: the check says what to ask the admin for.
      return state.error instanceof FeishuError && state.error.code === Codes.scopeMissing
        ? [{ label, detail: t('Press Enter to check the app\'s permissions.'), checkPermissions: true, alwaysShow: true }]
        : [{ label, detail: t('Press Enter to search again.'), retry: true, alwaysShow: true }];
    }
    case 'found': {
      // alwaysShow: the service matched them (pinyin, e-mail, fuzzy); the pick list must not filter them again by label.
      const items: Item[] = state.candidates.map(c => ({
        label: noIcons(c.label),
        description: noIcons(c.description),
        talentId: c.talentId,
        alwaysShow: true,
      }));
      if (state.more) { items.push({ label: t('More candidates match: type more of the name to narrow the list.'), alwaysShow: true }); }
      return items;
    }
  }
}

/** Step 1: the candidate. Resolves with the talent picked, or undefined. */
function pickCandidate(connection: HireConnection, initial: string): Promise<{ talentId: string; name: string; } | undefined> {
  const search = new CandidateSearch(connection.api, t, { signal: connection.signal });
  const pick = vscode.window.createQuickPick<Item>();
  pick.title = t('Feishu Hire: Find Candidate');
  pick.placeholder = t('Name, phone number or e-mail');
  pick.matchOnDescription = true;
  pick.ignoreFocusOut = true;
  const render = (state: SearchState): void => {
    pick.busy = state.status === 'waiting' || state.status === 'searching';
    pick.items = stateItems(state, pick.value);
  };
  return new Promise(resolve => {
    const disposables: vscode.Disposable[] = [
      search.onDidChange(render),
      pick.onDidChangeValue(value => search.setText(value)),
      pick.onDidAccept(() => {
        const item = pick.selectedItems[0];
        if (item?.checkPermissions) {
          pick.hide();
          void vscode.commands.executeCommand('feishuHire.checkPermissions');
          return;
        }
        if (item?.retry) {
          search.retry();
          return;
        }
        if (!item?.talentId) { return; }
        resolve({ talentId: item.talentId, name: item.label });
        pick.hide();
      }),
      pick.onDidHide(() => {
        resolve(undefined);
        for (const d of disposables) { d.dispose(); }
        search.dispose();
        pick.dispose();
      }),
    ];
    render(search.state);
    pick.value = initial;
    search.setText(initial);
    pick.show();
  });
}

/** Step 2: one of the candidate's applications, with job and stage filling in as the directory reads them. */
function pickApplication(connection: HireConnection, talent: { talentId: string; name: string; }): Promise<string | undefined> {
  const lang = languageOf(vscode.env.language);
  const controller = new AbortController();
  const signal = AbortSignal.any([controller.signal, connection.signal]);
  const pick = vscode.window.createQuickPick<Item>();
  pick.title = t('Applications of {0}', noIcons(talent.name));
  pick.placeholder = t('Pick an application to open it in the Interviews view');
  pick.matchOnDescription = true;
  pick.busy = true;
  pick.items = [{ label: t('Reading the applications…'), alwaysShow: true }];
  let ids: string[] = [];
  let more = false;
  const render = (): void => {
    const items: Item[] = ids.map(id => {
      const choice = applicationChoiceLabel(id, connection.directory.application(id), lang, t);
      return { applicationId: id, label: noIcons(choice.label), description: noIcons(choice.description) };
    });
    if (ids.length === 0) { items.push({ label: t('No applications for this candidate.'), alwaysShow: true }); }
    if (more) { items.push({ label: t('Only the first {0} applications are listed.', ids.length), alwaysShow: true }); }
    const active = pick.activeItems[0]?.applicationId;
    pick.items = items;
    const again = items.find(i => i.applicationId !== undefined && i.applicationId === active);
    if (again) { pick.activeItems = [again]; }
  };
  return new Promise(resolve => {
    const disposables: vscode.Disposable[] = [
      pick.onDidAccept(() => {
        const id = pick.selectedItems[0]?.applicationId;
        if (!id) { return; }
        resolve(id);
        pick.hide();
      }),
      pick.onDidHide(() => {
        resolve(undefined);
        controller.abort();
        for (const d of disposables) { d.dispose(); }
        pick.dispose();
      }),
    ];
    pick.show();
    listCandidateApplications(connection.api, talent.talentId, signal).then(async list => {
      ids = list.applicationIds;
      more = list.more;
      render();
      await readApplicationLabels(connection.directory, ids, () => render(), signal);
      pick.busy = false;
    }, (e: unknown) => {
      if (signal.aborted) { return; }
      pick.busy = false;
      pick.items = [{ label: t('$(warning) Could not read the applications: {0}', noIcons(humanMessage(e, t))), alwaysShow: true }];
    });
  });
}

export async function findCandidate(parts: HireParts, argument?: unknown): Promise<ApplicationNode | undefined> {
  const connection = await connectionOrSignIn(parts, t('Sign in to Feishu Hire before finding a candidate.'));
  if (!connection) { return undefined; }
  const talent = await pickCandidate(connection, typeof argument === 'string' ? argument.slice(0, 200) : '');
  if (!talent) { return undefined; }
  const applicationId = await pickApplication(connection, talent);
  return applicationId ? pinAndReveal(parts, connection, applicationId) : undefined;
}
