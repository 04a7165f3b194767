// Which row a click opened. A row's command carries no arguments: VS Code keeps a row command's arguments under
// a handle that dies whenever the row or a parent re-renders (names arriving, a queue refresh), and a click on a
// row drawn before that re-render then fails with "Actual command not found, wanted to execute …" (#23.3). A
// click selects its row first (the selection reaches the extension before the command), so the clicked row is
// the newest selection among our views.
import type * as vscode from 'vscode';

export class RowClicks implements vscode.Disposable {
  private last: unknown;
  private readonly subscriptions: vscode.Disposable[];

  constructor(views: readonly vscode.TreeView<unknown>[]) {
    this.subscriptions = views.map(view =>
      view.onDidChangeSelection(e => {
        // A click on a row of a multi-selection adds it last; a plain click selects it alone. A row clicked while
        // its view re-renders maps to no node yet: that click opens nothing rather than the row clicked before.
        this.last = e.selection.at(-1);
      })
    );
  }

  /** The node of the row clicked last, to resolve by id as any command argument is. */
  clicked(): unknown {
    return this.last;
  }

  dispose(): void {
    for (const s of this.subscriptions) { s.dispose(); }
  }
}
