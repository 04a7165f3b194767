// What the commands work with, built once in activate().
import type * as vscode from 'vscode';
import type { Connection } from '../connection';
import type { CredentialStore } from '../credentials/credentialStore';
import type { HireNode } from '../model/hireNode';
import type { HireTreeModel } from '../model/hireTreeModel';
import type { HireTreeProvider } from '../tree/hireTreeProvider';

export interface HireParts {
  context: vscode.ExtensionContext;
  connection: Connection;
  credentials: CredentialStore;
  model: HireTreeModel;
  provider: HireTreeProvider;
  treeView: vscode.TreeView<HireNode>;
  log: vscode.LogOutputChannel;
  /** Sign-in state changed: rebuild the client, reset the tree. */
  reconnect: () => Promise<void>;
}
