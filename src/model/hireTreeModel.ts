// The tree's state without the VS Code API: roots, per-parent pages, labels' data, names, lookups.
import { setMaxListeners } from 'node:events';
import { FeishuError, humanMessage } from '../feishu/errors';
import { MAX_INTERVIEW_PAGE_SIZE, type HireApi } from '../feishu/hireApi';
import { PageWalk } from '../feishu/pager';
import { raceSignal } from '../feishu/raceSignal';
import type { Translate } from '../feishu/translate';
import type { Application, InvalidItem, ListApplicationsFilter, UserIdType } from '../feishu/types';
import { eachItem, parseApplication, parseInterview, ShapeError, type ParsedInterview } from '../feishu/validate';
import { ChildPages } from './childPages';
import {
  applicationNodeId, interviewNodeId, isDescendantId, parentIdOf, recordNodeId,
  type ApplicationNode, type HireNode, type InterviewNode, type MessageAction, type MessageNode, type RecordNode, type RootKind,
} from './hireNode';
import { pickI18n } from './format';
import { InterviewNames, NAMES_ENDPOINT } from './interviewNames';
import { ChangeEvent } from './changeEvent';
import { MAX_PINNED_APPLICATIONS, withPinned } from './pinnedList';
import {
  interviewListParent, MAX_SNAPSHOT_APPLICATIONS, MAX_SNAPSHOT_INFOS, MAX_SNAPSHOT_INTERVIEW_LISTS, MAX_SNAPSHOT_INTERVIEWS,
  MAX_SNAPSHOT_INTERVIEWS_PER_APPLICATION, parseTreeSnapshot, TREE_SNAPSHOT_VERSION,
  type InfoSnapshot, type ListSnapshot, type NamesSnapshot, type TreeSnapshot,
} from './treeSnapshot';

const idOfInterview = (interview: ParsedInterview): string => interview.id;

export interface PinnedStore {
  get(): readonly string[];
  set(ids: readonly string[]): Promise<void>;
}

export interface HireTreeModelDeps {
  /** Undefined while signed out: the roots are then empty so the welcome view shows. */
  api: () => HireApi | undefined;
  pageSize: () => number;
  userIdType: () => UserIdType;
  lang: () => 'zh' | 'en';
  pinned: PinnedStore;
  t: Translate;
  now?: () => number;
  /** Lines for the output channel: what the model dropped or worked around. */
  log?: (line: string) => void;
}

interface ApplicationInfo {
  application?: Application;
  candidateName?: string;
  jobTitle?: string;
  error?: FeishuError;
  loading?: Promise<void>;
}

const APPLICATIONS_PAGE_SIZE = 50;

export class HireTreeModel {
  private readonly nodes = new Map<string, HireNode>();
  private applicationPages: ChildPages<string> | undefined;
  private readonly interviewPages = new Map<string, ChildPages<ParsedInterview>>();
  private readonly infos = new Map<string, ApplicationInfo>();
  private readonly jobTitles = new Map<string, Promise<string | undefined>>();
  private readonly talentNames = new Map<string, Promise<string | undefined>>();
  private readonly names = new Map<string, InterviewNames>();
  private successorRefused: FeishuError | undefined;
  private filterValue: ListApplicationsFilter = {};
  private restoredFrom: number | undefined;
  /** Aborts enrichment requests (details, names) when the user signs out or refreshes. */
  private background = backgroundController();

  private readonly changed = new ChangeEvent<HireNode | undefined>();
  /** A node's children or label changed; undefined means the whole tree. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly deps: HireTreeModelDeps) {}

  get filter(): ListApplicationsFilter {
    return this.filterValue;
  }

  get namesUnavailable(): FeishuError | undefined {
    return this.successorRefused;
  }

  /** When the shown data was loaded, while it comes from last-known data ("as of …"); cleared by a successful Refresh. */
  get restoredAt(): number | undefined {
    return this.restoredFrom;
  }

  node(id: string): HireNode | undefined {
    return this.nodes.get(id);
  }

  parent(node: HireNode): HireNode | undefined {
    const id = parentIdOf(node);
    return id === undefined ? undefined : this.nodes.get(id);
  }

  roots(): HireNode[] {
    if (!this.deps.api()) { return []; }
    return (['pinned', 'all'] as const).map(root => this.remember({ kind: 'root', id: root, root }));
  }

  /** Children as loaded so far, fetching the first page of a node on its first expansion. */
  async children(node: HireNode): Promise<HireNode[]> {
    const api = this.deps.api();
    if (!api) { return []; }
    switch (node.kind) {
      case 'root': return node.root === 'pinned' ? this.pinnedChildren() : this.allApplicationsChildren(api);
      case 'application': return this.interviewChildren(api, node);
      case 'interview': return this.recordChildren(node);
      default: return [];
    }
  }

  /** "Load more…" on a node: appends its next page (one shared request while loading). */
  loadMore(parentId: string): Promise<void> {
    const pages = parentId === 'all' ? this.applicationPages : this.interviewPages.get(parentId);
    return pages ? pages.loadMore() : Promise.resolve();
  }

  isLoading(parentId: string): boolean {
    const pages = parentId === 'all' ? this.applicationPages : this.interviewPages.get(parentId);
    return pages?.isLoading ?? false;
  }

  /** The node collapsed: stop its request, append nothing later. */
  cancel(nodeId: string): void {
    if (nodeId === 'all') { this.applicationPages?.cancel(); }
    for (const [id, pages] of this.interviewPages) {
      if (id === nodeId || isDescendantId(nodeId, id)) { pages.cancel(); }
    }
  }

  /** Refresh: every list starts again from its first page; failures keep the old items, marked stale. */
  async reloadAll(): Promise<void> {
    this.background.abort();
    this.background = backgroundController();
    this.infos.clear();
    this.jobTitles.clear();
    this.talentNames.clear();
    this.names.clear();
    const reloads: Promise<void>[] = [];
    if (this.applicationPages?.hasStarted) { reloads.push(this.applicationPages.reload()); }
    for (const pages of this.interviewPages.values()) {
      if (pages.hasStarted) { reloads.push(pages.reload()); }
    }
    this.changed.fire(undefined);
    await Promise.all(reloads);
    if (this.restoredFrom !== undefined && this.everyListFresh()) {
      this.restoredFrom = undefined;
      this.changed.fire(undefined);
    }
  }

  private everyListFresh(): boolean {
    return [this.applicationPages, ...this.interviewPages.values()].every(pages => !pages || (!pages.error && !pages.stale));
  }

  /** Sign-out, new credentials, new base URL: cancel everything and forget every loaded page. */
  reset(): void {
    this.forgetAll();
    this.changed.fire(undefined);
  }

  private forgetAll(): void {
    this.background.abort();
    this.background = backgroundController();
    this.applicationPages?.cancel();
    this.applicationPages = undefined;
    for (const pages of this.interviewPages.values()) { pages.cancel(); }
    this.interviewPages.clear();
    this.infos.clear();
    this.jobTitles.clear();
    this.talentNames.clear();
    this.names.clear();
    this.nodes.clear();
    this.successorRefused = undefined;
    this.restoredFrom = undefined;
  }

  /**
   * What the tree has loaded, as plain JSON-able data (last-known data). Bounded: lists beyond the limits in
   * treeSnapshot.ts stop at a page end and are saved not done, so Load more fetches on from there.
   */
  snapshot(): TreeSnapshot {
    const lists: ListSnapshot[] = [];
    const all = this.applicationPages?.state(MAX_SNAPSHOT_APPLICATIONS);
    if (all) { lists.push({ parentId: 'all', ...all }); }
    const saved = new Map<string, { interviewIds: Set<string>; recordIds: Set<string> }>();
    let budget = MAX_SNAPSHOT_INTERVIEWS;
    // The most recently loaded first: the budget keeps what the user looked at last.
    const byRecency = [...this.interviewPages].sort(([, a], [, b]) => (b.loadedAt ?? 0) - (a.loadedAt ?? 0));
    for (const [parentId, pages] of byRecency) {
      const parent = interviewListParent(parentId);
      const state = parent && lists.length <= MAX_SNAPSHOT_INTERVIEW_LISTS ? pages.state(Math.min(MAX_SNAPSHOT_INTERVIEWS_PER_APPLICATION, budget)) : undefined;
      if (!parent || !state) { continue; }
      budget -= state.items.length + state.invalid.length;
      const ids = saved.get(parent.applicationId) ?? { interviewIds: new Set<string>(), recordIds: new Set<string>() };
      saved.set(parent.applicationId, ids);
      for (const interview of state.items) {
        ids.interviewIds.add(interview.id);
        for (const record of interview.interview_record_list) { ids.recordIds.add(record.id); }
      }
      lists.push({ parentId, ...state, items: state.items.map(interview => interview.raw) });
    }
    const names: NamesSnapshot[] = [];
    for (const [applicationId, ids] of saved) {
      const known = this.names.get(applicationId);
      if (!known) { continue; }
      const state = known.seenCount <= MAX_SNAPSHOT_INTERVIEWS_PER_APPLICATION ? known.state() : known.state(ids);
      names.push({ applicationId, ...state });
    }
    return {
      version: TREE_SNAPSHOT_VERSION,
      takenAt: (this.deps.now ?? Date.now)(),
      filter: { ...this.filterValue },
      lists,
      infos: this.infoSnapshots(lists),
      names,
      namesRefused: this.successorRefused && { code: this.successorRefused.code, msg: this.successorRefused.msg },
    };
  }

  /** Label data of the pinned applications and of those the saved lists show, settled ones only. */
  private infoSnapshots(lists: readonly ListSnapshot[]): InfoSnapshot[] {
    const ids = new Set<string>(this.deps.pinned.get());
    for (const list of lists) {
      const parent = interviewListParent(list.parentId);
      if (parent) { ids.add(parent.applicationId); }
    }
    for (const item of lists.find(list => list.parentId === 'all')?.items ?? []) {
      if (typeof item === 'string') { ids.add(item); }
    }
    const infos: InfoSnapshot[] = [];
    for (const applicationId of ids) {
      const info = this.infos.get(applicationId);
      if (infos.length >= MAX_SNAPSHOT_INFOS) { break; }
      // A failed lookup is saved as settled without a name: the label stays the ID until a refresh, as it was.
      if (!info || info.loading || (info.candidateName === undefined && !info.error)) { continue; }
      infos.push({ applicationId, application: info.application?.raw, candidateName: info.candidateName ?? '', jobTitle: info.jobTitle });
    }
    return infos;
  }

  /**
   * Shows a snapshot (from `snapshot()`, possibly from disk: checked, wrong entries dropped) as if just loaded:
   * no request until a node not in it is expanded, Load more (from the saved token) or Refresh. Replaces what
   * the model held. False when signed out or when the snapshot is unusable or empty.
   */
  restore(value: unknown): boolean {
    const snapshot = parseTreeSnapshot(value);
    const api = this.deps.api();
    if (!snapshot || !api || (snapshot.lists.length === 0 && snapshot.infos.length === 0)) { return false; }
    this.forgetAll();
    this.filterValue = snapshot.filter;
    for (const info of snapshot.infos) {
      const application = info.application && this.parsedOrLogged(() => parseApplication(info.application ?? null, 'application'), info.applicationId);
      this.infos.set(info.applicationId, {
        application: application?.id === info.applicationId ? application : undefined,
        candidateName: info.candidateName, jobTitle: info.jobTitle,
      });
    }
    let oldest = Number.POSITIVE_INFINITY;
    for (const list of snapshot.lists) {
      const state = { invalid: list.invalid, nextToken: list.nextToken, done: list.done, loadedAt: list.loadedAt };
      const parent = interviewListParent(list.parentId);
      if (parent) {
        const { items, invalid } = eachItem(list.items, list.parentId, parseInterview);
        if (invalid.length > 0) { this.deps.log?.(`Last-known data: left out ${invalid.length} interviews of ${list.parentId} that no longer pass the checks.`); }
        this.interviewPagesOf(api, this.applicationNode(parent.root, parent.applicationId)).seed({ ...state, items });
      } else {
        this.applicationPagesOf(api).seed({ ...state, items: list.items.filter((id): id is string => typeof id === 'string') });
      }
      oldest = Math.min(oldest, list.loadedAt);
    }
    for (const names of snapshot.names) {
      this.namesOf(api, names.applicationId).seed({ ...names, nextToken: names.nextToken });
    }
    if (snapshot.namesRefused) {
      this.successorRefused = new FeishuError({ kind: 'api', endpoint: NAMES_ENDPOINT, ...snapshot.namesRefused });
    }
    this.restoredFrom = Number.isFinite(oldest) ? oldest : snapshot.takenAt;
    this.changed.fire(undefined);
    return true;
  }

  private parsedOrLogged<T>(parse: () => T, what: string): T | undefined {
    try {
      return parse();
    } catch (e) {
      if (!(e instanceof ShapeError)) { throw e; }
      this.deps.log?.(`Last-known data: left out the details of ${what}: ${e.message}`);
      return undefined;
    }
  }

  setFilter(filter: ListApplicationsFilter): void {
    this.filterValue = filter;
    this.applicationPages?.cancel();
    this.applicationPages = undefined;
    const all = this.nodes.get('all');
    this.changed.fire(all);
  }

  pinnedIds(): readonly string[] {
    return this.deps.pinned.get();
  }

  /** Pinned under the ID the user asked for, whatever ID the reply carries; refused when the list is full. */
  async pin(application: Application, applicationId = application.id): Promise<ApplicationNode> {
    const current = this.deps.pinned.get();
    const ids = withPinned(current, applicationId);
    if (!ids) { throw new Error(this.deps.t('{0} applications are looked up already: unpin one, then look up again.', MAX_PINNED_APPLICATIONS)); }
    this.infos.set(applicationId, { ...this.infos.get(applicationId), application });
    void this.enrich(applicationId);
    if (ids !== current) { await this.deps.pinned.set(ids); }
    this.changed.fire(this.nodes.get('pinned'));
    return this.applicationNode('pinned', applicationId);
  }

  async unpin(applicationId: string): Promise<void> {
    await this.deps.pinned.set(this.deps.pinned.get().filter(id => id !== applicationId));
    this.cancel(applicationNodeId('pinned', applicationId));
    this.interviewPages.delete(applicationNodeId('pinned', applicationId));
    this.changed.fire(this.nodes.get('pinned'));
  }

  /**
   * The node of an application under a root, created if its parent has not been expanded yet.
   * Updated in place: VS Code matches fired elements by object, so a label change must fire the same one.
   */
  applicationNode(root: RootKind, applicationId: string): ApplicationNode {
    const id = applicationNodeId(root, applicationId);
    const info = this.infos.get(applicationId);
    const existing = this.nodes.get(id);
    const node: ApplicationNode = existing?.kind === 'application' ? existing : { kind: 'application', id, root, applicationId };
    node.application = info?.application;
    node.candidateName = info?.candidateName || undefined;
    node.jobTitle = info?.jobTitle;
    return this.remember(node);
  }

  /**
   * Pages through an application's interviews until one is found (for reveal); undefined when absent or
   * the chain broke. On abort it stops waiting (a cancelled error); the tree keeps the pages loaded so far.
   */
  async findInterview(applicationNode: ApplicationNode, interviewId: string, signal?: AbortSignal): Promise<InterviewNode | undefined> {
    const api = this.deps.api();
    if (!api) { return undefined; }
    const pages = this.interviewPagesOf(api, applicationNode);
    await raceSignal(pages.ensureFirstPage(), signal);
    for (;;) {
      const interview = pages.items.find(i => i.id === interviewId);
      if (interview) { return this.interviewNode(applicationNode, interview); }
      if (pages.done || pages.error) { return undefined; }
      await raceSignal(pages.loadMore(), signal);
    }
  }

  /** Reads an interview afresh from the service (Refresh in the details panel), leaving the tree's pages alone. */
  async fetchInterview(applicationId: string, interviewId: string, signal?: AbortSignal): Promise<ParsedInterview | undefined> {
    const api = this.deps.api();
    if (!api) { return undefined; }
    const walk = new PageWalk<ParsedInterview>(
      (pageToken, s) => api.listInterviews(applicationId, { pageToken, pageSize: MAX_INTERVIEW_PAGE_SIZE, userIdType: this.deps.userIdType(), signal: s }),
      `/open-apis/hire/v1/applications/${applicationId}/interviews`, idOfInterview);
    while (!walk.done) {
      const found = (await walk.step(signal)).items.find(i => i.id === interviewId);
      if (found) { return found; }
    }
    return undefined;
  }

  recordNode(interviewNode: InterviewNode, recordId: string): RecordNode | undefined {
    const record = interviewNode.interview.interview_record_list.find(r => r.id === recordId);
    return record && this.makeRecordNode(interviewNode, record);
  }

  private remember<T extends HireNode>(node: T): T {
    this.nodes.set(node.id, node);
    return node;
  }

  private pinnedChildren(): HireNode[] {
    const ids = [...new Set(this.deps.pinned.get())];
    if (ids.length === 0) {
      return [this.message('pinned', 'empty', 'info', this.deps.t('No looked-up applications yet. Use "Look Up Application…" in the title bar.'))];
    }
    return ids.map(id => {
      void this.enrich(id);
      return this.applicationNode('pinned', id);
    });
  }

  private async allApplicationsChildren(api: HireApi): Promise<HireNode[]> {
    const pages = this.applicationPagesOf(api);
    await pages.ensureFirstPage();
    const nodes: HireNode[] = pages.items.map(id => {
      void this.enrich(id);
      return this.applicationNode('all', id);
    });
    return this.withPagingNodes('all', pages, nodes, this.deps.t('No applications match the current filter.'));
  }

  private applicationPagesOf(api: HireApi): ChildPages<string> {
    if (!this.applicationPages) {
      const filter = this.filterValue;
      this.applicationPages = new ChildPages<string>(
        (pageToken, signal) => api.listApplications(filter, { pageToken, pageSize: APPLICATIONS_PAGE_SIZE, signal }),
        '/open-apis/hire/v1/applications',
        () => this.changed.fire(this.nodes.get('all')),
        this.deps.now, id => id, this.deps.log,
      );
    }
    return this.applicationPages;
  }

  private interviewPagesOf(api: HireApi, node: ApplicationNode): ChildPages<ParsedInterview> {
    let pages = this.interviewPages.get(node.id);
    if (!pages) {
      const applicationId = node.applicationId;
      pages = new ChildPages<ParsedInterview>(
        (pageToken, signal) => api.listInterviews(applicationId, {
          pageToken, pageSize: this.deps.pageSize(), userIdType: this.deps.userIdType(), signal,
        }),
        `/open-apis/hire/v1/applications/${applicationId}/interviews`,
        () => this.changed.fire(this.nodes.get(node.id)),
        this.deps.now, idOfInterview, this.deps.log,
      );
      this.interviewPages.set(node.id, pages);
    }
    return pages;
  }

  private async interviewChildren(api: HireApi, node: ApplicationNode): Promise<HireNode[]> {
    const pages = this.interviewPagesOf(api, node);
    await pages.ensureFirstPage();
    // Names arrive after the first paint: the seed page alone decides how fast interviews show.
    void this.fetchNames(api, node, pages.items.map(i => i.id));
    const nodes: HireNode[] = pages.items.map(interview => this.interviewNode(node, interview));
    return this.withPagingNodes(node.id, pages, nodes, this.deps.t('No interviews'));
  }

  private interviewNode(parent: ApplicationNode, interview: ParsedInterview): InterviewNode {
    const stage = pickI18n(this.names.get(parent.applicationId)?.stage(interview.id) ?? interview.stage?.name, this.deps.lang());
    return this.remember({
      kind: 'interview', id: interviewNodeId(parent.id, interview.id), parentId: parent.id,
      applicationId: parent.applicationId, interview, stageName: stage,
    });
  }

  private recordChildren(node: InterviewNode): HireNode[] {
    const seen = new Set<string>();
    const records = node.interview.interview_record_list.filter(record => {
      if (!seen.has(record.id)) { seen.add(record.id); return true; }
      this.deps.log?.(`Dropped record ${record.id} of interview ${node.interview.id}: the reply listed it twice.`);
      return false;
    });
    const nodes: HireNode[] = records.map(record => this.makeRecordNode(node, record));
    nodes.push(...this.invalidNodes(node.id, node.interview.invalidRecords));
    if (nodes.length === 0) {
      nodes.push(this.message(node.id, 'empty', 'info', this.deps.t('No interviewer records')));
    }
    return nodes;
  }

  private makeRecordNode(parent: InterviewNode, record: ParsedInterview['interview_record_list'][number]): RecordNode {
    const name = pickI18n(this.names.get(parent.applicationId)?.interviewer(record.id) ?? record.interviewer?.name, this.deps.lang());
    return this.remember({
      kind: 'record', id: recordNodeId(parent.id, record.id), parentId: parent.id,
      applicationId: parent.applicationId, interview: parent.interview, record, interviewerName: name,
    });
  }

  /** Items, then invalid items, then an error with Retry, then "Load more…" while more pages exist. */
  private withPagingNodes<T>(parentId: string, pages: ChildPages<T>, nodes: HireNode[], emptyText: string): HireNode[] {
    nodes.push(...this.invalidNodes(parentId, pages.invalid));
    if (pages.error) {
      nodes.push(this.errorNode(parentId, pages.error, pages.stale));
    }
    if (!pages.done && !pages.error) {
      nodes.push(this.remember({ kind: 'loadMore', id: `${parentId}/more`, parentId, loading: pages.isLoading, loaded: pages.items.length }));
    }
    if (nodes.length === 0) {
      nodes.push(this.message(parentId, 'empty', 'info', emptyText));
    }
    return nodes;
  }

  /** Numbered by position among the parent's invalid items: an item's index repeats from page to page. */
  private invalidNodes(parentId: string, invalid: readonly InvalidItem[]): HireNode[] {
    return invalid.map((item, position) => this.remember({ kind: 'invalid', id: `${parentId}/invalid/${position}`, parentId, reason: item.reason, raw: item.raw }));
  }

  private errorNode(parentId: string, error: FeishuError, stale: boolean): MessageNode {
    const t = this.deps.t;
    let action: MessageAction = 'retry';
    // Switching between Feishu and Lark is part of Set Credentials.
    if (error.isCredentialProblem || error.code === 99991663 || error.code === 1000040351) { action = 'setCredentials'; }
    if (error.kind === 'config') { action = 'openSettings'; }
    const text = error.kind === 'paging'
      ? t('Paging stopped: the service sent a broken page chain')
      : stale ? t('Refresh failed, showing earlier data: {0}', shortError(error, t)) : shortError(error, t);
    return this.message(parentId, 'error', error.kind === 'paging' ? 'warning' : 'error', text, humanMessage(error, t), action, error);
  }

  private message(parentId: string, key: string, severity: MessageNode['severity'], text: string, detail?: string, action?: MessageAction, error?: FeishuError): MessageNode {
    return this.remember({ kind: 'message', id: `${parentId}/msg/${key}`, parentId, severity, text, detail, action, error });
  }

  private async fetchNames(api: HireApi, node: ApplicationNode, interviewIds: string[]): Promise<void> {
    if (this.successorRefused || interviewIds.length === 0) { return; }
    if (await this.namesOf(api, node.applicationId).ensure(interviewIds, this.background.signal)) {
      this.changedApplication(node.applicationId);
    }
  }

  private namesOf(api: HireApi, applicationId: string): InterviewNames {
    let names = this.names.get(applicationId);
    if (!names) {
      names = new InterviewNames(api, applicationId, this.deps.userIdType, e => { this.successorRefused = e; });
      this.names.set(applicationId, names);
    }
    return names;
  }

  /**
   * Interviewer names of one interview from the successor endpoint, read now if the tree has not yet (the details
   * panel restored after a reload). Names are optional: a refusal leaves the IDs.
   */
  async interviewerNames(applicationId: string, interviewId: string, signal?: AbortSignal): Promise<(recordId: string) => string | undefined> {
    const api = this.deps.api();
    if (api && !this.successorRefused) {
      await this.namesOf(api, applicationId).ensure([interviewId], signal).catch(() => false);
    }
    const names = this.names.get(applicationId);
    return recordId => pickI18n(names?.interviewer(recordId), this.deps.lang());
  }

  /** Label data for an application: detail, candidate name, job title. Failures leave the ID as the label. */
  private enrich(applicationId: string): Promise<void> {
    const api = this.deps.api();
    const existing = this.infos.get(applicationId);
    if (!api || existing?.loading || existing?.candidateName !== undefined || existing?.error) { return existing?.loading ?? Promise.resolve(); }
    const signal = this.background.signal;
    const info: ApplicationInfo = existing ?? {};
    this.infos.set(applicationId, info);
    const loading = (async () => {
      try {
        const application = info.application ?? await api.getApplication(applicationId, signal);
        info.application = application;
        const [talent, jobTitle] = await Promise.all([
          application.talent_id ? this.talentName(api, application.talent_id, signal) : undefined,
          application.job_id ? this.jobTitle(api, application.job_id, signal) : undefined,
        ]);
        info.candidateName = talent ?? '';
        info.jobTitle = jobTitle;
      } catch (e) {
        if (e instanceof FeishuError && e.kind === 'cancelled') { this.infos.delete(applicationId); return; }
        info.error = e instanceof FeishuError ? e : undefined;
      } finally {
        info.loading = undefined;
      }
      if (!signal.aborted) { this.changedApplication(applicationId, true); }
    })();
    info.loading = loading;
    return loading;
  }

  /** One request per job, shared by all its applications. */
  private jobTitle(api: HireApi, jobId: string, signal: AbortSignal): Promise<string | undefined> {
    return cached(this.jobTitles, jobId, () => api.getJob(jobId, signal).then(job => job.title, () => undefined));
  }

  /** One request per talent, shared by all their applications. */
  private talentName(api: HireApi, talentId: string, signal: AbortSignal): Promise<string | undefined> {
    return cached(this.talentNames, talentId, () => api.getTalent(talentId, signal).then(talent => talent.name, () => undefined));
  }

  /** Fires for the application's nodes under both roots (their labels, or their children). */
  private changedApplication(applicationId: string, label = false): void {
    for (const root of ['pinned', 'all'] as const) {
      const id = applicationNodeId(root, applicationId);
      const node = this.nodes.get(id);
      if (node) {
        if (label) { this.applicationNode(root, applicationId); }
        this.changed.fire(node);
      }
    }
  }

  infoOf(applicationId: string): Readonly<ApplicationInfo> | undefined {
    return this.infos.get(applicationId);
  }
}

function cached<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    value = load();
    cache.set(key, value);
  }
  return value;
}

/** One signal shared by every label and name request: many listeners at once are expected, not a leak. */
function backgroundController(): AbortController {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}

function shortError(error: FeishuError, t: Translate): string {
  if (error.code !== undefined) { return t('Feishu {0}: {1}', error.code, error.msg ?? ''); }
  switch (error.kind) {
    case 'timeout': return t('Request timed out');
    case 'network': return t('Cannot reach the server');
    case 'badResponse': return t('Unexpected reply from the server');
    case 'http': return t('HTTP error {0}', error.httpStatus ?? '?');
    default: return humanMessage(error, t);
  }
}
