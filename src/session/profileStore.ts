// Where profiles and each one's pinned applications live: globalState, read afresh each time because
// another window may have changed it. Secrets are not here (CredentialStore); HireSession decides what changes.
import type * as vscode from 'vscode';
import { parseProfileList, PROFILE_ID_PATTERN, type Profile, type ProfileList, type StoredProfileList } from '../model/profiles/profile';
import { pinnedFrom } from '../model/tree/pinnedList';

const LIST_KEY = 'feishuHire.profiles';
/** The pinned list of versions before profiles; the migration moves it to the first profile. */
export const LEGACY_PINNED_KEY = 'feishuHire.pinnedApplications';
/** Sample mode's own pinned list: the sample tenant's IDs never mix with a real one's. */
export const SAMPLE_PINNED_OWNER = 'sample';

const pinnedKey = (owner: string): string => {
  if (owner !== SAMPLE_PINNED_OWNER && !PROFILE_ID_PATTERN.test(owner)) { throw new Error('not a profile id'); }
  return `feishuHire.profile.${owner}.pinned`;
};

export class ProfileStore {
  constructor(private readonly memento: vscode.Memento) {}

  read(): StoredProfileList {
    return parseProfileList(this.memento.get<unknown>(LIST_KEY));
  }

  /** Every profile id the stored list names, readable or not: data of any other id is left over. */
  listedIds(): Set<string> {
    const list = this.read();
    return new Set([...list.profiles.map(p => p.id), ...list.unreadIds]);
  }

  find(id: string | undefined): Profile | undefined {
    return id === undefined ? undefined : this.read().profiles.find(p => p.id === id);
  }

  /** The entries this version could not read are written back as they were found (read again now: another window may have written). */
  async write(list: ProfileList): Promise<void> {
    const { unread } = this.read();
    await this.memento.update(LIST_KEY, { profiles: [...list.profiles, ...unread], activeId: list.activeId });
  }

  async update(id: string, change: (p: Profile) => Profile): Promise<void> {
    const list = this.read();
    await this.write({ ...list, profiles: list.profiles.map(p => p.id === id ? change(p) : p) });
  }

  pinned(owner: string): string[] {
    return pinnedFrom(this.ids(pinnedKey(owner)));
  }

  async setPinned(owner: string, ids: readonly string[]): Promise<void> {
    await this.memento.update(pinnedKey(owner), ids.length > 0 ? [...ids] : undefined);
  }

  legacyPinned(): string[] {
    return this.ids(LEGACY_PINNED_KEY);
  }

  async deleteLegacyPinned(): Promise<void> {
    await this.memento.update(LEGACY_PINNED_KEY, undefined);
  }

  /** A stored list of IDs as found: anything that is not a string is left out. */
  private ids(key: string): string[] {
    const value = this.memento.get<unknown>(key);
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  }
}
