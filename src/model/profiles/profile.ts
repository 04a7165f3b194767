// A profile: one named connection (Feishu, Lark or a custom URL) with its own app, pinned list, caches and
// user-ID type. What is stored outside SecretStorage comes back from disk, so it is read defensively.
import { USER_ID_TYPES, type UserIdType } from '../../feishu/types';
import type { Translate } from '../../feishu/translate';
import { plainName } from '../text/plainName';

export interface Profile {
  /** Ours, random, stable across renames; names the profile's secret, pinned list and last-known data. */
  id: string;
  name: string;
  /** The Open Platform URL the profile's credentials were checked against; the secret is sent nowhere else. */
  baseUrl: string;
  /** Shown in pickers; the secret itself is in SecretStorage only. */
  appId?: string;
  /** Undefined: the feishuHire.userIdType setting. */
  userIdType?: UserIdType;
}

export interface ProfileList {
  profiles: Profile[];
  activeId: string | undefined;
}

/** A stored list as found: what could be read, and the entries that could not (kept as they are on every write). */
export interface StoredProfileList extends ProfileList {
  /** Malformed entries, or entries past the bound: another version may read them; ours never rewrites or drops them. */
  unread: unknown[];
  /** Ids named by unread entries: their secrets and data are not ours to remove. */
  unreadIds: string[];
}

export const PROFILE_ID_PATTERN = /^[a-z0-9-]{1,64}$/;
export const MAX_PROFILE_NAME_LENGTH = 60;
export const MAX_PROFILES = 50;

export const FEISHU_URL = 'https://open.feishu.cn';
export const LARK_URL = 'https://open.larksuite.com';

/** A stored list as found: anything malformed is set aside, never thrown. */
export function parseProfileList(value: unknown): StoredProfileList {
  const record = typeof value === 'object' && value !== null ? value as Record<string, unknown> : {};
  const raw = Array.isArray(record['profiles']) ? record['profiles'] as unknown[] : [];
  const profiles: Profile[] = [];
  const unread: unknown[] = [];
  for (const item of raw) {
    const p = parseProfile(item);
    if (p && profiles.some(o => o.id === p.id)) { continue; }
    if (p && profiles.length < MAX_PROFILES) { profiles.push(p); } else { unread.push(item); }
  }
  const unreadIds = unread.map(rawId).filter((id): id is string => id !== undefined && !profiles.some(p => p.id === id));
  const active = record['activeId'];
  // An active profile this version cannot read connects nowhere: falling back to the first would show another tenant.
  const activeId = typeof active === 'string' && profiles.some(p => p.id === active) ?
    active
    : typeof active === 'string' && unreadIds.includes(active)
    ? undefined
    : profiles[0]?.id;
  return { profiles, activeId, unread, unreadIds };
}

function rawId(item: unknown): string | undefined {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown; }).id : undefined;
  return typeof id === 'string' && PROFILE_ID_PATTERN.test(id) ? id : undefined;
}

/** Why another profile cannot be added, or undefined. */
export function profileLimitProblem(profiles: readonly Profile[], t: Translate): string | undefined {
  return profiles.length >= MAX_PROFILES
    ? t('There are {0} profiles already, the most Feishu Hire keeps: remove one before adding another.', MAX_PROFILES)
    : undefined;
}

function parseProfile(value: unknown): Profile | undefined {
  if (typeof value !== 'object' || value === null) { return undefined; }
  const v = value as Record<string, unknown>;
  const { id, name, baseUrl, appId, userIdType } = v;
  if (typeof id !== 'string' || !PROFILE_ID_PATTERN.test(id)) { return undefined; }
  if (typeof name !== 'string' || cleanProfileName(name) === '') { return undefined; }
  if (typeof baseUrl !== 'string' || baseUrl === '') { return undefined; }
  return {
    id,
    name: cleanProfileName(name),
    baseUrl,
    appId: typeof appId === 'string' && appId.length <= 64 ? appId : undefined,
    userIdType: typeof userIdType === 'string' && (USER_ID_TYPES as readonly string[]).includes(userIdType) ? userIdType as UserIdType : undefined,
  };
}

/** Control and bidirectional characters out, whitespace folded, length capped: a name is shown in the title and status bars. */
export function cleanProfileName(name: string): string {
  return plainName(name).slice(0, MAX_PROFILE_NAME_LENGTH).trim();
}

/** Why a name cannot be used, or undefined. Names are unique, ignoring case. */
export function profileNameProblem(name: string, others: readonly Profile[], t: Translate): string | undefined {
  const clean = cleanProfileName(name);
  if (clean === '') { return t('Enter a name for the profile, for example "Acme (Lark)".'); }
  if (name.trim().length > MAX_PROFILE_NAME_LENGTH) { return t('A profile name has at most {0} characters.', MAX_PROFILE_NAME_LENGTH); }
  if (others.some(p => p.name.toLowerCase() === clean.toLowerCase())) { return t('Another profile is already called "{0}".', clean); }
  return undefined;
}

/** "Feishu", "Lark" or the host, made unique with a number. */
export function suggestedProfileName(baseUrl: string, others: readonly Profile[], t: Translate): string {
  let base: string;
  if (baseUrl === FEISHU_URL) { base = t('Feishu'); } else if (baseUrl === LARK_URL) { base = t('Lark'); } else {
    try {
      base = new URL(baseUrl).host;
    } catch {
      base = t('Custom');
    }
  }
  const taken = (n: string): boolean => others.some(p => p.name.toLowerCase() === n.toLowerCase());
  if (!taken(base)) { return base; }
  for (let i = 2;; i++) {
    if (!taken(`${base} ${i}`)) { return `${base} ${i}`; }
  }
}

/** 16 random bytes as hex: never derived from anything the user or the server chose. */
export function newProfileId(randomBytes: (n: number) => Uint8Array): string {
  return Buffer.from(randomBytes(16)).toString('hex');
}
