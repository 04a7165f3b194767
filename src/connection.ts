// The live link to a tenant: settings + credentials → one Feishu client. Sample mode swaps in the bundled
// fake server with in-memory credentials, leaving the user's settings and secrets untouched.
import * as vscode from 'vscode';
import fetch from 'node-fetch';
import { readSettings, type Settings } from './config';
import type { CredentialStore } from './credentials/credentialStore';
import { createFeishuClient, type FeishuClient } from './feishu/feishuClient';
import type { FetchLike, RequestLogEntry, RetryNotice } from './feishu/httpClient';
import type { AppCredentials } from './feishu/tenantToken';

export interface SampleServer {
  baseUrl: string;
  appId: string;
  appSecret: string;
  /** Undefined for a server we did not start (the demo's). */
  close?: () => Promise<void>;
}

export interface ConnectionEvents {
  onRequest: (entry: RequestLogEntry) => void;
  onRetry: (notice: RetryNotice) => void;
  onSettingsProblems: (problems: string[]) => void;
}

export class Connection implements vscode.Disposable {
  private clientValue: FeishuClient | undefined;
  private sampleServer: SampleServer | undefined;
  private settingsValue: Settings;
  private signedInValue = false;

  constructor(private readonly credentials: CredentialStore, private readonly events: ConnectionEvents) {
    const { settings, problems } = readSettings();
    this.settingsValue = settings;
    if (problems.length > 0) { events.onSettingsProblems(problems); }
  }

  get settings(): Settings {
    return this.settingsValue;
  }

  get client(): FeishuClient | undefined {
    return this.signedInValue ? this.clientValue : undefined;
  }

  get sample(): SampleServer | undefined {
    return this.sampleServer;
  }

  get signedIn(): boolean {
    return this.signedInValue;
  }

  /** Rebuilds the client from the current settings and credentials; true when signed in afterwards. */
  async refresh(): Promise<boolean> {
    const { settings, problems } = readSettings();
    this.settingsValue = settings;
    if (problems.length > 0) { this.events.onSettingsProblems(problems); }
    const sample = this.sampleServer;
    const stored = sample ? undefined : await this.credentials.get();
    this.clientValue?.tokens.reset();
    const credentials: AppCredentials | undefined = sample ? { appId: sample.appId, appSecret: sample.appSecret } : stored;
    this.clientValue = this.makeClient(sample ? sample.baseUrl : settings.baseUrl, credentials);
    this.signedInValue = credentials !== undefined;
    await vscode.commands.executeCommand('setContext', 'feishuHire.signedIn', this.signedInValue);
    await vscode.commands.executeCommand('setContext', 'feishuHire.sampleMode', sample !== undefined);
    return this.signedInValue;
  }

  /** A throwaway client for checking credentials before they are stored. */
  makeClient(baseUrl: string, credentials: AppCredentials | undefined): FeishuClient {
    const s = this.settingsValue;
    return createFeishuClient({
      baseUrl,
      fetch: fetch as unknown as FetchLike,
      credentials: async () => credentials,
      timeoutMs: s.requestTimeoutMs,
      maxConcurrentRequests: s.maxConcurrentRequests,
      onRequest: this.events.onRequest,
      onRetry: this.events.onRetry,
    });
  }

  async enterSample(server: SampleServer): Promise<void> {
    await this.leaveSampleServer();
    this.sampleServer = server;
    await this.refresh();
  }

  /** Back to the user's own settings and credentials, which sample mode never touched. */
  async exitSample(): Promise<void> {
    await this.leaveSampleServer();
    await this.refresh();
  }

  private async leaveSampleServer(): Promise<void> {
    const server = this.sampleServer;
    this.sampleServer = undefined;
    await server?.close?.();
  }

  dispose(): void {
    void this.leaveSampleServer();
  }
}
