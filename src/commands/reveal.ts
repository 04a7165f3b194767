// Reveal in Main Tree: a record shown anywhere (Feedback Owed, Recent Interviews, the score details panel)
// selected in the main tree. Under Looked-up applications its application is pinned first, through the same
// lookup as "Look Up Application…"; then the interview is paged to as the tree pages. In dist/features.js, loaded at
// first use; revealCommands registers the command.
import * as vscode from 'vscode';
import { FeishuError } from '../feishu/errors';
import { inertText } from '../model/text/inertText';
import { findRecord } from '../model/tree/findNode';
import type { HireNode, RecordNode } from '../model/tree/hireNode';
import { parseMainTreeId } from '../model/tree/nodeId';
import type { RecordTarget } from '../webview/scoreDetails/protocol';
import { lookUpApplication } from './lookUp';
import type { HireParts } from './parts';
import { showWarning } from '../notifications';

const t = vscode.l10n.t;

/** The main tree's record node for the target, revealed and selected; undefined (with a message) when it is gone. */
export async function revealRecord(parts: HireParts, target: RecordTarget): Promise<RecordNode | undefined> {
  const { model } = parts;
  const application = target.root === 'pinned' && !model.pinnedIds().includes(target.applicationId)
    ? await lookUpApplication(parts, target.applicationId)
    : model.applicationNode(target.root, target.applicationId);
  if (!application) { return undefined; }
  const path = { ...target, root: application.root };
  let record = await cancellable(parts, target.interviewId, signal => findRecord(model, path, signal));
  if (record === 'cancelled') { return undefined; }
  if (!record) {
    void showWarning(t('Record {0} is no longer in application {1}. Refresh the views.', target.recordId, target.applicationId));
    return undefined;
  }
  // VS Code drops a reveal that meets a refresh of the same rows (names arriving, say): try again on the fresh rows.
  for (let attempt = 1;; attempt++) {
    const revealing = record;
    const revealed = await Promise.resolve(parts.treeView.reveal(revealing, { select: true, focus: true, expand: true })).then(
      () => isSelected(parts.treeView, revealing.id),
      (e: unknown) => {
        parts.log.warn(`Reveal of ${revealing.id} failed (attempt ${attempt}): ${e instanceof Error ? e.message : String(e)}`);
        return false;
      },
    );
    if (revealed || attempt >= REVEAL_ATTEMPTS) { return record; }
    record = await findRecord(model, path) ?? record;
  }
}

const REVEAL_ATTEMPTS = 3;
const SELECTION_WAIT_MS = 750;

/** Whether the view selects the node by id within a moment (the selection arrives after the reveal resolves). */
function isSelected(view: vscode.TreeView<HireNode>, id: string): Promise<boolean> {
  const now = (): boolean => view.selection.some(node => node.id === id);
  if (now()) { return Promise.resolve(true); }
  return new Promise(resolve => {
    const done = (value: boolean): void => {
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
    };
    const subscription = view.onDidChangeSelection(() => {
      if (now()) { done(true); }
    });
    const timer = setTimeout(() => done(now()), SELECTION_WAIT_MS);
  });
}

/** Paging to an interview may take many pages: the notification's Cancel stops the walk. */
async function cancellable<T>(parts: HireParts, interviewId: string, find: (signal: AbortSignal) => Promise<T>): Promise<T | 'cancelled'> {
  try {
    return await vscode.window.withProgress({
      location: vscode.ProgressLocation.Notification,
      title: inertText(t('Looking for interview {0}…', interviewId)),
      cancellable: true,
    }, (_progress, token) => {
      const controller = new AbortController();
      token.onCancellationRequested(() => controller.abort());
      return find(controller.signal);
    });
  } catch (e) {
    if (e instanceof FeishuError && e.kind === 'cancelled') { return 'cancelled'; }
    throw e;
  }
}

/** Records of the main tree keep their root; records of other views go under Looked-up applications. */
export function recordTarget(node: RecordNode): RecordTarget {
  const root = parseMainTreeId(node.id)?.root === 'all' ? 'all' : 'pinned';
  return { root, applicationId: node.applicationId, interviewId: node.interview.id, recordId: node.record.id };
}

/** Reveal in Main Tree on a record of any view. */
export async function revealInMainTree(parts: HireParts, node: RecordNode): Promise<void> {
  if (!node.applicationId) {
    void showWarning(t('The service did not say which application record {0} belongs to, so it cannot be shown in the tree.', node.record.id));
    return;
  }
  await revealRecord(parts, { ...recordTarget(node), root: 'pinned' });
}
