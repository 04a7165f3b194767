// Show Score Details for a record node; the panel's data comes from its source beside it in webview/.
import type * as vscode from 'vscode';
import type { Viewer } from '../model/noPeeking/othersHidden';
import { registerScoreDetailsSerializer, ScoreDetailsPanel, type ScoreDetailsDeps } from '../webview/scoreDetails/scoreDetailsPanel';
import { scoreDetailsSource } from '../webview/scoreDetails/scoreDetailsSource';
import { nodeArgument } from './nodeArgument';
import type { HireParts } from './parts';
import { registerCommand } from './registerCommand';
import { recordTarget, revealRecord } from './revealCommands';

/** `noPeeking`: who I am and whether the others' feedback waits until I submitted mine. */
export function scoreDetailsDeps(parts: HireParts, noPeeking: { viewer(): Viewer | undefined; hideOthers(): boolean; }): ScoreDetailsDeps {
  const { session } = parts;
  return scoreDetailsSource({
    extensionUri: parts.context.extensionUri,
    log: parts.log,
    model: parts.model,
    ready: session.ready,
    connection: () => session.connection,
    reveal: target => revealRecord(parts, target),
    ...noPeeking,
  });
}

export function registerDetailsCommands(parts: HireParts, deps: ScoreDetailsDeps): vscode.Disposable[] {
  return [
    registerScoreDetailsSerializer(deps),
    registerCommand(parts.log, 'feishuHire.record.showDetails', async value => {
      const selected = value === undefined ? parts.treeView.selection[0] : nodeArgument(parts, value);
      if (selected?.kind !== 'record') { return; }
      await ScoreDetailsPanel.show(recordTarget(selected), deps);
    }),
  ];
}
