// Every request in the output channel (method, path, status, code, log id, duration; server text escaped, never a
// token), and the main view's "Loaded …" after each answered one.
import type * as vscode from 'vscode';
import type { RequestLogEntry } from '../feishu/httpClient';
import { logSafe } from '../feishu/logText';
import type { MainViewMessage } from './mainViewMessage';

export function logRequest(log: vscode.LogOutputChannel, viewMessage: MainViewMessage, e: RequestLogEntry): void {
  const line = logSafe(
    `${e.method} ${e.path} → ${e.status ?? '-'} code=${e.code ?? '-'} logid=${e.logId ?? '-'} ${Math.round(e.durationMs)} ms${
      e.attempt > 1 ? ` (attempt ${e.attempt})` : ''
    }${e.error ? ` ${e.error}` : ''}`,
  );
  if (e.code === 0) {
    log.info(line);
    viewMessage.loaded();
  } else {
    log.warn(line);
  }
}
