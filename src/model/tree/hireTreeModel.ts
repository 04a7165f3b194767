// The main tree's state without the VS Code API: roots and per-parent pages, bound to one connection at a time.
// Labels and names come from the connection's directory; the nodes are remembered by id for commands and reveal.
import type { Translate } from '../../feishu/translate';
import type { Application, ListApplicationsFilter } from '../../feishu/types';
import type { ParsedInterview } from '../../feishu/validate';
import type { HireConnection } from '../connection/hireConnection';
import { ChangeEvent, type Subscription } from '../changeEvent';
import { APPLICATION_INTERVIEWS_BUDGET } from '../walkBudgets';
import { ChildPages } from './childPages';
import { MAX_PINNED_APPLICATIONS, withPinned } from './pinnedList';
import type { ApplicationNode, HireNode, InterviewNode, RecordNode } from './hireNode';
import { parentIdOf } from './hireNode';
import { applicationNodeId, isDescendantId, type RootKind } from './nodeId';
import { takeSnapshot, restoreSnapshot } from './treeMemory';
import type { TreeSnapshot } from './treeSnapshot';
import { interviewNodeOf, recordChildrenOf, recordNodeOf, type Naming } from './interviewNodes';
import { messageNode, withPagingNodes } from './treeNodes';

const idOfInterview = (interview: ParsedInterview): string => interview.id;

export interface HireTreeModelDeps {
  pageSize: () => number;
  lang: () => 'zh' | 'en';
  t: Translate;
  now?: () => number;
  /** Lines for the output channel: what the model dropped or worked around. */
  log?: (line: string) => void;
}

const APPLICATIONS_PAGE_SIZE = 50;
const LABEL_FLUSH_MS = 50;

export class HireTreeModel {
  private connectionValue: HireConnection | undefined;
  private directorySubscription: Subscription | undefined;
  private readonly nodes = new Map<string, HireNode>();
  private applicationPages: ChildPages<string> | undefined;
  private readonly interviewPages = new Map<string, ChildPages<ParsedInterview>>();
  private filterValue: ListApplicationsFilter = {};
  private restoredFrom: number | undefined;

  private readonly changed = new ChangeEvent<HireNode | HireNode[] | undefined>();
  /** Nodes whose children or label changed; undefined means the whole tree. */
  readonly onDidChange = this.changed.event;
  /** Applications whose labels settled since the last flush: one change for all of them, not one each. */
  private readonly settledLabels = new Set<string>();
  private labelFlush: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly deps: HireTreeModelDeps, connection?: HireConnection) {
    this.bind(connection);
  }

  /** The connection the tree shows; undefined while signed out (the roots are then empty so the welcome view shows). */
  get connection(): HireConnection | undefined {
    return this.connectionValue;
  }

  get filter(): ListApplicationsFilter {
    return this.filterValue;
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
    if (!this.connectionValue) { return []; }
    return (['pinned', 'all'] as const).map(root => this.remember({ kind: 'root', id: root, root }));
  }

  /** Children as loaded so far, fetching the first page of a node on its first expansion. */
  async children(node: HireNode): Promise<HireNode[]> {
    const connection = this.connectionValue;
    if (!connection) { return []; }
    switch (node.kind) {
      case 'root':
        return node.root === 'pinned' ? this.pinnedChildren() : this.allApplicationsChildren(connection);
      case 'application':
        return this.interviewChildren(connection, node);
      case 'interview':
        return recordChildrenOf(this.naming(), node);
      default:
        return [];
    }
  }

  /** "Load more…" on a node: appends its next page (one shared request while loading). */
  loadMore(parentId: string): Promise<void> {
    return this.pagesOf(parentId)?.loadMore() ?? Promise.resolve();
  }

  isLoading(parentId: string): boolean {
    return this.pagesOf(parentId)?.isLoading ?? false;
  }

  private pagesOf(parentId: string): ChildPages<string> | ChildPages<ParsedInterview> | undefined {
    return parentId === 'all' ? this.applicationPages : this.interviewPages.get(parentId);
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
    this.connectionValue?.directory.retryFailures();
    const reloads: Promise<void>[] = [];
    for (const pages of [this.applicationPages, ...this.interviewPages.values()]) {
      if (pages?.hasStarted) { reloads.push(pages.reload()); }
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

  /** Another connection (sign-in, switch, sample mode, settings) or none: cancel everything, forget every page. */
  reset(connection: HireConnection | undefined): void {
    this.forgetAll();
    this.bind(connection);
    this.changed.fire(undefined);
  }

  private bind(connection: HireConnection | undefined): void {
    this.directorySubscription?.dispose();
    this.connectionValue = connection;
    this.directorySubscription = connection?.directory.onDidChangeApplication(id => this.labelSettled(id));
  }

  /** Labels settle in bursts (a queue refresh names dozens of applications): the rows that show them change together. */
  private labelSettled(applicationId: string): void {
    this.settledLabels.add(applicationId);
    this.labelFlush ??= setTimeout(() => {
      this.labelFlush = undefined;
      const changed: HireNode[] = [];
      for (const id of this.settledLabels) {
        for (const root of ['pinned', 'all'] as const) {
          const node = this.nodes.get(applicationNodeId(root, id));
          if (node?.kind !== 'application') { continue; }
          const before = `${node.candidateName}|${node.jobTitle}|${node.application !== undefined}`;
          const after = this.applicationNode(root, id);
          if (`${after.candidateName}|${after.jobTitle}|${after.application !== undefined}` !== before) { changed.push(after); }
        }
      }
      this.settledLabels.clear();
      if (changed.length > 0) { this.changed.fire(changed); }
    }, LABEL_FLUSH_MS);
  }

  private forgetAll(): void {
    if (this.labelFlush) { clearTimeout(this.labelFlush); }
    this.labelFlush = undefined;
    this.settledLabels.clear();
    this.applicationPages?.cancel();
    this.applicationPages = undefined;
    for (const pages of this.interviewPages.values()) { pages.cancel(); }
    this.interviewPages.clear();
    this.nodes.clear();
    this.restoredFrom = undefined;
  }

  /** What the tree has loaded, as plain JSON-able data (last-known data). */
  snapshot(): TreeSnapshot | undefined {
    const connection = this.connectionValue;
    return connection &&
      takeSnapshot({ applications: this.applicationPages, interviews: this.interviewPages }, connection.directory, {
        pinned: this.pinned(),
        filter: this.filterValue,
        now: (this.deps.now ?? Date.now)(),
      });
  }

  /**
   * Shows a snapshot as if just loaded: no request until a node not in it is expanded, Load more (from the saved
   * token) or Refresh. Replaces what the model held. False when signed out or when the snapshot is unusable or empty.
   */
  restore(value: unknown): boolean {
    const connection = this.connectionValue;
    if (!connection) { return false; }
    this.forgetAll();
    const restored = restoreSnapshot(value, connection.directory, this.deps.log);
    if (!restored) { return false; }
    this.filterValue = restored.filter;
    if (restored.applications) { this.applicationPagesOf(connection).seed(restored.applications); }
    for (const list of restored.interviews) {
      this.interviewPagesOf(connection, this.applicationNode(list.root, list.applicationId)).seed(list.state);
    }
    this.restoredFrom = restored.asOf;
    this.changed.fire(undefined);
    return true;
  }

  setFilter(filter: ListApplicationsFilter): void {
    this.filterValue = filter;
    this.applicationPages?.cancel();
    this.applicationPages = undefined;
    this.changed.fire(this.nodes.get('all'));
  }

  pinnedIds(): readonly string[] {
    return this.pinned();
  }

  private pinned(): readonly string[] {
    return this.connectionValue?.pinned.get() ?? [];
  }

  /** Pinned under the ID the user asked for, whatever ID the reply carries; refused when the list is full. */
  async pin(application: Application, applicationId = application.id): Promise<ApplicationNode> {
    const current = this.pinned();
    const ids = withPinned(current, applicationId);
    if (!ids) { throw new Error(this.deps.t('{0} applications are looked up already: unpin one, then look up again.', MAX_PINNED_APPLICATIONS)); }
    const directory = this.connectionValue?.directory;
    directory?.knowApplication({ ...application, id: applicationId });
    void directory?.ensureApplication(applicationId).catch(() => undefined);
    if (ids !== current) { await this.connectionValue?.pinned.set(ids); }
    this.changed.fire(this.nodes.get('pinned'));
    return this.applicationNode('pinned', applicationId);
  }

  async unpin(applicationId: string): Promise<void> {
    await this.connectionValue?.pinned.set(this.pinned().filter(id => id !== applicationId));
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
    const label = this.connectionValue?.directory.application(applicationId);
    const existing = this.nodes.get(id);
    const node: ApplicationNode = existing?.kind === 'application' ? existing : { kind: 'application', id, root, applicationId };
    node.application = label?.application;
    node.candidateName = label?.candidateName || undefined;
    node.jobTitle = label?.jobTitle;
    return this.remember(node);
  }

  /** The application's interview pages, made if the application has not been expanded yet (find-by-id pages them). */
  interviewPagesFor(node: ApplicationNode): ChildPages<ParsedInterview> | undefined {
    const connection = this.connectionValue;
    return connection && this.interviewPagesOf(connection, node);
  }

  interviewNode(parent: ApplicationNode, interview: ParsedInterview): InterviewNode {
    return interviewNodeOf(this.naming(), parent, interview);
  }

  recordNode(interviewNode: InterviewNode, recordId: string): RecordNode | undefined {
    const record = interviewNode.interview.interview_record_list.find(r => r.id === recordId);
    return record && recordNodeOf(this.naming(), interviewNode, record);
  }

  /** What the interview and record nodes are named from: the connection's directory, now. */
  private naming(): Naming {
    return { remember: this.remember, directory: this.connectionValue?.directory, lang: this.deps.lang(), t: this.deps.t, log: this.deps.log };
  }

  private remember = <T extends HireNode>(node: T): T => {
    this.nodes.set(node.id, node);
    return node;
  };

  private pinnedChildren(): HireNode[] {
    const ids = [...new Set(this.pinned())];
    if (ids.length === 0) {
      return [
        messageNode(
          this.remember,
          'pinned',
          'empty',
          'info',
          this.deps.t('No looked-up applications yet. Find a candidate by name, or use "Look Up Application…" in the title bar.'),
          undefined,
          'findCandidate',
        ),
      ];
    }
    return ids.map(id => this.labelled('pinned', id));
  }

  /** An application row, its label asked for once (the directory answers later through its change event). */
  private labelled(root: RootKind, applicationId: string): ApplicationNode {
    void this.connectionValue?.directory.ensureApplication(applicationId).catch(() => undefined);
    return this.applicationNode(root, applicationId);
  }

  private async allApplicationsChildren(connection: HireConnection): Promise<HireNode[]> {
    const pages = this.applicationPagesOf(connection);
    await pages.ensureFirstPage();
    const nodes: HireNode[] = pages.items.map(id => this.labelled('all', id));
    return withPagingNodes(this.remember, this.deps.t, 'all', pages, nodes, this.deps.t('No applications match the current filter.'));
  }

  private applicationPagesOf(connection: HireConnection): ChildPages<string> {
    if (!this.applicationPages) {
      const filter = this.filterValue;
      this.applicationPages = new ChildPages<string>(
        (pageToken, signal) => connection.api.listApplications(filter, { pageToken, pageSize: APPLICATIONS_PAGE_SIZE, signal }),
        '/open-apis/hire/v1/applications',
        () => this.changed.fire(this.nodes.get('all')),
        this.deps.now,
        id => id,
        this.deps.log,
      );
    }
    return this.applicationPages;
  }

  private interviewPagesOf(connection: HireConnection, node: ApplicationNode): ChildPages<ParsedInterview> {
    let pages = this.interviewPages.get(node.id);
    if (!pages) {
      const applicationId = node.applicationId;
      pages = new ChildPages<ParsedInterview>(
        (pageToken, signal) =>
          connection.api.listInterviews(applicationId, { pageToken, pageSize: this.deps.pageSize(), userIdType: connection.userIdType, signal }),
        `/open-apis/hire/v1/applications/${applicationId}/interviews`,
        () => this.changed.fire(this.nodes.get(node.id)),
        this.deps.now,
        idOfInterview,
        this.deps.log,
        APPLICATION_INTERVIEWS_BUDGET,
      );
      this.interviewPages.set(node.id, pages);
    }
    return pages;
  }

  private async interviewChildren(connection: HireConnection, node: ApplicationNode): Promise<HireNode[]> {
    const pages = this.interviewPagesOf(connection, node);
    await pages.ensureFirstPage();
    // Names arrive after the first paint: the seed page alone decides how fast interviews show.
    void this.fetchNames(connection, node.applicationId, pages.items.map(i => i.id));
    const nodes: HireNode[] = pages.items.map(interview => this.interviewNode(node, interview));
    return withPagingNodes(this.remember, this.deps.t, node.id, pages, nodes, this.deps.t('No interviews'));
  }

  private async fetchNames(connection: HireConnection, applicationId: string, interviewIds: string[]): Promise<void> {
    const learnt = await connection.directory.ensureNames(applicationId, interviewIds).catch(() => false);
    if (learnt && connection === this.connectionValue) { this.namesArrived(applicationId); }
  }

  /** Names arrived for an application's interviews: its nodes under both roots show them from their next render. */
  private namesArrived(applicationId: string): void {
    for (const root of ['pinned', 'all'] as const) {
      const node = this.nodes.get(applicationNodeId(root, applicationId));
      if (node) { this.changed.fire(node); }
    }
  }
}
