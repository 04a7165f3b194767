// The one debrief panel: reused for every application, restored after a reload through its serializer. The page
// asks for record actions by record ID; the host acts only on records of the debrief it shows. Only the features
// bundle holds it (the one copy of `current`); the main bundle reaches it through loadFeatures.
import * as vscode from 'vscode';
import { humanMessage } from '../../feishu/errors';
import { PageHost, pageOptions, savedPage } from '../shared/pageHost';
import { DEBRIEF_VIEW_TYPE } from '../viewTypes';
import { isPageMessage, parsePageState, type DebriefModel, type DebriefTarget, type HostMessage, type RecordAction } from './protocol';

export interface DebriefDeps {
  extensionUri: vscode.Uri;
  log: vscode.LogOutputChannel;
  owner(): Promise<string | undefined>;
  /** Reads the debrief: `show` gets the rounds first, then the page with the scorecards. */
  load(target: DebriefTarget, show: (model: DebriefModel) => void, signal: AbortSignal): Promise<void>;
  /** An action on one record of the debrief shown (its interview is known from the model's rounds). */
  act(action: RecordAction, target: DebriefTarget & { interviewId: string; recordId: string; }): Promise<void>;
  copyMarkdown(model: DebriefModel): Promise<void>;
}

const t = vscode.l10n.t;

export class DebriefPanel implements vscode.Disposable {
  private static current: DebriefPanel | undefined;
  private target: DebriefTarget | undefined;
  private owner: string | undefined;

  static async show(target: DebriefTarget, deps: DebriefDeps): Promise<DebriefPanel> {
    let panel = DebriefPanel.current;
    if (panel) {
      panel.panel.reveal(vscode.ViewColumn.Active, false);
    } else {
      const webviewPanel = vscode.window.createWebviewPanel(DEBRIEF_VIEW_TYPE, t('Debrief'), vscode.ViewColumn.Active, pageOptions(deps.extensionUri));
      panel = new DebriefPanel(webviewPanel, deps);
    }
    await panel.load(target);
    return panel;
  }

  static get active(): DebriefPanel | undefined {
    return DebriefPanel.current;
  }

  /** What the page shows now (tests, Copy Debrief as Markdown from the palette). */
  get model(): DebriefModel | undefined {
    const last = this.host.lastMessage;
    return last?.type === 'show' ? last.model : undefined;
  }

  private readonly host: PageHost<HostMessage>;

  private constructor(readonly panel: vscode.WebviewPanel, private readonly deps: DebriefDeps) {
    DebriefPanel.current = this;
    this.host = new PageHost<HostMessage>(panel, {
      extensionUri: deps.extensionUri,
      title: t('Debrief'),
      scripts: ['debrief.js'],
      styles: ['scoreDetails.css', 'debrief.css'],
      onMessage: message => this.onMessage(message),
      onDispose: () => this.dispose(),
    });
  }

  /** After a window reload: shown again only to the session that saved it, read afresh. */
  static async revive(panel: vscode.WebviewPanel, state: unknown, deps: DebriefDeps): Promise<void> {
    const saved = await savedPage(panel, state, parsePageState, deps, 'Debrief');
    if (saved) { void new DebriefPanel(panel, deps).load(saved.target); }
  }

  static closeUnlessOwnedBy(owner: string | undefined): void {
    const current = DebriefPanel.current;
    if (current && current.owner !== owner) { current.dispose(); }
  }

  async load(target: DebriefTarget): Promise<void> {
    this.target = target;
    const signal = this.host.beginLoad();
    this.owner = await this.deps.owner();
    try {
      await this.deps.load(target, model => {
        if (this.target !== target || signal.aborted) { return; }
        this.panel.title = t('Debrief: {0}', model.candidate || model.target.applicationId);
        this.host.post({ type: 'show', model });
      }, signal);
    } catch (e) {
      if (signal.aborted) { return; }
      this.deps.log.warn(`Debrief of application ${target.applicationId}: ${e instanceof Error ? e.message : String(e)}`);
      this.host.post({ type: 'error', message: humanMessage(e, t) });
    }
  }

  private onMessage(message: unknown): void {
    if (!isPageMessage(message)) { return; }
    const target = this.target;
    const model = this.model;
    switch (message.type) {
      case 'ready':
        this.host.pageReady();
        return;
      case 'refresh':
        if (target) { void this.load(target); }
        return;
      case 'copyMarkdown':
        if (model) { void this.deps.copyMarkdown(model); }
        return;
      default: {
        // Only a record this debrief shows: the page's word is not trusted further than that.
        const round = model?.rounds.find(r => r.records.some(x => x.recordId === message.recordId));
        if (model && round) {
          void this.deps.act(message.type, { ...model.target, interviewId: round.interviewId, recordId: message.recordId });
        }
      }
    }
  }

  dispose(): void {
    if (DebriefPanel.current === this) { DebriefPanel.current = undefined; }
    this.host.dispose();
  }
}
