// Sample mode: the bundled fake Feishu server with its sample tenant (or the demo's server), remembered across
// window reloads as the user's own sign-in is. The user's own credentials are never touched.
import type * as vscode from 'vscode';

export interface SampleServer {
  baseUrl: string;
  appId: string;
  appSecret: string;
  /** Undefined for a server we did not start (the demo's). */
  close?: () => Promise<void>;
}

export interface SampleSource {
  /** Starts the bundled fake server (Explore Sample Data). */
  start(): Promise<SampleServer>;
  /** A server someone else runs, to start in sample mode (the demo's). */
  demo?: SampleServer;
  /** Where sample mode is remembered across window reloads. */
  memento: vscode.Memento;
}

const SAMPLE_MODE_KEY = 'feishuHire.sampleMode';

export class SampleMode {
  private serverValue: SampleServer | undefined;

  constructor(private readonly source: SampleSource, private readonly log: vscode.LogOutputChannel) {
    this.serverValue = source.demo;
  }

  /** The server while in sample mode. */
  get server(): SampleServer | undefined {
    return this.serverValue;
  }

  /** The window was in sample mode when it last closed. */
  get remembered(): boolean {
    return this.source.memento.get<boolean>(SAMPLE_MODE_KEY) === true;
  }

  async start(): Promise<void> {
    const server = await this.source.start();
    this.log.info(`Sample data: fake Feishu server on ${server.baseUrl}`);
    this.serverValue = server;
    await this.source.memento.update(SAMPLE_MODE_KEY, true);
  }

  async close(): Promise<void> {
    const server = this.serverValue;
    this.serverValue = undefined;
    if (this.source.memento.get(SAMPLE_MODE_KEY) !== undefined) { await this.source.memento.update(SAMPLE_MODE_KEY, undefined); }
    await server?.close?.();
  }
}

/** `scripts/demo.sh` starts the fake server itself and passes it here: the demo opens on the sample tenant. */
export function demoServer(log: vscode.LogOutputChannel): SampleServer | undefined {
  const demo = process.env['FEISHU_HIRE_DEMO'];
  if (!demo) { return undefined; }
  try {
    const server = JSON.parse(demo) as { baseUrl?: unknown; appId?: unknown; appSecret?: unknown; };
    if (typeof server.baseUrl === 'string' && typeof server.appId === 'string' && typeof server.appSecret === 'string') {
      log.info(`Demo: showing the sample tenant at ${server.baseUrl}`);
      return { baseUrl: server.baseUrl, appId: server.appId, appSecret: server.appSecret };
    }
    log.error('FEISHU_HIRE_DEMO needs baseUrl, appId and appSecret strings');
  } catch (e) {
    log.error(`FEISHU_HIRE_DEMO is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return undefined;
}
