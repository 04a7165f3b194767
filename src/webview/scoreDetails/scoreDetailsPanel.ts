// The one score details panel: reused for every record, restored after a reload through its serializer. Only the
// features bundle holds it (the one copy of `current`); the main bundle reaches it through loadFeatures.
import * as vscode from 'vscode';
import { humanMessage } from '../../feishu/errors';
import { PageHost, pageOptions, savedPage } from '../shared/pageHost';
import { SCORE_DETAILS_VIEW_TYPE } from '../viewTypes';
import { isPageMessage, parsePageState, type HostMessage, type RecordTarget, type ScoreDetailsModel } from './protocol';

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

  static async show(target: RecordTarget, deps: ScoreDetailsDeps): Promise<ScoreDetailsPanel> {
    let panel = ScoreDetailsPanel.current;
    if (panel) {
      panel.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      const webviewPanel = vscode.window.createWebviewPanel(SCORE_DETAILS_VIEW_TYPE, t('Score details'), {
        viewColumn: vscode.ViewColumn.Beside,
        preserveFocus: true,
      }, pageOptions(deps.extensionUri));
      panel = new ScoreDetailsPanel(webviewPanel, deps);
    }
    await panel.load(target);
    return panel;
  }

  static get active(): ScoreDetailsPanel | undefined {
    return ScoreDetailsPanel.current;
  }

  private readonly host: PageHost<HostMessage>;

  private constructor(readonly panel: vscode.WebviewPanel, private readonly deps: ScoreDetailsDeps) {
    ScoreDetailsPanel.current = this;
    this.host = new PageHost<HostMessage>(panel, {
      extensionUri: deps.extensionUri,
      title: t('Score details'),
      scripts: ['scoreDetails.js'],
      styles: ['scoreDetails.css'],
      onMessage: message => this.onMessage(message),
      onDispose: () => this.dispose(),
    });
  }

  /**
   * After a window reload: the saved state names the record only, which is read again. A page saved under another
   * session (signed out since, other credentials) or by an older version is closed unseen.
   */
  static async revive(panel: vscode.WebviewPanel, state: unknown, deps: ScoreDetailsDeps): Promise<void> {
    const saved = await savedPage(panel, state, parsePageState, deps, 'Score details');
    if (!saved) { return; }
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
    const signal = this.host.beginLoad();
    this.owner = await this.deps.owner();
    try {
      const model = await this.deps.load(target, { fresh, signal: signal });
      if (this.target !== target || signal.aborted) { return; }
      if (!model) {
        this.host.post({ type: 'error', message: t('This record is no longer in the interview. Refresh the tree.') });
        return;
      }
      this.panel.title = model.title;
      this.host.post({ type: 'show', model });
      const complete = await this.deps.complete?.(target);
      if (complete && this.target === target && !signal.aborted) { this.host.post({ type: 'show', model: complete }); }
    } catch (e) {
      if (signal.aborted) { return; }
      this.deps.log.warn(`Score details for record ${target.recordId}: ${e instanceof Error ? e.message : String(e)}`);
      this.host.post({ type: 'error', message: humanMessage(e, t) });
    }
  }

  private onMessage(message: unknown): void {
    if (!isPageMessage(message)) { return; }
    const target = this.target;
    switch (message.type) {
      case 'ready':
        this.host.pageReady();
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
      case 'debrief':
        // The command takes a plain application ID, as from the palette.
        if (target) { void vscode.commands.executeCommand('feishuHire.application.debrief', target.applicationId); }
        return;
    }
  }

  dispose(): void {
    if (ScoreDetailsPanel.current === this) { ScoreDetailsPanel.current = undefined; }
    this.host.dispose();
  }
}
