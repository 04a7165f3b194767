// The tree's loaded data as plain JSON (last-known data): written by the model, read back from disk.
// What comes back from disk is checked shape by shape; a wrong entry is dropped, never a crash.
import type { I18nText, InvalidItem, JsonObject, JsonValue, ListApplicationsFilter } from '../../feishu/types';
import { parseMainTreeId, type RootKind } from './nodeId';

export const TREE_SNAPSHOT_VERSION = 1;
/** Bounds that keep one huge tree from making a huge file; lists above them stop at a page end, not done. */
export const MAX_SNAPSHOT_APPLICATIONS = 1000;
export const MAX_SNAPSHOT_INTERVIEWS_PER_APPLICATION = 2000;
export const MAX_SNAPSHOT_INTERVIEWS = 20_000;
export const MAX_SNAPSHOT_INTERVIEW_LISTS = 1000;
export const MAX_SNAPSHOT_INFOS = 2000;
/** Names entries kept per application when reading back (several interviewers per interview). */
const MAX_NAMES_PER_APPLICATION = 50_000;

export interface ListSnapshot {
  /** `all`, or an application node's id (`<root>/app/<applicationId>`). */
  parentId: string;
  /** Application IDs under `all`; the interviews' objects exactly as the service sent them under an application. */
  items: JsonValue[];
  invalid: InvalidItem[];
  nextToken?: string;
  done: boolean;
  loadedAt: number;
}

export interface InfoSnapshot {
  applicationId: string;
  /** The application's object as the service sent it. */
  application?: JsonObject;
  /** Empty when the lookup ended without a name (so it is not asked again). */
  candidateName: string;
  jobTitle?: string;
}

export interface NamesSnapshot {
  applicationId: string;
  stages: Array<[string, I18nText]>;
  interviewers: Array<[string, I18nText]>;
  seen: string[];
  submitted?: Array<[string, number]>;
  nextToken?: string;
  done: boolean;
}

export interface TreeSnapshot {
  version: typeof TREE_SNAPSHOT_VERSION;
  takenAt: number;
  /** The filter the `all` list was loaded with. */
  filter: ListApplicationsFilter;
  lists: ListSnapshot[];
  infos: InfoSnapshot[];
  names: NamesSnapshot[];
  /** Feedback Owed and Recent Interviews' last listing, in the queue's own form (checked by queue/queueSnapshot.ts). */
  queue?: unknown;
  /** The tenant refused the names endpoint: not asked again until a refresh. */
  namesRefused?: { code?: number; msg?: string; };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isId = (v: unknown): v is string => typeof v === 'string' && /^\d{1,32}$/.test(v);
const optionalString = (v: unknown): v is string | undefined => v === undefined || typeof v === 'string';

/** Keeps the entries `parse` accepts, at most `max` of them. */
function each<T>(value: unknown, max: number, parse: (v: unknown) => T | undefined): T[] {
  if (!Array.isArray(value)) { return []; }
  const out: T[] = [];
  for (const v of value) {
    if (out.length >= max) { break; }
    const parsed = parse(v);
    if (parsed !== undefined) { out.push(parsed); }
  }
  return out;
}

function i18n(v: unknown): I18nText | undefined {
  if (!isObject(v) || !optionalString(v['zh_cn']) || !optionalString(v['en_us'])) { return undefined; }
  return { zh_cn: v['zh_cn'], en_us: v['en_us'] };
}

function pair(v: unknown): [string, I18nText] | undefined {
  if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== 'string') { return undefined; }
  const text = i18n(v[1]);
  return text && [v[0], text];
}

function invalidItem(v: unknown): InvalidItem | undefined {
  if (!isObject(v) || typeof v['index'] !== 'number' || typeof v['reason'] !== 'string' || !('raw' in v)) { return undefined; }
  return { index: v['index'], reason: v['reason'], raw: v['raw'] as JsonValue };
}

export function isApplicationListId(parentId: string): boolean {
  return parentId === 'all';
}

/** `<root>/app/<applicationId>` → its parts; undefined for anything else (saved IDs are digits). */
export function interviewListParent(parentId: string): { root: RootKind; applicationId: string; } | undefined {
  const path = parseMainTreeId(parentId);
  return path?.level === 'application' && isId(path.applicationId) ? { root: path.root, applicationId: path.applicationId } : undefined;
}

function list(v: unknown): ListSnapshot | undefined {
  if (!isObject(v) || typeof v['parentId'] !== 'string' || typeof v['done'] !== 'boolean' || !isTime(v['loadedAt'])) { return undefined; }
  const parentId = v['parentId'];
  const applications = isApplicationListId(parentId);
  if (!applications && !interviewListParent(parentId)) { return undefined; }
  const token = v['nextToken'];
  if (!optionalString(token) || !Array.isArray(v['items'])) { return undefined; }
  const max = applications ? MAX_SNAPSHOT_APPLICATIONS : MAX_SNAPSHOT_INTERVIEWS_PER_APPLICATION;
  const items = each(v['items'], max, item => (applications ? isId(item) : isObject(item)) ? item as JsonValue : undefined);
  const invalid = each(v['invalid'], max, invalidItem);
  // Entries dropped here leave a gap before the token; going on from it is still right for what shows.
  return { parentId, items, invalid, nextToken: token, done: v['done'], loadedAt: v['loadedAt'] };
}

export function parseInfoSnapshot(v: unknown): InfoSnapshot | undefined {
  if (!isObject(v) || !isId(v['applicationId']) || typeof v['candidateName'] !== 'string' || !optionalString(v['jobTitle'])) { return undefined; }
  const application = v['application'];
  if (application !== undefined && !isObject(application)) { return undefined; }
  return { applicationId: v['applicationId'], application: application as JsonObject | undefined, candidateName: v['candidateName'], jobTitle: v['jobTitle'] };
}

function submittedAt(v: unknown): [string, number] | undefined {
  return Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && isTime(v[1]) ? [v[0], v[1]] : undefined;
}

function names(v: unknown): NamesSnapshot | undefined {
  if (!isObject(v) || !isId(v['applicationId']) || typeof v['done'] !== 'boolean' || !optionalString(v['nextToken'])) { return undefined; }
  const max = MAX_NAMES_PER_APPLICATION;
  return {
    applicationId: v['applicationId'],
    stages: each(v['stages'], max, pair),
    interviewers: each(v['interviewers'], max, pair),
    seen: each(v['seen'], max, id => typeof id === 'string' ? id : undefined),
    submitted: each(v['submitted'], max, submittedAt),
    nextToken: v['nextToken'],
    done: v['done'],
  };
}

function filter(v: unknown): ListApplicationsFilter | undefined {
  if (!isObject(v)) { return undefined; }
  const status = v['activeStatus'];
  const jobId = v['jobId'];
  if (status !== undefined && status !== '1' && status !== '2' && status !== '3') { return undefined; }
  if (jobId !== undefined && !isId(jobId)) { return undefined; }
  return { activeStatus: status, jobId };
}

/** The snapshot if its frame is right (entries with a wrong shape are left out); undefined otherwise. */
export function parseTreeSnapshot(value: unknown): TreeSnapshot | undefined {
  if (!isObject(value) || value['version'] !== TREE_SNAPSHOT_VERSION || !isTime(value['takenAt'])) { return undefined; }
  const listFilter = filter(value['filter']);
  if (!listFilter) { return undefined; }
  const refused = value['namesRefused'];
  let namesRefused: TreeSnapshot['namesRefused'];
  if (isObject(refused)) {
    namesRefused = {
      code: typeof refused['code'] === 'number' ? refused['code'] : undefined,
      msg: typeof refused['msg'] === 'string' ? refused['msg'] : undefined,
    };
  }
  return {
    version: TREE_SNAPSHOT_VERSION,
    takenAt: value['takenAt'],
    filter: listFilter,
    lists: each(value['lists'], MAX_SNAPSHOT_INTERVIEW_LISTS + 1, list),
    infos: each(value['infos'], MAX_SNAPSHOT_INFOS, parseInfoSnapshot),
    queue: value['queue'],
    names: each(value['names'], MAX_SNAPSHOT_INTERVIEW_LISTS, names),
    namesRefused,
  };
}
