// A profile: one named connection (Feishu, Lark or a custom URL) with its own app, pinned list, caches and
// user-ID type. What is stored outside SecretStorage comes back from disk, so it is read defensively.
import { USER_ID_TYPES, type UserIdType } from '../feishu/types';
import type { Translate } from '../feishu/translate';
import { plainName } from './plainName';

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

export const PROFILE_ID_PATTERN = /^[a-z0-9-]{1,64}$/;
export const MAX_PROFILE_NAME_LENGTH = 60;
const MAX_PROFILES = 50;

export const FEISHU_URL = 'https://open.feishu.cn';
export const LARK_URL = 'https://open.larksuite.com';

/** A stored list as found: anything malformed is left out, never thrown. */
export function parseProfileList(value: unknown): ProfileList {
  const record = typeof value === 'object' && value !== null ? value as Record<string, unknown> : {};
  const raw = Array.isArray(record['profiles']) ? record['profiles'] as unknown[] : [];
  const profiles: Profile[] = [];
  for (const item of raw.slice(0, MAX_PROFILES)) {
    const p = parseProfile(item);
    if (p && !profiles.some(o => o.id === p.id)) { profiles.push(p); }
  }
  const active = record['activeId'];
  const activeId = typeof active === 'string' && profiles.some(p => p.id === active) ? active : profiles[0]?.id;
  return { profiles, activeId };
}

function parseProfile(value: unknown): Profile | undefined {
  if (typeof value !== 'object' || value === null) { return undefined; }
  const v = value as Record<string, unknown>;
  const { id, name, baseUrl, appId, userIdType } = v;
  if (typeof id !== 'string' || !PROFILE_ID_PATTERN.test(id)) { return undefined; }
  if (typeof name !== 'string' || cleanProfileName(name) === '') { return undefined; }
  if (typeof baseUrl !== 'string' || baseUrl === '') { return undefined; }
  return {
    id, name: cleanProfileName(name), baseUrl,
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
    try { base = new URL(baseUrl).host; } catch { base = t('Custom'); }
  }
  const taken = (n: string): boolean => others.some(p => p.name.toLowerCase() === n.toLowerCase());
  if (!taken(base)) { return base; }
  for (let i = 2; ; i++) {
    if (!taken(`${base} ${i}`)) { return `${base} ${i}`; }
  }
}

/** 16 random bytes as hex: never derived from anything the user or the server chose. */
export function newProfileId(randomBytes: (n: number) => Uint8Array): string {
  return Buffer.from(randomBytes(16)).toString('hex');
}
