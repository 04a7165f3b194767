// Every command goes through here: a failure becomes one logged, readable message instead of a silent rejection,
// and nothing the command computed is handed back to a caller (another extension may be the caller).
import * as vscode from 'vscode';
import { FeishuError, humanMessage } from '../feishu/errors';
import { showError } from '../notifications';

type Plain = boolean | undefined | void;

export function registerCommand(log: vscode.LogOutputChannel, id: string, run: (...args: unknown[]) => Promise<Plain> | Plain): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      const result = await run(...args);
      return typeof result === 'boolean' ? result : undefined;
    } catch (e) {
      if (e instanceof FeishuError && e.kind === 'cancelled') { return undefined; }
      log.error(`${id} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      void showError(vscode.l10n.t('Feishu Hire: {0}', humanMessage(e, vscode.l10n.t)));
      return undefined;
    }
  });
}
