// The one writer of the main view's message and description. The message has a fixed precedence: a retry in
// progress, then "last-known data as of …", then when data last loaded; the description names the profile
// (or sample data, or "not connected") and the filter.
import * as vscode from 'vscode';
import type { RetryNotice } from '../feishu/httpClient';

const t = vscode.l10n.t;

export interface MainViewMessageDeps {
  view: { message?: string; description?: string; };
  /** "Last-known data as of …" while restored lists show; undefined once fresh data replaced them. */
  asOf: () => string | undefined;
  description: () => string | undefined;
}

export class MainViewMessage {
  private retrying: string | undefined;
  private loadedAt: number | undefined;
  private asOfText: string | undefined;

  constructor(private readonly deps: MainViewMessageDeps) {}

  /** A new connection: nothing of the old one's is said any more. */
  reset(): void {
    this.retrying = undefined;
    this.loadedAt = undefined;
    this.update();
  }

  /** A request was answered: any retry is over. */
  loaded(at: number = Date.now()): void {
    this.retrying = undefined;
    this.loadedAt = at;
    this.render();
  }

  retry(notice: RetryNotice): void {
    const seconds = Math.max(1, Math.round(notice.delayMs / 1000));
    this.retrying = notice.reason === 'rateLimited'
      ? t('Rate limited by Feishu, retrying in {0} s…', seconds)
      : t('Connection trouble, retrying in {0} s…', seconds);
    this.render();
  }

  /** The tree, the profile or the filter changed: the "as of" text and the description are worked out again. */
  update(): void {
    this.asOfText = this.deps.asOf();
    this.render();
  }

  private render(): void {
    const { view } = this.deps;
    const loaded = this.loadedAt === undefined ?
      undefined
      : t('Loaded {0}', new Date(this.loadedAt).toLocaleTimeString(vscode.env.language, { hour: '2-digit', minute: '2-digit', second: '2-digit' }));
    const message = this.retrying ?? this.asOfText ?? loaded;
    if (view.message !== message) { view.message = message; }
    const description = this.deps.description();
    if (view.description !== description) { view.description = description; }
  }
}
