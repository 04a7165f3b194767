// Check Permissions…: one request per feature, then a pick list of what works and what an admin must enable, with
// the request for the admin to copy and the developer console to open. The check itself is src/model/permissions/.
// In dist/features.js, loaded at first use; permissionCommands registers the command.
import * as vscode from 'vscode';
import { adminRequest, featureLabel } from '../model/permissions/adminRequest';
import { checkPermissions, safeConsoleUrl, type FeatureResult, type PermissionReport } from '../model/permissions/permissionCheck';
import { PERMISSION_PROBES } from '../model/permissions/permissionProbes';
import { inertText } from '../model/text/inertText';
import { showInfo } from '../notifications';
import { setCredentials } from './credentialsPrompts';
import type { HireParts } from './parts';
import { noIcons } from './pickText';

const t = vscode.l10n.t;

type ReportItem = vscode.QuickPickItem & { run?: () => Promise<void>; };

export async function checkAndShowPermissions(parts: HireParts): Promise<void> {
  // Signed out (the welcome view's link): credentials first, then the check of the tenant they sign in to.
  if (!parts.session.connection && !await offerSignIn(parts)) { return; }
  const connection = parts.session.connection;
  if (!connection) { return; }
  const report = await vscode.window.withProgress({
    location: vscode.ProgressLocation.Notification,
    title: t('Checking permissions: this sends one request per feature ({0})…', PERMISSION_PROBES.length),
  }, () => checkPermissions(connection.api, { t, now: Date.now, signal: connection.signal }));
  parts.log.info(`Check Permissions: ${report.requests} requests, ${report.results.map(r => `${r.feature}=${r.outcome.status}`).join(' ')}`);
  const picked = await vscode.window.showQuickPick(reportItems(report, connection.api.baseUrl), {
    title: t(
      'Permissions of the app: {0} of {1} features work ({2} requests sent)',
      report.results.filter(r => r.outcome.status === 'granted').length,
      report.results.length,
      report.requests,
    ),
    placeHolder: t('Pick an action, or press Escape to close'),
    ignoreFocusOut: true,
  });
  await picked?.run?.();
}

async function offerSignIn(parts: HireParts): Promise<boolean> {
  const setCredentialsAction = t('Set Credentials');
  const picked = await showInfo(
    t('Feishu Hire: Check Permissions asks the tenant you sign in to. Set the app\'s credentials first, and the check runs right after.'),
    setCredentialsAction,
  );
  return picked === setCredentialsAction && await setCredentials(parts);
}

function reportItems(report: PermissionReport, baseUrl: string): ReportItem[] {
  const request = adminRequest(report, t);
  const link = safeConsoleUrl(report.consoleLink, baseUrl);
  const actions: ReportItem[] = [];
  if (request !== undefined) {
    actions.push({
      label: `$(copy) ${t('Copy Request for Admin')}`,
      detail: t('A ready message listing the permissions to enable and what each one is for'),
      run: async () => {
        await vscode.env.clipboard.writeText(request);
        vscode.window.setStatusBarMessage(t('$(check) Request for admin copied'), 4000);
      },
    });
  }
  if (link !== undefined) {
    actions.push({
      label: `$(link-external) ${t('Open Developer Console')}`,
      detail: noIcons(link),
      run: async () => {
        await vscode.env.openExternal(vscode.Uri.parse(link, true));
      },
    });
  }
  return [...report.results.map(resultItem), { label: '', kind: vscode.QuickPickItemKind.Separator }, ...actions];
}

function resultItem({ feature, outcome }: FeatureResult): ReportItem {
  const label = featureLabel(feature, t);
  switch (outcome.status) {
    case 'granted':
      return { label: `$(pass) ${label}`, description: t('works') };
    case 'missingScope':
      return { label: `$(error) ${label}`, description: t('needs the permission {0}', outcome.scopes.join(t(' or '))) };
    case 'notOffered':
      return { label: `$(circle-slash) ${label}`, description: t('not offered by this tenant\'s edition') };
    case 'failed':
      return { label: `$(warning) ${label}`, description: t('could not be checked'), detail: noIcons(inertText(outcome.message)) };
  }
}
