// What the session is in, as plain values: signed out, blocked (stored credentials that cannot be used right now,
// with why), or connected; and which state a profile with its stored credentials comes to.
import * as vscode from 'vscode';
import type { StoredCredentials } from '../credentials/credentialStore';
import { FeishuError } from '../feishu/errors';
import { displayBaseUrl, normaliseBaseUrl } from '../feishu/baseUrl';
import type { AppCredentials } from '../feishu/tenantToken';
import type { Profile } from '../model/profiles/profile';
import type { HireConnection } from '../model/connection/hireConnection';

const t = vscode.l10n.t;

/** Why stored credentials are not used right now; the tree shows it with an action. */
export interface SessionProblem {
  text: string;
  action: 'openSettings' | 'setCredentials';
}

/** `profileId`: whose credentials (undefined in sample mode and with no profile); a rename changes no state. */
export type SessionState = { kind: 'signedOut'; profileId?: string; } | { kind: 'blocked'; problem: SessionProblem; profileId?: string; } | {
  kind: 'connected';
  baseUrl: string;
  appId: string;
  sample: boolean;
  profileId?: string;
};

/** What `onDidChange` carries: the state, and the connection to work with while it lasts (undefined unless connected). */
export interface SessionChange {
  state: SessionState;
  connection: HireConnection | undefined;
}

/** A profile's secret is used only with the URL it was checked against, which must still be a usable URL. */
export function targetFor(profile: Profile, stored: StoredCredentials | undefined): { state: SessionState; credentials?: AppCredentials; } {
  const profileId = profile.id;
  if (!stored) { return { state: { kind: 'signedOut', profileId } }; }
  let url: string;
  try {
    url = normaliseBaseUrl(profile.baseUrl, t);
  } catch (e) {
    const why = e instanceof FeishuError ? e.detail ?? e.message : String(e);
    return {
      state: {
        kind: 'blocked',
        profileId,
        problem: {
          text: t('The URL of the profile "{0}" is not usable ({1}). Its app secret is not sent anywhere until you run Set Credentials.', profile.name, why),
          action: 'setCredentials',
        },
      },
    };
  }
  const bound = stored.baseUrl ?? url;
  if (bound !== url) {
    return {
      state: {
        kind: 'blocked',
        profileId,
        problem: {
          text: t(
            'The credentials of the profile "{0}" were checked against {1}, but the profile now names {2}. Run Set Credentials to check them against the new URL.',
            profile.name,
            displayBaseUrl(bound),
            displayBaseUrl(url),
          ),
          action: 'setCredentials',
        },
      },
    };
  }
  return {
    state: { kind: 'connected', baseUrl: bound, appId: stored.appId, sample: false, profileId },
    credentials: { appId: stored.appId, appSecret: stored.appSecret },
  };
}

/** The main view's description, one rule for every state: the profile (or sample data, or "not connected") and the filter. */
export function describeSession(state: SessionState, profileName: string | undefined, filter: string | undefined): string | undefined {
  const head = state.kind === 'connected' && state.sample ?
    t('Sample data')
    : state.kind === 'blocked' ?
    [profileName, t('Not connected')].filter(Boolean).join(' · ')
    : profileName;
  return [head, filter].filter(Boolean).join(' · ') || undefined;
}
