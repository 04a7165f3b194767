// Show Score Details for a record node, and everything the panel asks of the host.
import * as vscode from 'vscode';
import { languageOf } from '../model/format';
import type { Interview } from '../feishu/types';
import type { InterviewNode } from '../model/hireNode';
import { toJson } from '../model/recordJson';
import type { RecordTarget } from '../webview/protocol';
import { builders } from '../loadBuilders';
import { registerScoreDetailsSerializer, ScoreDetailsPanel, type ScoreDetailsDeps } from '../webview/scoreDetailsPanel';
import { nodeArgument } from './nodeArgument';
import type { HireParts } from './parts';
import { registerCommand } from './registerCommand';
import { scorecardExtras, type ScorecardDeps } from './scorecardDeps';
import { recordTarget, revealRecord } from './revealCommands';

const t = vscode.l10n.t;

export function registerDetailsCommands(parts: HireParts, scorecards: ScorecardDeps): vscode.Disposable[] {
  const { model, session } = parts;

  const interviewNodeFor = async (target: RecordTarget, signal?: AbortSignal): Promise<InterviewNode | undefined> => {
    const existing = model.node(`${target.root}/app/${target.applicationId}/iv/${target.interviewId}`);
    if (existing?.kind === 'interview') { return existing; }
    return model.findInterview(model.applicationNode(target.root, target.applicationId), target.interviewId, signal);
  };

  // What `load` read, for `complete` to add the whole scorecard to.
  interface Loaded { interview: Interview; node?: InterviewNode; owner: string; names: (recordId: string) => string | undefined }
  const loaded = new WeakMap<RecordTarget, Loaded>();
  const build = (target: RecordTarget, read: Loaded, extras: Awaited<ReturnType<typeof scorecardExtras>> | undefined) => {
    const { interview, node, owner, names } = read;
    return builders().buildScoreDetailsModel({
      ...extras, scorecardLoading: !extras,
      target, owner, interview, lang: languageOf(vscode.env.language), locale: vscode.env.language, t,
      sample: session.isSample, now: Date.now(), stageName: node?.stageName,
      interviewerName: recordId => (node && model.recordNode(node, recordId)?.interviewerName) ?? names(recordId),
    });
  };

  const deps: ScoreDetailsDeps = {
    extensionUri: parts.context.extensionUri,
    log: parts.log,
    owner: async () => {
      await session.ready;
      return session.identity;
    },
    load: async (target, { fresh, signal }) => {
      const owner = session.identity;
      if (owner === undefined) { return undefined; }
      const node = await interviewNodeFor(target, signal);
      const interview = fresh || !node ? await model.fetchInterview(target.applicationId, target.interviewId, signal) : node.interview;
      if (!interview) { return undefined; }
      // Already known when the tree showed the interview; read now when the panel came back after a reload.
      const names = await model.interviewerNames(target.applicationId, target.interviewId, signal);
      loaded.set(target, { interview, node, owner, names });
      return build(target, loaded.get(target)!, undefined);
    },
    complete: async target => {
      const read = loaded.get(target);
      return read && build(target, read, await scorecardExtras(scorecards, read.interview));
    },
    copyJson: async target => {
      const node = await interviewNodeFor(target);
      const record = node && model.recordNode(node, target.recordId);
      if (!record) { return; }
      await vscode.env.clipboard.writeText(toJson([record]));
      vscode.window.setStatusBarMessage(t('$(check) Copied JSON of {0}', record.record.id), 3000);
    },
    reveal: async target => { await revealRecord(parts, target); },
  };

  return [
    registerScoreDetailsSerializer(deps),
    // Sign-out, other credentials or sample mode: the open page belongs to the old session.
    session.onDidChange(() => ScoreDetailsPanel.closeUnlessOwnedBy(session.identity)),
    registerCommand(parts.log, 'feishuHire.record.showDetails', async value => {
      const selected = value === undefined ? parts.treeView.selection[0] : nodeArgument(parts, value);
      if (selected?.kind !== 'record') { return; }
      await ScoreDetailsPanel.show(recordTarget(selected), deps);
    }),
  ];
}
