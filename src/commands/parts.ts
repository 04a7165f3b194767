// What the commands work with, built once in activate().
import type * as vscode from 'vscode';
import type { Viewer } from '../model/noPeeking/othersHidden';
import type { HireNode } from '../model/tree/hireNode';
import type { HireTreeModel } from '../model/tree/hireTreeModel';
import type { HireSession } from '../session/hireSession';
import type { HireTreeProvider } from '../tree/hireTreeProvider';
import type { RowClicks } from '../tree/rowClicks';
import type { NodeLookup } from './nodeLookup';

export interface HireParts {
  context: vscode.ExtensionContext;
  session: HireSession;
  model: HireTreeModel;
  provider: HireTreeProvider;
  treeView: vscode.TreeView<HireNode>;
  log: vscode.LogOutputChannel;
  /** Resolves a command's node argument by id, across every view. */
  nodes: NodeLookup;
  /** The row a click opened: row commands carry no arguments (see rowClicks.ts). */
  rowClicks: RowClicks;
}

/** Who I am and whether the others' feedback waits until I submitted mine (feishuHire.hideOthersUntilSubmitted). */
export interface NoPeeking {
  viewer(): Viewer | undefined;
  hideOthers(): boolean;
}
