// The one score details panel: reused for every record, restored after a reload through its serializer.
import * as vscode from 'vscode';
import { humanMessage } from '../../feishu/errors';
import { builders } from '../../loadBuilders';
import { isPageMessage, parsePageState, type HostMessage, type RecordTarget, type ScoreDetailsModel } from './protocol';

export const VIEW_TYPE = 'feishuHire.scoreDetails';

export interface ScoreDetailsDeps {
  extensionUri: vscode.Uri;
  /** The page model for a record, fetching what is not loaded yet; undefined when the record is gone. */
  load(target: RecordTarget, options: { fresh: boolean; signal: AbortSignal; }): Promise<ScoreDetailsModel | undefined>;
  /** Who is signed in now (the connection's identity), once the stored credentials have been read. */
  owner(): Promise<string | undefined>;
  /** The same page with what costs more requests (the whole scorecard), after `load`'s page has shown. */
  complete?(target: RecordTarget): Promise<ScoreDetailsModel | undefined>;
  copyJson(target: RecordTarget): Promise<void>;
  reveal(target: RecordTarget): Promise<void>;
  log: vscode.LogOutputChannel;
}

const t = vscode.l10n.t;

export class ScoreDetailsPanel implements vscode.Disposable {
  private static current: ScoreDetailsPanel | undefined;
  private target: RecordTarget | undefined;
  private ready = false;
  /** What the page shows; sent again whenever the page (re)loads, since it keeps no copy of its own. */
  private last: HostMessage | undefined;
  /** Aborts the running load when another starts or the panel closes. */
  private loading = new AbortController();
  private readonly disposables: vscode.Disposable[] = [];

  static async show(target: RecordTarget, deps: ScoreDetailsDeps): Promise<ScoreDetailsPanel> {
    let panel = ScoreDetailsPanel.current;
    if (panel) {
      panel.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      const webviewPanel = vscode.window.createWebviewPanel(
        VIEW_TYPE,
        t('Score details'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        options(deps.extensionUri),
      );
      panel = new ScoreDetailsPanel(webviewPanel, deps);
    }
    await panel.load(target);
    return panel;
  }

  static get active(): ScoreDetailsPanel | undefined {
    return ScoreDetailsPanel.current;
  }

  private constructor(readonly panel: vscode.WebviewPanel, private readonly deps: ScoreDetailsDeps) {
    ScoreDetailsPanel.current = this;
    panel.iconPath = vscode.Uri.joinPath(deps.extensionUri, 'media', 'feishu-hire.svg');
    panel.webview.options = options(deps.extensionUri);
    const media = (file: string): string => panel.webview.asWebviewUri(vscode.Uri.joinPath(deps.extensionUri, 'media', file)).toString();
    const { createNonce, renderScoreDetailsHtml } = builders();
    panel.webview.html = renderScoreDetailsHtml({
      cspSource: panel.webview.cspSource,
      nonce: createNonce(),
      scriptUri: media('scoreDetails.js'),
      styleUri: media('scoreDetails.css'),
      lang: vscode.env.language.startsWith('zh') ? 'zh' : 'en',
      title: t('Score details'),
      loadingText: t('Loading…'),
    });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      // A hidden webview is torn down; when shown again the page says ready and gets the last message again.
      panel.onDidChangeViewState(() => {
        if (!panel.visible) { this.ready = false; }
      }),
      panel.webview.onDidReceiveMessage(message => this.onMessage(message)),
    );
  }

  /**
   * After a window reload: the saved state names the record only, which is read again. A page saved under another
   * session (signed out since, other credentials) or by an older version is closed unseen.
   */
  static async revive(panel: vscode.WebviewPanel, state: unknown, deps: ScoreDetailsDeps): Promise<void> {
    const owner = await deps.owner();
    const saved = parsePageState(state);
    if (!saved || owner === undefined || saved.owner !== owner) {
      deps.log.info('Score details: a saved page from another session was closed unread');
      panel.dispose();
      return;
    }
    const revived = new ScoreDetailsPanel(panel, deps);
    revived.target = saved.target;
    void revived.load(saved.target, { fresh: true });
  }

  /** The session changed owner: close and forget (the page's saved state goes with the panel). */
  static closeUnlessOwnedBy(owner: string | undefined): void {
    const current = ScoreDetailsPanel.current;
    if (current && current.owner !== owner) { current.dispose(); }
  }

  private owner: string | undefined;

  get currentTarget(): RecordTarget | undefined {
    return this.target;
  }

  /** `fresh` re-reads the interview from the service instead of the tree's loaded pages. */
  async load(target: RecordTarget, { fresh = false } = {}): Promise<void> {
    this.target = target;
    this.loading.abort();
    const loading = new AbortController();
    this.loading = loading;
    this.owner = await this.deps.owner();
    try {
      const model = await this.deps.load(target, { fresh, signal: loading.signal });
      if (this.target !== target || loading.signal.aborted) { return; }
      if (!model) {
        this.post({ type: 'error', message: t('This record is no longer in the interview. Refresh the tree.') });
        return;
      }
      this.panel.title = model.title;
      this.post({ type: 'show', model });
      const complete = await this.deps.complete?.(target);
      if (complete && this.target === target && !loading.signal.aborted) { this.post({ type: 'show', model: complete }); }
    } catch (e) {
      if (loading.signal.aborted) { return; }
      this.deps.log.warn(`Score details for record ${target.recordId}: ${e instanceof Error ? e.message : String(e)}`);
      this.post({ type: 'error', message: humanMessage(e, t) });
    }
  }

  private post(message: HostMessage): void {
    this.last = message;
    if (this.ready) { void this.panel.webview.postMessage(message); }
  }

  private onMessage(message: unknown): void {
    if (!isPageMessage(message)) { return; }
    const target = this.target;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        if (this.last) { void this.panel.webview.postMessage(this.last); }
        return;
      case 'copyJson':
        if (target) { void this.deps.copyJson(target); }
        return;
      case 'reveal':
        if (target) { void this.deps.reveal(target); }
        return;
      case 'refresh':
        if (target) { void this.load(target, { fresh: true }); }
        return;
    }
  }

  dispose(): void {
    this.loading.abort();
    if (ScoreDetailsPanel.current === this) { ScoreDetailsPanel.current = undefined; }
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) { d.dispose(); }
  }
}

function options(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')], enableFindWidget: true };
}

export function registerScoreDetailsSerializer(deps: ScoreDetailsDeps): vscode.Disposable {
  return vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
    deserializeWebviewPanel: (panel, state: unknown) => ScoreDetailsPanel.revive(panel, state, deps),
  });
}
