// Versions before profiles kept one pair (and one pinned list): it becomes the first profile, bound to the URL it
// was checked against (else the old setting, else Feishu), without asking anything.
import * as vscode from 'vscode';
import { SECTION } from '../config';
import type { CredentialStore } from '../credentials/credentialStore';
import { normaliseBaseUrl } from '../feishu/baseUrl';
import type { AppCredentials } from '../feishu/tenantToken';
import { FEISHU_URL, suggestedProfileName, type Profile } from '../model/profiles/profile';
import type { ProfileStore } from './profileStore';

export interface LegacyMigrationDeps {
  credentials: CredentialStore;
  profiles: ProfileStore;
  log: vscode.LogOutputChannel;
  createProfile(name: string, baseUrl: string, credentials: AppCredentials): Promise<Profile>;
}

export async function migrateLegacyCredentials(deps: LegacyMigrationDeps): Promise<void> {
  const { credentials, profiles } = deps;
  if (profiles.read().profiles.length > 0) { return; }
  const legacy = await credentials.readLegacy();
  if (!legacy) { return; }
  let baseUrl = legacy.baseUrl;
  if (baseUrl === undefined) {
    const setting = vscode.workspace.getConfiguration(SECTION).get<unknown>('baseUrl');
    try {
      baseUrl = typeof setting === 'string' ? normaliseBaseUrl(setting) : FEISHU_URL;
    } catch {
      baseUrl = FEISHU_URL;
    }
  }
  const profile = await deps.createProfile(suggestedProfileName(baseUrl, [], vscode.l10n.t), baseUrl, legacy);
  const pinned = profiles.legacyPinned();
  if (pinned.length > 0) { await profiles.setPinned(profile.id, pinned); }
  await profiles.deleteLegacyPinned();
  await credentials.deleteLegacy();
  deps.log.info(`Moved the stored app ${legacy.appId} into the profile "${profile.name}"`);
}
