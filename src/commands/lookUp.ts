// Look Up Application (an ID, a link or message holding one, a vscode:// link): pin it and reveal it. Find Candidate
// ends here too. In dist/features.js, loaded at first use; lookupCommands registers the commands.
import * as vscode from 'vscode';
import { FeishuError, humanMessage } from '../feishu/errors';
import { checkApplicationId } from '../feishu/hireApi';
import type { ApplicationNode } from '../model/tree/hireNode';
import { MAX_PINNED_APPLICATIONS, withPinned } from '../model/tree/pinnedList';
import { plainName } from '../model/text/plainName';
import type { HireConnection } from '../model/connection/hireConnection';
import { findApplicationId } from '../model/search/pastedApplicationId';
import { setCredentials } from './credentialsPrompts';
import type { HireParts } from './parts';
import { showError, showInfo, showWarning } from '../notifications';

const t = vscode.l10n.t;

/** The message for text that holds no application ID or several; undefined when it holds exactly one. */
export function validateApplicationIdInput(value: string): string | undefined {
  const found = findApplicationId(value);
  if (found.kind === 'id') { return undefined; }
  return found.kind === 'none'
    ? t('No application ID in this text. Enter the ID (digits, such as 6949805467799537964), or paste a link or message that holds one.')
    : t('This text holds {0} IDs ({1}): enter just the one application ID to look up.', found.ids.length, found.ids.join(', '));
}

/** The signed-in connection; signed out, it offers to sign in or explore the sample and goes on with what that gives. */
export async function connectionOrSignIn(parts: HireParts, message: string): Promise<HireConnection | undefined> {
  await parts.session.ready;
  if (parts.session.connection) { return parts.session.connection; }
  const set = t('Set Credentials');
  const sample = t('Explore Sample Data');
  const choice = await showWarning(message, set, sample);
  if (choice === set && !await setCredentials(parts)) { return undefined; }
  if (choice === sample) { await vscode.commands.executeCommand('feishuHire.sample.explore'); }
  if (choice === undefined) { return undefined; }
  await parts.session.ready;
  return parts.session.connection;
}

/** Returns the revealed node, or undefined when the ID was bad, unknown or the user cancelled. */
export async function lookUpApplication(parts: HireParts, argument?: unknown): Promise<ApplicationNode | undefined> {
  const connection = await connectionOrSignIn(parts, t('Sign in to Feishu Hire before looking up an application.'));
  if (!connection) { return undefined; }
  let input = typeof argument === 'string' || typeof argument === 'number' ? String(argument) : undefined;
  if (input === undefined) {
    input = await vscode.window.showInputBox({
      title: t('Feishu Hire: Look Up Application'),
      prompt: t('Application ID (投递 ID), or a link or message that holds one'),
      placeHolder: '6949805467799537964',
      ignoreFocusOut: true,
      validateInput: validateApplicationIdInput,
    });
    if (input === undefined) { return undefined; }
  }
  const found = findApplicationId(input);
  if (found.kind !== 'id') {
    // The text may come from a link or another extension: shown as text, never as markup.
    void showError(validateApplicationIdInput(input) ?? '');
    return undefined;
  }
  return pinAndReveal(parts, connection, found.applicationId);
}

/** Pins the application and reveals it in the main view: Look Up Application and Find Candidate end here. */
export async function pinAndReveal(parts: HireParts, connection: HireConnection, id: string): Promise<ApplicationNode | undefined> {
  const applicationId = checkApplicationId(id);
  if (!withPinned(parts.model.pinnedIds(), applicationId)) {
    void showWarning(t('{0} applications are looked up already: unpin one, then look up again.', MAX_PINNED_APPLICATIONS));
    return undefined;
  }
  try {
    const application = await vscode.window.withProgress(
      { location: { viewId: 'feishuHire.interviews' }, title: t('Looking up {0}…', applicationId) },
      () => connection.api.getApplication(applicationId),
    );
    if (application.id !== applicationId) {
      parts.log.warn(`Lookup of ${applicationId}: the reply is for application ${plainName(application.id)}; pinned as ${applicationId}`);
    }
    const node = await parts.model.pin(application, applicationId);
    // Pinned is what the user asked for; a view that cannot scroll to it right now is not a failed lookup.
    await Promise.resolve(parts.treeView.reveal(node, { select: true, focus: true, expand: true })).catch((e: unknown) =>
      parts.log.warn(`Could not reveal ${applicationId}: ${e instanceof Error ? e.message : String(e)}`)
    );
    return node;
  } catch (e) {
    const message = e instanceof FeishuError && e.isNotFound
      ? t('No application with ID {0} in this tenant. Nothing was pinned.', applicationId)
      : t('Could not look up application {0}: {1}', applicationId, humanMessage(e, t));
    parts.log.warn(`Lookup of ${applicationId} failed: ${e instanceof Error ? e.message : String(e)}`);
    void showError(message);
    return undefined;
  }
}

/** vscode://feishu-hire-tools.feishu-hire-interviews/lookup?applicationId=… */
export async function lookUpFromLink(parts: HireParts, uri: vscode.Uri): Promise<void> {
  if (uri.path !== '/lookup') {
    void showError(t('Unknown Feishu Hire link: {0}', uri.path));
    return;
  }
  const text = new URLSearchParams(uri.query).get('applicationId') ?? '';
  const found = findApplicationId(text);
  if (found.kind !== 'id') {
    void showError(validateApplicationIdInput(text) ?? '');
    return;
  }
  // A link can come from anyone: nothing is read or pinned until the user says so.
  const go = t('Look Up');
  const answer = await showInfo(t('Look up application {0}?', found.applicationId), { modal: true, detail: t('A link asked for this lookup.') }, go);
  if (answer === go) { await lookUpApplication(parts, found.applicationId); }
}
