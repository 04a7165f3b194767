import * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Built up by the browse issue.
}

export function deactivate(): void {
  // Nothing to release yet.
}
