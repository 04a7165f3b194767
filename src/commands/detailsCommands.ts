// Show Score Details for a record node, and the serializer that brings the panel back after a reload. The panel
// and its data source are in the features bundle (scoreDetails), loaded by the first panel.
import * as vscode from 'vscode';
import { features } from '../loadFeatures';
import { SCORE_DETAILS_VIEW_TYPE } from '../webview/viewTypes';
import { nodeArgument } from './nodeArgument';
import type { HireParts, NoPeeking } from './parts';
import { registerCommand } from './registerCommand';
import { SHOW_DETAILS_COMMANDS } from '../tree/rowCommands';

export function registerDetailsCommands(parts: HireParts, noPeeking: NoPeeking): vscode.Disposable[] {
  return [
    vscode.window.registerWebviewPanelSerializer(SCORE_DETAILS_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state: unknown) => features().reviveScoreDetails(parts, noPeeking, panel, state),
    }),
    // From a menu: the record. With no argument: a click on a record row of that command's view (see tree/rowClicks.ts).
    ...(Object.entries(SHOW_DETAILS_COMMANDS)).map(([viewId, id]) =>
      registerCommand(parts.log, id, async value => {
        const selected = nodeArgument(parts, value ?? parts.rowClicks.clicked(viewId));
        if (selected?.kind === 'record') { await features().showScoreDetails(parts, noPeeking, selected); }
      })
    ),
  ];
}
