// Set Credentials and Add Profile: the prompts, then the check against the service before anything is stored.
// In dist/features.js, loaded at first use; credentialsCommands registers them.
import * as vscode from 'vscode';
import { FEISHU_BASE_URL, LARK_BASE_URL } from '../config';
import { SecretStorageUnavailableError } from '../credentials/credentialStore';
import { FeishuError, humanMessage } from '../feishu/errors';
import { displayBaseUrl, normaliseBaseUrl } from '../feishu/baseUrl';
import type { AppCredentials } from '../feishu/tenantToken';
import { inertText } from '../model/text/inertText';
import { profileNameProblem, suggestedProfileName, profileLimitProblem } from '../model/profiles/profile';
import type { HireParts } from './parts';
import { showError, showWarning } from '../notifications';

const t = vscode.l10n.t;

async function pickBaseUrl(current: string, title: (step: number) => string): Promise<string | undefined> {
  type Item = vscode.QuickPickItem & { url?: string; };
  const items: Item[] = [{ label: t('Feishu'), description: FEISHU_BASE_URL, detail: t('Tenants in mainland China (飞书)'), url: FEISHU_BASE_URL }, {
    label: t('Lark'),
    description: LARK_BASE_URL,
    detail: t('International tenants'),
    url: LARK_BASE_URL,
  }, { label: t('Custom URL…'), detail: t('A private deployment or a proxy (https only, or http on loopback)') }];
  const picked = await vscode.window.showQuickPick(items, {
    title: title(1),
    placeHolder: t('Which platform is your app on? Now: {0}', current),
    ignoreFocusOut: true,
  });
  if (!picked) { return undefined; }
  if (picked.url) { return picked.url; }
  return vscode.window.showInputBox({
    title: title(1),
    prompt: t('Base URL of the Open Platform'),
    value: current,
    ignoreFocusOut: true,
    validateInput: value => {
      try {
        normaliseBaseUrl(value, t);
        return undefined;
      } catch (e) {
        return e instanceof FeishuError ? e.detail : String(e);
      }
    },
  }).then(v => v === undefined ? undefined : normaliseBaseUrl(v));
}

export function validateAppId(value: string): string | undefined {
  const v = value.trim();
  if (v === '') { return t('Enter the App ID from the developer console (Credentials & Basic Info).'); }
  if (/\s/.test(v) || v.length > 64) { return t('An App ID has no spaces and looks like cli_a1b2c3d4e5f6.'); }
  return undefined;
}

export function validateAppSecret(value: string): string | undefined {
  const v = value.trim();
  if (v === '') { return t('Enter the App Secret from the developer console.'); }
  if (/\s/.test(v) || v.length > 128) { return t('An App Secret has no spaces; paste it exactly as shown in the developer console.'); }
  return undefined;
}

interface CredentialsPreset {
  baseUrl: string;
  appId: string;
  appSecret: string;
  profile?: string;
}

function isPreset(value: unknown): value is CredentialsPreset {
  const v = value as Partial<CredentialsPreset> | undefined;
  return typeof v?.baseUrl === 'string' && typeof v.appId === 'string' && typeof v.appSecret === 'string'
    && (v.profile === undefined || typeof v.profile === 'string');
}

interface EnteredCredentials {
  baseUrl: string;
  credentials: AppCredentials;
}

/** Domain, app ID and secret, as three steps of one flow; undefined when the user gave up. */
async function askCredentials(current: string, title: (step: number) => string): Promise<EnteredCredentials | undefined> {
  const baseUrl = await pickBaseUrl(current, title);
  if (!baseUrl) { return undefined; }
  const appId = await vscode.window.showInputBox({
    title: title(2),
    prompt: t('App ID of your custom app'),
    placeHolder: 'cli_…',
    ignoreFocusOut: true,
    validateInput: validateAppId,
  });
  if (appId === undefined) { return undefined; }
  const appSecret = await vscode.window.showInputBox({
    title: title(3),
    prompt: t('App Secret (stored in VS Code\'s secret storage, never in settings)'),
    password: true,
    ignoreFocusOut: true,
    validateInput: validateAppSecret,
  });
  if (appSecret === undefined) { return undefined; }
  return { baseUrl, credentials: { appId: appId.trim(), appSecret: appSecret.trim() } };
}

/** Asks for domain, app ID and secret of the active profile (a first profile when there is none), checks them, signs in. */
export async function setCredentials(parts: HireParts): Promise<boolean> {
  const profile = parts.session.activeProfile;
  const title = (step: number): string =>
    profile ? t('Feishu Hire: Set Credentials of "{0}" ({1}/3)', profile.name, step) : t('Feishu Hire: Set Credentials ({0}/3)', step);
  const entered = await askCredentials(profile?.baseUrl ?? parts.session.settings.baseUrl, title);
  if (!entered) { return false; }
  return checkAndStore(parts, entered, { interactive: true, retry: () => setCredentials(parts) });
}

/** A new named profile: the same three steps, then its name; it becomes the active profile. */
export async function addProfile(parts: HireParts): Promise<boolean> {
  const full = profileLimitProblem(parts.session.profiles, t);
  if (full) {
    void showWarning(full);
    return false;
  }
  const title = (step: number): string => t('Feishu Hire: Add Profile ({0}/4)', step);
  const entered = await askCredentials(parts.session.settings.baseUrl, title);
  if (!entered) { return false; }
  const others = parts.session.profiles;
  const name = await vscode.window.showInputBox({
    title: title(4),
    prompt: t('A name for this profile, shown in the view and the status bar'),
    value: suggestedProfileName(entered.baseUrl, others, t),
    ignoreFocusOut: true,
    validateInput: value => profileNameProblem(value, others, t),
  });
  if (name === undefined) { return false; }
  return checkAndStore(parts, entered, { interactive: true, profile: name, retry: () => addProfile(parts) });
}

/** Test mode only: the same checked flow without prompts; with `profile`, a new profile of that name. */
export async function setCredentialsFrom(parts: HireParts, preset: unknown): Promise<boolean> {
  if (!isPreset(preset)) { throw new Error('expected { baseUrl, appId, appSecret, profile? }'); }
  const problem = validateAppId(preset.appId) ?? validateAppSecret(preset.appSecret)
    ?? (preset.profile === undefined ? undefined : profileNameProblem(preset.profile, parts.session.profiles, t));
  if (problem) {
    void showError(problem);
    return false;
  }
  const entered = { baseUrl: normaliseBaseUrl(preset.baseUrl), credentials: { appId: preset.appId.trim(), appSecret: preset.appSecret.trim() } };
  return checkAndStore(parts, entered, { interactive: false, profile: preset.profile });
}

interface StoreOptions {
  interactive: boolean;
  /** A new profile of this name; else the active profile's credentials. */
  profile?: string;
  retry?: () => Promise<boolean>;
}

async function checkAndStore(parts: HireParts, { baseUrl, credentials }: EnteredCredentials, options: StoreOptions): Promise<boolean> {
  try {
    await vscode.window.withProgress({
      location: vscode.ProgressLocation.Notification,
      title: t('Checking the credentials with {0}…', displayBaseUrl(baseUrl)),
      cancellable: true,
    }, async (_progress, token) => {
      const controller = new AbortController();
      token.onCancellationRequested(() => controller.abort());
      await parts.session.check(baseUrl, credentials, controller.signal);
    });
  } catch (e) {
    if (e instanceof FeishuError && e.kind === 'cancelled') { return false; }
    const again = t('Try Again');
    const message = t('These credentials were not accepted. {0}', humanMessage(e, t));
    parts.log.warn(`Credential check failed: ${e instanceof Error ? e.message : String(e)}`);
    if (!options.interactive || !options.retry) {
      void showError(message);
      return false;
    }
    const choice = await showError(message, again);
    if (choice === again) { return options.retry(); }
    return false;
  }
  try {
    if (options.profile === undefined) {
      await parts.session.signIn(baseUrl, credentials);
    } else {
      await parts.session.addProfile(options.profile, baseUrl, credentials);
    }
  } catch (e) {
    void showError(e instanceof SecretStorageUnavailableError ? e.message : t('Could not store the credentials: {0}', String(e)));
    return false;
  }
  const name = parts.session.activeProfile?.name ?? '';
  void vscode.window.setStatusBarMessage(inertText(t('$(check) Feishu Hire: signed in ({0})', name)), 4000);
  return true;
}
