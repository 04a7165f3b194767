// What the tree has loaded, as plain JSON-able data for last-known data, and the way back: lists from the tree's
// pages, labels and names from the connection's directory. Bounded: lists beyond the limits in treeSnapshot.ts
// stop at a page end and are saved not done, so Load more fetches on from there.
import { FeishuError } from '../../feishu/errors';
import type { Application, ListApplicationsFilter } from '../../feishu/types';
import { eachItem, parseApplication, parseInterview, ShapeError, type ParsedInterview } from '../../feishu/validate';
import { NAMES_ENDPOINT } from '../directory/interviewNames';
import type { KnownLabel, TenantDirectory } from '../directory/tenantDirectory';
import type { ChildPages, PagesState } from './childPages';
import type { RootKind } from './nodeId';
import {
  interviewListParent,
  MAX_SNAPSHOT_APPLICATIONS,
  MAX_SNAPSHOT_INFOS,
  MAX_SNAPSHOT_INTERVIEW_LISTS,
  MAX_SNAPSHOT_INTERVIEWS,
  MAX_SNAPSHOT_INTERVIEWS_PER_APPLICATION,
  parseTreeSnapshot,
  TREE_SNAPSHOT_VERSION,
  type ListSnapshot,
  type NamesSnapshot,
  type TreeSnapshot,
} from './treeSnapshot';

export interface TreeLists {
  applications: ChildPages<string> | undefined;
  /** By application node id. */
  interviews: ReadonlyMap<string, ChildPages<ParsedInterview>>;
}

export function takeSnapshot(
  lists: TreeLists,
  directory: TenantDirectory,
  context: { pinned: readonly string[]; filter: ListApplicationsFilter; now: number; },
): TreeSnapshot {
  const saved: ListSnapshot[] = [];
  const all = lists.applications?.state(MAX_SNAPSHOT_APPLICATIONS);
  if (all) { saved.push({ parentId: 'all', ...all }); }
  const shown = new Map<string, { interviewIds: Set<string>; recordIds: Set<string>; }>();
  let budget = MAX_SNAPSHOT_INTERVIEWS;
  // The most recently loaded first: the budget keeps what the user looked at last.
  const byRecency = [...lists.interviews].sort(([, a], [, b]) => (b.loadedAt ?? 0) - (a.loadedAt ?? 0));
  for (const [parentId, pages] of byRecency) {
    const parent = interviewListParent(parentId);
    const state = parent && saved.length <= MAX_SNAPSHOT_INTERVIEW_LISTS ? pages.state(Math.min(MAX_SNAPSHOT_INTERVIEWS_PER_APPLICATION, budget)) : undefined;
    if (!parent || !state) { continue; }
    budget -= state.items.length + state.invalid.length;
    const ids = shown.get(parent.applicationId) ?? { interviewIds: new Set<string>(), recordIds: new Set<string>() };
    shown.set(parent.applicationId, ids);
    for (const interview of state.items) {
      ids.interviewIds.add(interview.id);
      for (const record of interview.interview_record_list) { ids.recordIds.add(record.id); }
    }
    saved.push({ parentId, ...state, items: state.items.map(interview => interview.raw) });
  }
  const names: NamesSnapshot[] = [];
  for (const [applicationId, ids] of shown) {
    const state = directory.namesState(applicationId, ids, MAX_SNAPSHOT_INTERVIEWS_PER_APPLICATION);
    if (state) { names.push({ applicationId, ...state }); }
  }
  const refused = directory.namesRefused;
  return {
    version: TREE_SNAPSHOT_VERSION,
    takenAt: context.now,
    filter: { ...context.filter },
    lists: saved,
    infos: directory.knownLabels(labelledIds(saved, context.pinned), MAX_SNAPSHOT_INFOS).map(label => ({
      ...label,
      application: label.application?.raw,
      candidateName: label.candidateName ?? '',
    })),
    names,
    namesRefused: refused && { code: refused.code, msg: refused.msg },
  };
}

/** The pinned applications and those the saved lists show. */
function labelledIds(lists: readonly ListSnapshot[], pinned: readonly string[]): Set<string> {
  const ids = new Set<string>(pinned);
  for (const list of lists) {
    const parent = interviewListParent(list.parentId);
    if (parent) { ids.add(parent.applicationId); }
  }
  for (const item of lists.find(list => list.parentId === 'all')?.items ?? []) {
    if (typeof item === 'string') { ids.add(item); }
  }
  return ids;
}

/** A snapshot read back, checked: what the tree seeds its pages with. */
export interface RestoredTree {
  filter: ListApplicationsFilter;
  applications?: PagesState<string>;
  interviews: Array<{ root: RootKind; applicationId: string; state: PagesState<ParsedInterview>; }>;
  /** When the oldest list was loaded: the data is "as of" then. */
  asOf: number;
}

/**
 * Checks a snapshot (possibly from disk: wrong entries dropped), seeds the directory with its labels and names and
 * returns the lists; undefined when it is unusable or empty.
 */
export function restoreSnapshot(value: unknown, directory: TenantDirectory, log?: (line: string) => void): RestoredTree | undefined {
  const snapshot = parseTreeSnapshot(value);
  if (!snapshot || (snapshot.lists.length === 0 && snapshot.infos.length === 0)) { return undefined; }
  const labels: KnownLabel[] = snapshot.infos.map(info => {
    const application = info.application && parsedOrLogged(() => parseApplication(info.application ?? null, 'application'), info.applicationId, log);
    return {
      applicationId: info.applicationId,
      candidateName: info.candidateName,
      jobTitle: info.jobTitle,
      application: application?.id === info.applicationId ? application : undefined,
    };
  });
  directory.seedLabels(labels);
  const restored: RestoredTree = { filter: snapshot.filter, interviews: [], asOf: snapshot.takenAt };
  let oldest = Number.POSITIVE_INFINITY;
  for (const list of snapshot.lists) {
    const state = { invalid: list.invalid, nextToken: list.nextToken, done: list.done, loadedAt: list.loadedAt };
    const parent = interviewListParent(list.parentId);
    if (parent) {
      const { items, invalid } = eachItem(list.items, list.parentId, parseInterview);
      if (invalid.length > 0) { log?.(`Last-known data: left out ${invalid.length} interviews of ${list.parentId} that no longer pass the checks.`); }
      restored.interviews.push({ ...parent, state: { ...state, items } });
    } else {
      restored.applications = { ...state, items: list.items.filter((id): id is string => typeof id === 'string') };
    }
    oldest = Math.min(oldest, list.loadedAt);
  }
  for (const names of snapshot.names) {
    directory.seedNames(names.applicationId, { ...names, nextToken: names.nextToken });
  }
  if (snapshot.namesRefused) {
    directory.seedNamesRefused(new FeishuError({ kind: 'api', endpoint: NAMES_ENDPOINT, ...snapshot.namesRefused }));
  }
  if (Number.isFinite(oldest)) { restored.asOf = oldest; }
  return restored;
}

function parsedOrLogged(parse: () => Application, what: string, log?: (line: string) => void): Application | undefined {
  try {
    return parse();
  } catch (e) {
    if (!(e instanceof ShapeError)) { throw e; }
    log?.(`Last-known data: left out the details of ${what}: ${e.message}`);
    return undefined;
  }
}
