// Show Score Details for a record node; the panel's data comes from its source beside it in webview/.
import type * as vscode from 'vscode';
import { registerScoreDetailsSerializer, ScoreDetailsPanel, type ScoreDetailsDeps } from '../webview/scoreDetails/scoreDetailsPanel';
import { scoreDetailsSource } from '../webview/scoreDetails/scoreDetailsSource';
import { nodeArgument } from './nodeArgument';
import type { HireParts } from './parts';
import { registerCommand } from './registerCommand';
import { SHOW_DETAILS_COMMANDS } from '../tree/rowCommands';
import { recordTarget, revealRecord } from './revealCommands';

export function scoreDetailsDeps(parts: HireParts): ScoreDetailsDeps {
  const { session } = parts;
  return scoreDetailsSource({
    extensionUri: parts.context.extensionUri,
    log: parts.log,
    model: parts.model,
    ready: session.ready,
    connection: () => session.connection,
    reveal: target => revealRecord(parts, target),
  });
}

export function registerDetailsCommands(parts: HireParts, deps: ScoreDetailsDeps): vscode.Disposable[] {
  return [
    registerScoreDetailsSerializer(deps),
    // From a menu: the record. With no argument: a click on a record row of that command's view (see tree/rowClicks.ts).
    ...(Object.entries(SHOW_DETAILS_COMMANDS)).map(([viewId, id]) =>
      registerCommand(parts.log, id, async value => {
        const selected = nodeArgument(parts, value ?? parts.rowClicks.clicked(viewId));
        if (selected?.kind !== 'record') { return; }
        await ScoreDetailsPanel.show(recordTarget(selected), deps);
      })
    ),
  ];
}
