// Last-known data on disk: one file per profile, AES-256-GCM with a random key per profile kept in a secret
// store. Interview feedback is personal data: it never crosses identities, expires, and anything doubtful is
// deleted rather than shown.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { PROFILE_ID_PATTERN } from '../profiles/profile';
import { parseTreeSnapshot, type TreeSnapshot } from '../tree/treeSnapshot';

/** Secrets by name; the edge backs it with VS Code's SecretStorage. */
export interface SecretKeys {
  get(name: string): Promise<string | undefined>;
  store(name: string, value: string): Promise<void>;
  delete(name: string): Promise<void>;
}

export interface LastKnownStoreOptions {
  /** A folder of its own (the extension's global storage); created on the first save. */
  directory: string;
  keys: SecretKeys;
  /** Days a saved tree stays usable; 0 or less keeps nothing. */
  maxAgeDays: () => number;
  now?: () => number;
  /** Lines for the output channel: what was skipped or deleted, and why. */
  log?: (line: string) => void;
  /** A restore that takes longer (a hung mount, a slow secret store) is given up: the tree loads as on a first start. */
  restoreTimeoutMs?: number;
}

const MAGIC = Buffer.from('FHLK', 'ascii');
export const LAST_KNOWN_FORMAT_VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const HEADER_BYTES = MAGIC.length + 1 + IV_BYTES + TAG_BYTES;
/** Larger trees are not saved; larger files are not read. */
export const MAX_LAST_KNOWN_BYTES = 32 * 1024 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A file saved this far in the future comes from a wrong clock: its age cannot be trusted. */
const CLOCK_SKEW_MS = DAY_MS;
const RESTORE_TIMEOUT_MS = 2000;
/** A temporary file this old is left from an interrupted save (another window's save in progress is younger). */
const STALE_TEMP_MS = 10 * 60 * 1000;
/** A key read ahead is for the load that follows within moments; later it is read again. */
const KEY_AHEAD_MS = 5000;
const DATA_FILE = /^([a-z0-9-]{1,64})\.lastknown$/;
const TEMP_FILE = /^([a-z0-9-]{1,64})\.lastknown\.[0-9a-f]{12}\.tmp$/;

export function lastKnownKeyName(profileId: string): string {
  return `feishuHire.profile.${profileId}.dataKey`;
}

export class LastKnownStore {
  /** One operation at a time per profile: two saves must not make two keys. */
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Data keys asked for ahead of a load, each used by one load. */
  private readonly keysAhead = new Map<string, Promise<Buffer | undefined>>();
  /** Data keys read or made in this window, as the credential store keeps the credentials: a switch back reads none. */
  private readonly knownKeys = new Map<string, Buffer>();

  constructor(private readonly options: LastKnownStoreOptions) {}

  /** Encrypts and writes the snapshot (atomically, mode 0600); false when it was skipped (too large, or 0 days to keep). */
  save(profileId: string, identity: string, snapshot: TreeSnapshot): Promise<boolean> {
    // A key read ahead may predate the one this save makes.
    this.keysAhead.delete(profileId);
    return this.queued(profileId, async () => {
      if (this.maxAgeMs() <= 0) { return false; }
      // Dated by its oldest list, not by the write: re-saving old data in a long session must not keep it alive.
      const savedAt = Math.min(this.now(), ...snapshot.lists.map(list => list.loadedAt), ...queueLoadedAt(snapshot));
      const plaintext = Buffer.from(JSON.stringify({ savedAt, snapshot }), 'utf8');
      if (plaintext.length > MAX_LAST_KNOWN_BYTES - HEADER_BYTES) {
        this.options.log?.(`Last-known data of profile ${profileId} not saved: ${plaintext.length} bytes, above the ${MAX_LAST_KNOWN_BYTES} allowed.`);
        return false;
      }
      const key = await this.keyFor(profileId, true);
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(associatedData(profileId, identity));
      const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      const file = Buffer.concat([MAGIC, Buffer.from([LAST_KNOWN_FORMAT_VERSION]), iv, cipher.getAuthTag(), ciphertext]);
      await mkdir(this.options.directory, { recursive: true, mode: 0o700 });
      await this.removeStaleTemps(profileId);
      const target = this.fileOf(profileId);
      const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        const handle = await open(temp, 'wx', 0o600);
        try {
          await handle.writeFile(file);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temp, target);
      } catch (e) {
        await unlink(temp).catch(() => undefined);
        throw e;
      }
      return true;
    });
  }

  /**
   * The snapshot saved for this profile and identity, or undefined. Whatever cannot be shown (no key, tampered,
   * another format, another identity, too old, too large, not a snapshot) is deleted: never an error.
   */
  load(profileId: string, identity: string): Promise<{ snapshot: TreeSnapshot; savedAt: number; } | undefined> {
    const loading = this.queued(profileId, async () => {
      // The key (a secret, a round trip to VS Code, the slowest step) is known, was read ahead, or is asked for first.
      const ahead = this.takeKeyAhead(profileId);
      const known = this.knownKeys.get(profileId);
      const key = known ? Promise.resolve(known) : ahead ?? this.keyFor(profileId, false);
      key.catch(() => undefined);
      await this.removeStaleTemps(profileId);
      const file = await this.read(profileId);
      if (!file) { return undefined; }
      let why = await this.unusable(profileId, identity, file, key);
      if (typeof why === 'string' && known) {
        // Another window may have signed out and in again, with a new key: read it before giving the file up.
        this.knownKeys.delete(profileId);
        why = await this.unusable(profileId, identity, file, this.keyFor(profileId, false));
      }
      if (typeof why === 'string') {
        this.options.log?.(`Last-known data of profile ${profileId} deleted: ${why}.`);
        await this.deleteFile(profileId);
        return undefined;
      }
      return why;
    });
    return this.givingUp(loading, profileId);
  }

  /**
   * Starts reading the profile's data key now, for the load that follows: a start reads the credentials and then
   * the saved data, and two secret round trips one after the other were most of the time to the first rows. A key
   * known already needs no read: the session calls this on every settings change too.
   */
  prefetchKey(profileId: string): void {
    if (this.knownKeys.has(profileId) || this.keysAhead.has(profileId) || !(this.options.maxAgeDays() > 0)) { return; }
    const read = this.keyFor(profileId, false);
    read.catch(() => undefined);
    this.keysAhead.set(profileId, read);
    setTimeout(() => {
      if (this.keysAhead.get(profileId) === read) { this.keysAhead.delete(profileId); }
    }, KEY_AHEAD_MS).unref();
  }

  private takeKeyAhead(profileId: string): Promise<Buffer | undefined> | undefined {
    const read = this.keysAhead.get(profileId);
    this.keysAhead.delete(profileId);
    return read;
  }

  /**
   * Erases the files and data key of every profile on disk that is not `listed`, and returns their ids. A file
   * written in the last minutes is spared: another window may have added its profile a moment ago.
   */
  async eraseUnlisted(listed: ReadonlySet<string>): Promise<string[]> {
    const names = await readdir(this.options.directory).catch(() => [] as string[]);
    const newest = new Map<string, number>();
    for (const name of names) {
      const id = DATA_FILE.exec(name)?.[1] ?? TEMP_FILE.exec(name)?.[1];
      if (id === undefined || listed.has(id)) { continue; }
      const info = await lstat(join(this.options.directory, name)).catch(() => undefined);
      newest.set(id, Math.max(newest.get(id) ?? 0, info?.mtimeMs ?? Date.now()));
    }
    const unlisted = [...newest].filter(([, mtimeMs]) => Date.now() - mtimeMs >= STALE_TEMP_MS).map(([id]) => id);
    for (const id of unlisted) {
      await this.erase(id);
      this.options.log?.(`Last-known data of profile ${id} erased: the profile is no longer listed.`);
    }
    return unlisted;
  }

  /** The load, or undefined once the restore has taken too long; what it finds later is dropped. */
  private givingUp<T>(loading: Promise<T>, profileId: string): Promise<T | undefined> {
    const ms = this.options.restoreTimeoutMs ?? RESTORE_TIMEOUT_MS;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>(resolve => {
      timer = setTimeout(() => {
        this.options.log?.(`Last-known data of profile ${profileId} not shown: reading it took more than ${ms} ms.`);
        resolve(undefined);
      }, ms);
    });
    return Promise.race([loading, late]).finally(() => clearTimeout(timer));
  }

  /** Temporary files of saves that never finished (the window closed, the machine stopped) are removed. */
  private removeStaleTemps(profileId: string): Promise<void> {
    return this.removeTemps(profileId, STALE_TEMP_MS);
  }

  /** The profile's temporary files older than `minAgeMs` (all of them for 0), removed; never an error. */
  private async removeTemps(profileId: string, minAgeMs = 0): Promise<void> {
    const names = await readdir(this.options.directory).catch(() => [] as string[]);
    for (const name of names.filter(n => TEMP_FILE.exec(n)?.[1] === profileId)) {
      const path = join(this.options.directory, name);
      const info = await lstat(path).catch(() => undefined);
      // The file system's clock, not the injected one: mtimes are real times.
      if (!info || (minAgeMs > 0 && Date.now() - info.mtimeMs < minAgeMs)) { continue; }
      await unlink(path).catch(() => undefined);
      this.options.log?.(`Removed ${name}, left by a save that did not finish.`);
    }
  }

  /** Sign out, profile removed, the setting turned off: the file, any temporary file and the key go. */
  erase(profileId: string): Promise<void> {
    this.keysAhead.delete(profileId);
    this.knownKeys.delete(profileId);
    return this.queued(profileId, async () => {
      await this.deleteFile(profileId);
      await this.removeTemps(profileId);
      await this.options.keys.delete(lastKnownKeyName(profileId));
    });
  }

  /** A reason string when the file cannot be shown; the content otherwise. */
  private async unusable(
    profileId: string,
    identity: string,
    file: Buffer,
    keyRead: Promise<Buffer | undefined>,
  ): Promise<string | { snapshot: TreeSnapshot; savedAt: number; }> {
    if (file.length > MAX_LAST_KNOWN_BYTES) { return 'the file is too large'; }
    if (file.length < HEADER_BYTES || !file.subarray(0, MAGIC.length).equals(MAGIC)) { return 'not a last-known data file'; }
    const version = file[MAGIC.length];
    if (version !== LAST_KNOWN_FORMAT_VERSION) { return `format version ${version ?? '?'}, not ${LAST_KNOWN_FORMAT_VERSION}`; }
    const key = await keyRead;
    if (!key) { return 'its key is gone'; }
    let plaintext: string;
    try {
      let at = MAGIC.length + 1;
      const iv = file.subarray(at, at += IV_BYTES);
      const tag = file.subarray(at, at += TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(associatedData(profileId, identity));
      decipher.setAuthTag(tag);
      plaintext = Buffer.concat([decipher.update(file.subarray(at)), decipher.final()]).toString('utf8');
    } catch {
      return 'it does not decrypt for this profile and connection (changed, or saved for another app)';
    }
    let content: unknown;
    try {
      content = JSON.parse(plaintext);
    } catch {
      return 'its content is not JSON';
    }
    const savedAt = typeof content === 'object' && content !== null ? (content as { savedAt?: unknown; }).savedAt : undefined;
    const snapshot = parseTreeSnapshot(typeof content === 'object' && content !== null ? (content as { snapshot?: unknown; }).snapshot : undefined);
    if (typeof savedAt !== 'number' || !Number.isFinite(savedAt) || !snapshot) { return 'its content is not a saved tree'; }
    const age = this.now() - savedAt;
    if (!(age <= this.maxAgeMs()) || age < -CLOCK_SKEW_MS) { return 'it is older than the days to keep it'; }
    return { snapshot, savedAt };
  }

  /** The file's bytes; undefined when there is none. A FIFO, device or symbolic link there is refused without waiting on it. */
  private async read(profileId: string): Promise<Buffer | undefined> {
    let handle;
    try {
      handle = await open(this.fileOf(profileId), constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    } catch (e) {
      if (isNotFound(e)) { return undefined; }
      if (isLink(e)) { return this.refuse(profileId, 'it is a symbolic link'); }
      throw e;
    }
    try {
      const info = await handle.stat();
      if (!info.isFile()) {
        await handle.close();
        handle = undefined;
        return await this.refuse(profileId, 'it is not a regular file');
      }
      const { size } = info;
      // Read one byte past the limit at most: the size check then refuses it without reading it all.
      const buffer = Buffer.alloc(Math.min(size, MAX_LAST_KNOWN_BYTES + 1));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle?.close();
    }
  }

  /** Something that is not our file sits at its path: logged and removed (the entry only, never what it points to). */
  private async refuse(profileId: string, why: string): Promise<undefined> {
    this.options.log?.(`Last-known data of profile ${profileId} deleted: ${why}.`);
    await this.deleteFile(profileId);
    return undefined;
  }

  private async keyFor(profileId: string, create: true): Promise<Buffer>;
  private async keyFor(profileId: string, create: false): Promise<Buffer | undefined>;
  private async keyFor(profileId: string, create: boolean): Promise<Buffer | undefined> {
    const name = lastKnownKeyName(profileId);
    const stored = await this.options.keys.get(name);
    const key = stored === undefined ? undefined : Buffer.from(stored, 'base64');
    if (key?.length === KEY_BYTES) {
      this.knownKeys.set(profileId, key);
      return key;
    }
    if (!create) { return undefined; }
    const fresh = randomBytes(KEY_BYTES);
    await this.options.keys.store(name, fresh.toString('base64'));
    this.knownKeys.set(profileId, fresh);
    return fresh;
  }

  private async deleteFile(profileId: string): Promise<void> {
    try {
      await unlink(this.fileOf(profileId));
    } catch (e) {
      if (!isNotFound(e)) { throw e; }
    }
  }

  private fileOf(profileId: string): string {
    return join(this.options.directory, `${profileId}.lastknown`);
  }

  /** NaN and negative settings keep nothing. */
  private maxAgeMs(): number {
    const days = this.options.maxAgeDays();
    return Number.isFinite(days) && days > 0 ? days * DAY_MS : 0;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private queued<T>(profileId: string, run: () => Promise<T>): Promise<T> {
    if (!PROFILE_ID_PATTERN.test(profileId)) {
      return Promise.reject(new Error(`"${profileId.slice(0, 80)}" is not a profile id: lower-case letters, digits and "-", at most 64.`));
    }
    const previous = this.queues.get(profileId) ?? Promise.resolve();
    const next = previous.then(run, run);
    const settled = next.catch(() => undefined);
    this.queues.set(profileId, settled);
    void settled.then(() => {
      if (this.queues.get(profileId) === settled) { this.queues.delete(profileId); }
    });
    return next;
  }
}

/** Binds the ciphertext to its profile and identity: a file copied to another profile or app does not open. */
function associatedData(profileId: string, identity: string): Buffer {
  return Buffer.from(`feishuHire.lastKnown\u0000${LAST_KNOWN_FORMAT_VERSION}\u0000${profileId}\u0000${identity}`, 'utf8');
}

function isNotFound(e: unknown): boolean {
  return errorCode(e) === 'ENOENT';
}

/** What open with O_NOFOLLOW says of a symbolic link (ELOOP on Linux, EMLINK on FreeBSD). */
function isLink(e: unknown): boolean {
  return errorCode(e) === 'ELOOP' || errorCode(e) === 'EMLINK';
}

function errorCode(e: unknown): unknown {
  return typeof e === 'object' && e !== null ? (e as { code?: unknown; }).code : undefined;
}

/** When the saved queue listing was read, if the snapshot holds one: it dates the file like the tree's lists. */
function queueLoadedAt(snapshot: TreeSnapshot): number[] {
  const queue = snapshot.queue;
  const at = typeof queue === 'object' && queue !== null && 'loadedAt' in queue ? queue.loadedAt : undefined;
  return typeof at === 'number' && Number.isFinite(at) ? [at] : [];
}
