// Show Score Details for a record node, and everything the panel asks of the host.
import * as vscode from 'vscode';
import { languageOf } from '../model/format';
import type { HireNode, InterviewNode } from '../model/hireNode';
import { toJson } from '../model/recordJson';
import type { RecordTarget } from '../webview/protocol';
import { buildScoreDetailsModel } from '../webview/scoreDetailsModel';
import { registerScoreDetailsSerializer, ScoreDetailsPanel, type ScoreDetailsDeps } from '../webview/scoreDetailsPanel';
import type { HireParts } from './parts';
import { recordTarget, revealRecord } from './revealCommands';

const t = vscode.l10n.t;

export function registerDetailsCommands(parts: HireParts): vscode.Disposable[] {
  const { model } = parts;

  const interviewNodeFor = async (target: RecordTarget): Promise<InterviewNode | undefined> => {
    const existing = model.node(`${target.root}/app/${target.applicationId}/iv/${target.interviewId}`);
    if (existing?.kind === 'interview') { return existing; }
    return model.findInterview(model.applicationNode(target.root, target.applicationId), target.interviewId);
  };

  const deps: ScoreDetailsDeps = {
    extensionUri: parts.context.extensionUri,
    log: parts.log,
    load: async (target, fresh) => {
      const node = await interviewNodeFor(target);
      const interview = fresh || !node ? await model.fetchInterview(target.applicationId, target.interviewId) : node.interview;
      if (!interview) { return undefined; }
      return buildScoreDetailsModel({
        target, interview, lang: languageOf(vscode.env.language), locale: vscode.env.language, t,
        sample: parts.connection.sample !== undefined, now: Date.now(), stageName: node?.stageName,
        interviewerName: recordId => node && model.recordNode(node, recordId)?.interviewerName,
      });
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
    vscode.commands.registerCommand('feishuHire.record.showDetails', async (node?: HireNode) => {
      const selected = node ?? parts.treeView.selection[0];
      if (selected?.kind !== 'record') { return undefined; }
      return ScoreDetailsPanel.show(recordTarget(selected), deps);
    }),
  ];
}
