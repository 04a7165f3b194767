// What every webview panel of ours does the same way: the icon, the options (scripts, media/ only, find), the HTML
// shell, and the last message kept and sent again whenever the page (re)loads and says ready, since the page keeps
// no copy of its own.
import * as vscode from 'vscode';
import { builders } from '../../loadBuilders';

export interface PageHostInit {
  extensionUri: vscode.Uri;
  title: string;
  /** Files in media/: the page's own script after the shared parts, its stylesheets in order. */
  scripts: readonly string[];
  styles: readonly string[];
  onMessage(message: unknown): void;
  onDispose(): void;
}

export function pageOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')], enableFindWidget: true };
}

/**
 * A page saved before a window reload, shown again only to the session that saved it: one saved under another
 * session (signed out since, other credentials) or by an older version is closed unseen.
 */
export async function savedPage<S extends { owner: string; }>(
  panel: vscode.WebviewPanel,
  state: unknown,
  parse: (state: unknown) => S | undefined,
  deps: { owner(): Promise<string | undefined>; log: vscode.LogOutputChannel; },
  what: string,
): Promise<S | undefined> {
  const owner = await deps.owner();
  const saved = parse(state);
  if (saved && owner !== undefined && saved.owner === owner) { return saved; }
  deps.log.info(`${what}: a saved page from another session was closed unread`);
  panel.dispose();
  return undefined;
}

export class PageHost<M> implements vscode.Disposable {
  private ready = false;
  /** Aborts the running load when another starts or the panel closes. */
  private loading = new AbortController();
  private last: M | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(readonly panel: vscode.WebviewPanel, init: PageHostInit) {
    panel.iconPath = vscode.Uri.joinPath(init.extensionUri, 'media', 'feishu-hire.svg');
    panel.webview.options = pageOptions(init.extensionUri);
    const media = (file: string): string => panel.webview.asWebviewUri(vscode.Uri.joinPath(init.extensionUri, 'media', file)).toString();
    const { createNonce, renderPageShell } = builders();
    panel.webview.html = renderPageShell({
      cspSource: panel.webview.cspSource,
      nonce: createNonce(),
      scriptUris: ['pageParts.js', ...init.scripts].map(media),
      styleUris: init.styles.map(media),
      lang: vscode.env.language.startsWith('zh') ? 'zh' : 'en',
      title: init.title,
      loadingText: vscode.l10n.t('Loading…'),
    });
    this.disposables.push(
      panel.onDidDispose(() => init.onDispose()),
      // A hidden webview is torn down; when shown again the page says ready and gets the last message again.
      panel.onDidChangeViewState(() => {
        if (!panel.visible) { this.ready = false; }
      }),
      panel.webview.onDidReceiveMessage(message => init.onMessage(message)),
    );
  }

  get lastMessage(): M | undefined {
    return this.last;
  }

  post(message: M): void {
    this.last = message;
    if (this.ready) { void this.panel.webview.postMessage(message); }
  }

  /** The page said ready: it gets what it should show. */
  pageReady(): void {
    this.ready = true;
    if (this.last) { void this.panel.webview.postMessage(this.last); }
  }

  /** A new load: the one running is aborted, its late answers dropped by the signal. */
  beginLoad(): AbortSignal {
    this.loading.abort();
    this.loading = new AbortController();
    return this.loading.signal;
  }

  dispose(): void {
    this.loading.abort();
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) { d.dispose(); }
  }
}
