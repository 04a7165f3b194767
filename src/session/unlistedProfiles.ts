// At start: what earlier versions left behind when they dropped a profile entry they could not read (its data
// file, data key and app secret). Secrets cannot be listed, so the data files on disk name the profiles to look at.
import type { LastKnownStore } from '../model/lastKnown/lastKnownStore';
import type { ProfileStore } from './profileStore';

export interface UnlistedProfilesDeps {
  profiles: Pick<ProfileStore, 'listedIds'>;
  lastKnown: Pick<LastKnownStore, 'eraseUnlisted'>;
  clearCredentials: (profileId: string) => Promise<void>;
  log: (line: string) => void;
}

/** Never throws: a leftover that cannot be removed now is tried again at the next start. */
export async function removeUnlistedProfiles(deps: UnlistedProfilesDeps): Promise<void> {
  try {
    for (const id of await deps.lastKnown.eraseUnlisted(deps.profiles.listedIds())) {
      await deps.clearCredentials(id);
    }
  } catch (e) {
    deps.log(`Could not remove the data of profiles no longer listed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
