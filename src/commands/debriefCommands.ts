// Debrief on an application (tree rows, the score details header, the palette) and Copy Debrief as Markdown, and the
// serializer that brings the panel back after a reload. The panel and its reads are in the features bundle
// (debrief), loaded by the first of them.
import * as vscode from 'vscode';
import { features } from '../loadFeatures';
import { RECENT_INTERVIEWS_VIEW_ID } from '../tree/queueTreeProvider';
import { READY_DEBRIEF_COMMAND } from '../tree/rowCommands';
import { DEBRIEF_VIEW_TYPE } from '../webview/viewTypes';
import type { HireParts, NoPeeking } from './parts';
import { registerCommand } from './registerCommand';

export function registerDebriefCommands(parts: HireParts, noPeeking: NoPeeking): vscode.Disposable[] {
  return [
    vscode.window.registerWebviewPanelSerializer(DEBRIEF_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state: unknown) => features().reviveDebrief(parts, noPeeking, panel, state),
    }),
    registerCommand(parts.log, 'feishuHire.application.debrief', (arg?: unknown) => features().openDebrief(parts, noPeeking, arg)),
    // A click on a Ready for Debrief row: the row carries no arguments (see tree/rowClicks.ts).
    registerCommand(parts.log, READY_DEBRIEF_COMMAND, async (arg?: unknown) => {
      await features().openReadyDebrief(parts, noPeeking, arg ?? parts.rowClicks.clicked(RECENT_INTERVIEWS_VIEW_ID));
    }),
    registerCommand(parts.log, 'feishuHire.application.copyDebrief', (arg?: unknown) => features().copyDebrief(parts, noPeeking, arg)),
  ];
}
