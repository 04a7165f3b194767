// Show Score Details for a record node, and the panel restored after a reload; the panel's data comes from its
// source beside it in webview/. In dist/features.js, loaded at first use; detailsCommands registers the command
// and the serializer.
import type * as vscode from 'vscode';
import type { RecordNode } from '../model/tree/hireNode';
import { ScoreDetailsPanel, type ScoreDetailsDeps } from '../webview/scoreDetails/scoreDetailsPanel';
import { scoreDetailsSource } from '../webview/scoreDetails/scoreDetailsSource';
import type { HireParts, NoPeeking } from './parts';
import { recordTarget, revealRecord } from './reveal';

/** What the panel asks of the host; each panel keeps the one it was opened with. */
export function scoreDetailsDeps(parts: HireParts, noPeeking: NoPeeking): ScoreDetailsDeps {
  const { session } = parts;
  return scoreDetailsSource({
    extensionUri: parts.context.extensionUri,
    log: parts.log,
    model: parts.model,
    ready: session.ready,
    connection: () => session.connection,
    reveal: target => revealRecord(parts, target),
    viewer: () => noPeeking.viewer(),
    hideOthers: () => noPeeking.hideOthers(),
  });
}

export async function showScoreDetails(parts: HireParts, noPeeking: NoPeeking, node: RecordNode): Promise<void> {
  await ScoreDetailsPanel.show(recordTarget(node), scoreDetailsDeps(parts, noPeeking));
}

export function reviveScoreDetails(parts: HireParts, noPeeking: NoPeeking, panel: vscode.WebviewPanel, state: unknown): Promise<void> {
  return ScoreDetailsPanel.revive(panel, state, scoreDetailsDeps(parts, noPeeking));
}
