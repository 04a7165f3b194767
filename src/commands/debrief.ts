// Debrief on an application (tree rows, the score details header, the palette) and Copy Debrief as Markdown.
// The data comes from readDebrief; record actions reuse score details, reveal and Copy JSON. In dist/features.js,
// loaded at first use; debriefCommands registers the commands and the serializer.
import * as vscode from 'vscode';
import { FeishuError, humanMessage } from '../feishu/errors';
import type { ParsedInterview } from '../feishu/validate';
import { builders } from '../loadBuilders';
import { MAX_DEBRIEF_INTERVIEWS, readDebrief, type DebriefRounds } from '../model/debrief/debriefData';
import { toJson } from '../model/export/recordJson';
import type { ScorecardResult } from '../model/scorecard/scorecards';
import { roundsWithOthersHidden } from '../model/noPeeking/othersHidden';
import { languageOf, pickI18n } from '../model/text/format';
import { DebriefPanel, type DebriefDeps } from '../webview/debrief/debriefPanel';
import type { DebriefModel, DebriefTarget } from '../webview/debrief/protocol';
import { ScoreDetailsPanel } from '../webview/scoreDetails/scoreDetailsPanel';
import { applicationIdOf } from './exportFlow';
import { findCandidate } from './findCandidate';
import type { HireParts, NoPeeking } from './parts';
import { revealRecord } from './reveal';
import { scoreDetailsDeps } from './scoreDetails';

const t = vscode.l10n.t;

function noConnection(): FeishuError {
  return new FeishuError({ kind: 'config', detail: t('Set your credentials or explore the sample data first.') });
}

/** The page model from what was read; `scorecards` absent while they are on their way. */
function modelOf(parts: HireParts, target: DebriefTarget, read: DebriefRounds, shown: ScorecardResult | undefined, noPeeking: NoPeeking): DebriefModel {
  const hidden = roundsWithOthersHidden(read.interviews, shown, noPeeking.viewer(), noPeeking.hideOthers());
  const rounds = { ...read, interviews: hidden.interviews };
  const scorecards = shown && hidden.scorecards;
  const connection = parts.session.connection;
  const lang = languageOf(vscode.env.language);
  const stage = rounds.label?.application?.stage;
  const notices = [
    rounds.invalid > 0 ? t('{0} unreadable items were left out; Copy as JSON on them in the tree shows what the service sent.', rounds.invalid) : '',
    rounds.partial ? t('Showing the rounds read before the listing stopped: {0}', humanMessage(rounds.partial, t)) : '',
    rounds.truncated ? t('This application has more than {0} interviews: the first {0} are shown.', MAX_DEBRIEF_INTERVIEWS) : '',
    hidden.hidden > 0
      ? t(
        'The other interviewers\' feedback on {0} rounds you have not submitted yet is hidden (feishuHire.hideOthersUntilSubmitted). Submit in Feishu, then Refresh.',
        hidden.hidden,
      )
      : '',
  ].filter(Boolean);
  return builders().buildDebriefModel({
    target,
    owner: connection?.identity ?? '',
    sample: connection?.sample ?? false,
    interviews: rounds.interviews,
    candidate: rounds.label?.candidateName || undefined,
    job: rounds.label?.jobTitle,
    stage: pickI18n(stage && { zh_cn: stage.zh_name, en_us: stage.en_name }, lang),
    scorecards,
    scorecardLoading: scorecards === undefined,
    levels: connection?.directory.levels,
    interviewerName: recordId => connection?.directory.interviewer(target.applicationId, recordId),
    notice: notices.join(' ') || undefined,
    lang,
    locale: vscode.env.language,
    t,
    now: Date.now(),
  });
}

async function copyMarkdown(model: DebriefModel): Promise<void> {
  await vscode.env.clipboard.writeText(builders().debriefMarkdown(model));
  vscode.window.setStatusBarMessage(t('$(check) Copied the debrief of {0} as Markdown', model.candidate || model.target.applicationId), 3000);
}

/** What the panel asks of the host; each panel keeps the one it was opened with. */
function debriefDeps(parts: HireParts, noPeeking: NoPeeking): DebriefDeps {
  /** The interviews last read per application, for the record actions (Copy JSON sends exactly what the service sent). */
  const read = new Map<string, readonly ParsedInterview[]>();
  return {
    extensionUri: parts.context.extensionUri,
    log: parts.log,
    owner: async () => {
      await parts.session.ready;
      return parts.session.connection?.identity;
    },
    load: async (target, show, signal) => {
      const connection = parts.session.connection;
      if (!connection) { throw noConnection(); }
      const data = await readDebrief(connection, target.applicationId, {
        signal,
        onRounds: rounds => {
          read.set(target.applicationId, roundsWithOthersHidden(rounds.interviews, undefined, noPeeking.viewer(), noPeeking.hideOthers()).interviews);
          show(modelOf(parts, target, rounds, undefined, noPeeking));
        },
      });
      show(modelOf(parts, target, data, data.scorecards, noPeeking));
    },
    act: async (action, target) => {
      switch (action) {
        case 'openDetails': {
          const root = parts.model.pinnedIds().includes(target.applicationId) ? 'pinned' : 'all';
          await ScoreDetailsPanel.show({ ...target, root }, scoreDetailsDeps(parts, noPeeking));
          return;
        }
        case 'reveal':
          await revealRecord(parts, { ...target, root: 'pinned' });
          return;
        case 'copyJson': {
          const interview = read.get(target.applicationId)?.find(i => i.id === target.interviewId);
          const record = interview?.interview_record_list.find(r => r.id === target.recordId);
          if (!interview || !record) { return; }
          await vscode.env.clipboard.writeText(toJson([{ kind: 'record', id: '', parentId: '', applicationId: target.applicationId, interview, record }]));
          vscode.window.setStatusBarMessage(t('$(check) Copied JSON of {0}', record.id), 3000);
        }
      }
    },
    copyMarkdown,
  };
}

export function reviveDebrief(parts: HireParts, noPeeking: NoPeeking, panel: vscode.WebviewPanel, state: unknown): Promise<void> {
  return DebriefPanel.revive(panel, state, debriefDeps(parts, noPeeking));
}

/** Debrief: the application of a node or an ID; from the palette with no application selected, the candidate by name. */
export async function openDebrief(parts: HireParts, noPeeking: NoPeeking, arg: unknown): Promise<void> {
  const selected = arg === undefined ? parts.treeView.selection[0] : undefined;
  const applicationId = arg === undefined && !(selected && 'applicationId' in selected)
    ? (await findCandidate(parts))?.applicationId
    : await applicationIdOf(parts, arg, t('Debrief'));
  if (applicationId) { await DebriefPanel.show({ applicationId }, debriefDeps(parts, noPeeking)); }
}

/** A Ready for Debrief row (`row`: the clicked row, when the command came without arguments). */
export async function openReadyDebrief(parts: HireParts, noPeeking: NoPeeking, row: unknown): Promise<void> {
  const applicationId = await applicationIdOf(parts, row, t('Debrief'));
  if (applicationId) { await DebriefPanel.show({ applicationId }, debriefDeps(parts, noPeeking)); }
}

export async function copyDebrief(parts: HireParts, noPeeking: NoPeeking, arg: unknown): Promise<void> {
  const open = DebriefPanel.active?.model;
  // From the palette with a debrief open: that one, as shown.
  if (arg === undefined && open && !open.scorecard.loading) {
    await copyMarkdown(open);
    return;
  }
  const applicationId = await applicationIdOf(parts, arg, t('Copy Debrief as Markdown'));
  const connection = parts.session.connection;
  if (!applicationId) { return; }
  if (!connection) { throw noConnection(); }
  const target = { applicationId };
  const data = await vscode.window.withProgress({
    location: vscode.ProgressLocation.Notification,
    title: t('Reading the debrief of application {0}…', applicationId),
    cancellable: true,
  }, (_progress, token) => {
    const controller = new AbortController();
    token.onCancellationRequested(() => controller.abort());
    return readDebrief(connection, applicationId, { signal: controller.signal });
  });
  await copyMarkdown(modelOf(parts, target, data, data.scorecards, noPeeking));
}
