// One signed-in tenant: what every view and command works with while it lasts. The session makes a new one on
// each sign-in, switch or settings change and retires the old one, which aborts every request made through it.
// No `vscode` import: the models are bound to a connection, not to the session, which makes them.
import type { HireApi } from '../../feishu/hireApi';
import type { UserIdType } from '../../feishu/types';
import { TenantDirectory, type DirectoryApi } from '../directory/tenantDirectory';

export interface HireConnection {
  readonly api: HireApi;
  /** The ID type every request asks for: open_ids of one app mean nothing to another. */
  readonly userIdType: UserIdType;
  /** Who the data belongs to (profile, URL, app), without the secret: panels and saved data show only to the same. */
  readonly identity: string;
  /** The profile signed in; undefined in sample mode. */
  readonly profileId: string | undefined;
  readonly sample: boolean;
  /** The looked-up applications of this profile (or of sample mode). */
  readonly pinned: PinnedStore;
  /** The tenant's names, shared by every view for the life of the connection. */
  readonly directory: TenantDirectory;
  /** Aborts when the connection is retired. */
  readonly signal: AbortSignal;
}

export interface PinnedStore {
  get(): readonly string[];
  set(ids: readonly string[]): Promise<void>;
}

export interface ConnectionInit {
  api: HireApi;
  userIdType: UserIdType;
  identity: string;
  profileId?: string;
  sample?: boolean;
  signal?: AbortSignal;
  /** Kept in memory when not given (tests, benchmarks). */
  pinned?: PinnedStore;
}

export function createConnection(init: ConnectionInit): HireConnection {
  const signal = init.signal ?? new AbortController().signal;
  return {
    api: init.api,
    userIdType: init.userIdType,
    identity: init.identity,
    profileId: init.profileId,
    sample: init.sample ?? false,
    pinned: init.pinned ?? memoryPinned(),
    directory: new TenantDirectory(init.api satisfies DirectoryApi, init.userIdType, signal),
    signal,
  };
}

function memoryPinned(): PinnedStore {
  let ids: readonly string[] = [];
  return {
    get: () => ids,
    set: async next => {
      ids = [...next];
    },
  };
}
