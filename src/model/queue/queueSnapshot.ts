// The queue's last listing as plain JSON (last-known data, saved in the tree's encrypted file): the interviews as
// the service sent them, the window they cover and the names known for them. Read back shape by shape; a wrong
// entry is dropped, never a crash.
import type { Application, JsonObject, JsonValue } from '../../feishu/types';
import { eachItem, parseApplication, parseInterview, type ParsedInterview } from '../../feishu/validate';
import type { TenantDirectory } from '../directory/tenantDirectory';
import { parseInfoSnapshot, type InfoSnapshot } from '../tree/treeSnapshot';
import { WINDOW_DAYS, type QueueWindow } from './queueWindow';

export const QUEUE_SNAPSHOT_VERSION = 1;
/** 90 days of a large company; a listing above it is saved cut at its newest interviews (the file has a cap too). */
export const MAX_QUEUE_SNAPSHOT_INTERVIEWS = 15_000;
const MAX_QUEUE_SNAPSHOT_INFOS = 5000;

export interface QueueSnapshot {
  version: typeof QUEUE_SNAPSHOT_VERSION;
  /** When the listing was read. */
  loadedAt: number;
  window: QueueWindow;
  /** Look Further Back's window, when one was chosen. */
  lookBackDays?: number;
  interviews: JsonObject[];
  infos: InfoSnapshot[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isDays = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= WINDOW_DAYS.min && v <= WINDOW_DAYS.max;

function windowOf(v: unknown): QueueWindow | undefined {
  if (!isObject(v) || !isTime(v['startMs']) || !isTime(v['endMs']) || !isDays(v['days']) || v['startMs'] > v['endMs']) { return undefined; }
  return { startMs: v['startMs'], endMs: v['endMs'], days: v['days'] };
}

export function takeQueueSnapshot(
  listing: { interviews: readonly ParsedInterview[]; window: QueueWindow; loadedAt: number; lookBackDays?: number; },
  infos: InfoSnapshot[],
): QueueSnapshot {
  return {
    version: QUEUE_SNAPSHOT_VERSION,
    loadedAt: listing.loadedAt,
    window: { ...listing.window },
    ...(listing.lookBackDays !== undefined && { lookBackDays: listing.lookBackDays }),
    interviews: listing.interviews.slice(-MAX_QUEUE_SNAPSHOT_INTERVIEWS).map(interview => interview.raw),
    infos: infos.slice(0, MAX_QUEUE_SNAPSHOT_INFOS),
  };
}

/** The saved queue if its frame is right; undefined otherwise. */
export function parseQueueSnapshot(value: unknown): QueueSnapshot | undefined {
  if (!isObject(value) || value['version'] !== QUEUE_SNAPSHOT_VERSION || !isTime(value['loadedAt'])) { return undefined; }
  const window = windowOf(value['window']);
  const lookBack = value['lookBackDays'];
  if (!window || !Array.isArray(value['interviews']) || (lookBack !== undefined && !isDays(lookBack))) { return undefined; }
  const interviews = (value['interviews'] as unknown[]).slice(0, MAX_QUEUE_SNAPSHOT_INTERVIEWS).filter(isObject) as JsonObject[];
  const infos = Array.isArray(value['infos'])
    ? (value['infos'] as unknown[]).slice(0, MAX_QUEUE_SNAPSHOT_INFOS).map(parseInfoSnapshot).filter((i): i is InfoSnapshot => i !== undefined)
    : [];
  return { version: QUEUE_SNAPSHOT_VERSION, loadedAt: value['loadedAt'], window, lookBackDays: lookBack, interviews, infos };
}

/**
 * A saved listing read back: its frame checked, its interviews through the client's own validator (one that no longer
 * passes is left out), its labels seeded into the directory; undefined when unusable.
 */
export function readSavedQueue(
  value: unknown,
  directory: TenantDirectory,
  log: (line: string) => void,
): (Omit<QueueSnapshot, 'interviews'> & { interviews: ParsedInterview[]; }) | undefined {
  const saved = parseQueueSnapshot(value);
  if (!saved) { return undefined; }
  const { items, invalid } = eachItem(saved.interviews as JsonValue[], 'queue', parseInterview);
  if (invalid.length > 0) { log(`Last-known data: left out ${invalid.length} queue interviews that no longer pass the checks.`); }
  seedInfos(directory, saved.infos);
  directory.knowInterviews(items);
  return { ...saved, interviews: items };
}

/** The labels known for the listing's applications, as saved. */
export function knownInfos(directory: TenantDirectory, interviews: readonly ParsedInterview[]): InfoSnapshot[] {
  const ids = new Set(interviews.map(i => i.application_id).filter((id): id is string => id !== undefined));
  return directory.knownLabels(ids, MAX_QUEUE_SNAPSHOT_INFOS).map(l => ({ ...l, application: l.application?.raw, candidateName: l.candidateName ?? '' }));
}

/** Saved labels into the directory, known without a request; a label the directory has already stays. */
export function seedInfos(directory: TenantDirectory, infos: readonly InfoSnapshot[]): void {
  directory.seedLabels(infos.flatMap(info => {
    if (directory.application(info.applicationId)) { return []; }
    let application: Application | undefined;
    try {
      application = info.application && parseApplication(info.application, 'application');
    } catch {
      application = undefined;
    }
    return [{ ...info, application: application?.id === info.applicationId ? application : undefined }];
  }));
}
