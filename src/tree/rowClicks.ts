// Which row a click opened. A row's command carries no arguments: VS Code keeps a row command's arguments under
// a handle that dies whenever the row or a parent re-renders (names arriving, a queue refresh), and a click on a
// row drawn before that re-render then fails with "Actual command not found, wanted to execute …" (#23.3). A
// click selects its row first (the selection reaches the extension before the command), so the clicked row is
// its view's selection; each view's rows name a command of that view, so a row selected earlier in another view
// is never taken for it. A row clicked while its view re-renders maps to no node yet and opens nothing.
import type * as vscode from 'vscode';

export class RowClicks {
  constructor(private readonly views: Readonly<Record<string, vscode.TreeView<unknown>>>) {}

  /** The node of the row just clicked in that view, to resolve by id as any command argument is. */
  clicked(viewId: string): unknown {
    return this.views[viewId]?.selection.at(-1);
  }
}
