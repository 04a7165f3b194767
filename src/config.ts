// Typed, validated settings. A bad value falls back to the default and is reported once, never crashes.
import * as vscode from 'vscode';
import { FeishuError } from './feishu/errors';
import { normaliseBaseUrl } from './feishu/baseUrl';
import { USER_ID_TYPES, type UserIdType } from './feishu/types';
import { WINDOW_DAYS } from './model/queue/queueWindow';
import { isValidRefreshMinutes, REFRESH_MINUTES } from './model/queue/refreshSchedule';

export const SECTION = 'feishuHire';
export const FEISHU_BASE_URL = 'https://open.feishu.cn';
export const LARK_BASE_URL = 'https://open.larksuite.com';

export interface Settings {
  baseUrl: string;
  userIdType: UserIdType;
  pageSize: number;
  requestTimeoutMs: number;
  maxConcurrentRequests: number;
  /** Feedback Owed / Recent Interviews: the last N calendar days. */
  feedbackWindowDays: number;
  /** 0 = refresh by hand only. */
  feedbackRefreshMinutes: number;
  /** Last-known data: shown at start, saved encrypted; off erases it. */
  keepLastKnownData: boolean;
  lastKnownDataDays: number;
  /** The loopback port of Sign In with Feishu, matching the redirect URL registered in the app. */
  oauthRedirectPort: number;
  /** No peeking: while I owe feedback on an interview, the others' feedback on it is hidden. */
  hideOthersUntilSubmitted: boolean;
}

export interface SettingsReading {
  settings: Settings;
  /** One line per rejected value, for a warning the user can act on. */
  problems: string[];
}

function intSetting(config: vscode.WorkspaceConfiguration, key: string, min: number, max: number, fallback: number, problems: string[]): number {
  const value = config.get<unknown>(key, fallback);
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) { return value; }
  problems.push(
    vscode.l10n.t(
      'Setting {0} must be a whole number from {1} to {2} (found {3}); using {4}.',
      `${SECTION}.${key}`,
      min,
      max,
      JSON.stringify(value) ?? 'undefined',
      fallback,
    ),
  );
  return fallback;
}

function booleanSetting(config: vscode.WorkspaceConfiguration, key: string, fallback: boolean, problems: string[]): boolean {
  const value = config.get<unknown>(key, fallback);
  if (typeof value === 'boolean') { return value; }
  problems.push(
    vscode.l10n.t('Setting {0} must be true or false (found {1}); using {2}.', `${SECTION}.${key}`, JSON.stringify(value) ?? 'undefined', String(fallback)),
  );
  return fallback;
}

function refreshMinutes(config: vscode.WorkspaceConfiguration, problems: string[]): number {
  const value = config.get<unknown>('feedbackRefreshMinutes', REFRESH_MINUTES.off);
  if (isValidRefreshMinutes(value)) { return value; }
  problems.push(
    vscode.l10n.t(
      'Setting {0} must be 0 (off) or a whole number of minutes from {1} to {2} (found {3}); refreshing by hand only.',
      `${SECTION}.feedbackRefreshMinutes`,
      REFRESH_MINUTES.min,
      REFRESH_MINUTES.max,
      JSON.stringify(value) ?? 'undefined',
    ),
  );
  return REFRESH_MINUTES.off;
}

export function readSettings(): SettingsReading {
  const config = vscode.workspace.getConfiguration(SECTION);
  const problems: string[] = [];
  let baseUrl = FEISHU_BASE_URL;
  const rawUrl = config.get<unknown>('baseUrl', FEISHU_BASE_URL);
  try {
    if (typeof rawUrl !== 'string') { throw new FeishuError({ kind: 'config', detail: vscode.l10n.t('not a string') }); }
    baseUrl = normaliseBaseUrl(rawUrl, vscode.l10n.t);
  } catch (e) {
    const why = e instanceof FeishuError ? e.detail ?? e.message : String(e);
    // No fallback for requests: the session sends no secret until the setting is fixed (see HireSession).
    problems.push(vscode.l10n.t('Setting {0} is not usable: {1}', `${SECTION}.baseUrl`, why));
  }
  const rawType = config.get<unknown>('userIdType', 'open_id');
  let userIdType: UserIdType = 'open_id';
  if (typeof rawType === 'string' && (USER_ID_TYPES as readonly string[]).includes(rawType)) {
    userIdType = rawType as UserIdType;
  } else {
    problems.push(vscode.l10n.t('Setting {0} must be one of {1}; using open_id.', `${SECTION}.userIdType`, USER_ID_TYPES.join(', ')));
  }
  return {
    settings: {
      baseUrl,
      userIdType,
      pageSize: intSetting(config, 'pageSize', 1, 50, 20, problems),
      requestTimeoutMs: intSetting(config, 'requestTimeoutMs', 1000, 120_000, 15_000, problems),
      maxConcurrentRequests: intSetting(config, 'maxConcurrentRequests', 1, 16, 4, problems),
      feedbackWindowDays: intSetting(config, 'feedbackWindowDays', WINDOW_DAYS.min, WINDOW_DAYS.max, WINDOW_DAYS.fallback, problems),
      feedbackRefreshMinutes: refreshMinutes(config, problems),
      keepLastKnownData: booleanSetting(config, 'keepLastKnownData', true, problems),
      lastKnownDataDays: intSetting(config, 'lastKnownDataDays', 1, 90, 7, problems),
      oauthRedirectPort: intSetting(config, 'oauthRedirectPort', 1024, 65535, 8917, problems),
      hideOthersUntilSubmitted: booleanSetting(config, 'hideOthersUntilSubmitted', false, problems),
    },
    problems,
  };
}
