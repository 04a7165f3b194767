// The only way this extension shows a notification. VS Code renders `[label](command:…)` in a notification as a
// live link, and ours carry text from outside (server replies, names, IDs from links and settings): every
// message and detail goes through inertText here. ESLint refuses a bare window.show…Message anywhere else.
import * as vscode from 'vscode';
import { inertText } from './model/text/inertText';

/* eslint-disable no-restricted-syntax -- the one place allowed to call them */
const SHOW = { info: vscode.window.showInformationMessage, warning: vscode.window.showWarningMessage, error: vscode.window.showErrorMessage };
/* eslint-enable no-restricted-syntax */

function show(level: keyof typeof SHOW, message: string, rest: readonly (string | vscode.MessageOptions)[]): Thenable<string | undefined> {
  const [first, ...others] = rest;
  const text = inertText(message);
  if (typeof first !== 'object') { return SHOW[level](text, ...rest.filter(isItem)); }
  const options: vscode.MessageOptions = { ...first, detail: first.detail === undefined ? undefined : inertText(first.detail) };
  return SHOW[level](text, options, ...others.filter(isItem));
}

function isItem(item: string | vscode.MessageOptions): item is string {
  return typeof item === 'string';
}

export function showInfo(message: string, ...rest: (string | vscode.MessageOptions)[]): Thenable<string | undefined> {
  return show('info', message, rest);
}

export function showWarning(message: string, ...rest: (string | vscode.MessageOptions)[]): Thenable<string | undefined> {
  return show('warning', message, rest);
}

export function showError(message: string, ...rest: (string | vscode.MessageOptions)[]): Thenable<string | undefined> {
  return show('error', message, rest);
}
