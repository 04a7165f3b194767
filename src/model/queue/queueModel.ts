// The state behind "Feedback Owed" and "Recent Interviews": one listing of the window's interviews shared by
// both views, fetched on first sight and on Refresh only (free tenants share a monthly quota), plus the
// candidate and job names the owed records need. No `vscode` import: the edges pass in what it needs.
import { ChangeEvent } from '../changeEvent';
import { setMaxListeners } from 'node:events';
import { Codes, FeishuError, humanMessage } from '../../feishu/errors';
import { MAX_SUCCESSOR_PAGE_SIZE } from '../../feishu/hireApi';
import { walkPages } from '../../feishu/pager';
import type { Translate } from '../../feishu/translate';
import type { InvalidItem } from '../../feishu/types';
import type { ParsedInterview } from '../../feishu/validate';
import type { HireConnection } from '../connection/hireConnection';
import type { ApplicationLabel } from '../directory/tenantDirectory';
import { QUEUE_WALK_BUDGET } from '../walkBudgets';
import {
  dayNodeId,
  interviewerNodeId,
  owedRecordNodeId,
  recentInterviewNodeId,
  recentRecordNodeId,
  type DayNode,
  type QueueNode,
  type InterviewerNode,
  type QueueInterviewNode,
  type QueueRecordNode,
  type QueueView,
  READY_GROUP_NODE_ID,
  readyApplicationNodeId,
  type ReadyApplicationNode,
  type ReadyGroupNode,
} from './queueNode';
import { readyForDebrief, type ReadyApplication } from './readyForDebrief';
import { groupByDay, groupByInterviewer, interviewsInWindow, owedItems, type DayGroup, type OwedGroup } from './queueItems';
import { reminderFor, reminderForAll, type ReminderContext } from './queueReminder';
import { queueWindow, type QueueWindow } from './queueWindow';
import { pickI18n, type Lang } from '../text/format';
import type { MessageNode } from '../tree/hireNode';

export interface QueueModelDeps {
  now: () => number;
  lang: () => Lang;
  locale: () => string;
  /** IANA zone of the viewer; the runtime's own when undefined. */
  timeZone: () => string | undefined;
  t: Translate;
  windowDays: () => number;
  log: (line: string) => void;
}

/** What one refresh cost; the log says it, a test measures it. */
export interface RefreshReport {
  interviews: number;
  pageRequests: number;
  nameRequests: number;
  window: QueueWindow;
  error?: FeishuError;
}

interface Snapshot {
  interviews: ParsedInterview[];
  invalid: InvalidItem[];
  window: QueueWindow;
}

export class QueueModel {
  private snapshot: Snapshot | undefined;
  private error: FeishuError | undefined;
  private loading: Promise<RefreshReport> | undefined;
  /** Undefined while signed out: the views are then empty so their welcome shows. */
  private connection: HireConnection | undefined;
  private controller = newController();
  private readonly nodes = new Map<string, QueueNode>();
  private lastReport: RefreshReport | undefined;
  private loadedAt: number | undefined;

  private readonly changed = new ChangeEvent<void>();
  /** The listing, its loading state or its error changed: both views re-render. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly deps: QueueModelDeps, connection?: HireConnection) {
    this.connection = connection;
  }

  get signedIn(): boolean {
    return this.connection !== undefined;
  }

  /** Something was fetched since sign-in (the refresh interval only runs for a view that has been seen). */
  get hasLoaded(): boolean {
    return this.snapshot !== undefined || this.error !== undefined;
  }

  get isLoading(): boolean {
    return this.loading !== undefined;
  }

  /** When the last refresh ended (failed or not); undefined before the first. */
  get lastLoadedMs(): number | undefined {
    return this.loadedAt;
  }

  get report(): RefreshReport | undefined {
    return this.lastReport;
  }

  /** The first getChildren of either view loads; later ones reuse what is there. */
  async ensureLoaded(): Promise<void> {
    if (this.loading) {
      await this.loading;
      return;
    }
    if (!this.hasLoaded && this.signedIn) { await this.refresh(); }
  }

  /** One listing at a time; a second Refresh while loading joins the first. */
  refresh(): Promise<RefreshReport> {
    if (this.loading) { return this.loading; }
    const run: Promise<RefreshReport> = this.load().finally(() => {
      if (this.loading === run) { this.loading = undefined; }
    });
    this.loading = run;
    return run;
  }

  /** Another connection, or a setting moved: forget everything; the next look loads again. */
  reset(connection: HireConnection | undefined = this.connection): void {
    this.connection = connection;
    this.controller.abort();
    this.controller = newController();
    this.snapshot = undefined;
    this.error = undefined;
    this.loading = undefined;
    this.lastReport = undefined;
    this.loadedAt = undefined;
    this.nodes.clear();
    this.changed.fire();
  }

  private async load(): Promise<RefreshReport> {
    const connection = this.connection;
    const window = queueWindow(this.deps.now(), this.deps.windowDays(), this.deps.timeZone());
    const report: RefreshReport = { interviews: 0, pageRequests: 0, nameRequests: 0, window };
    if (!connection) { return report; }
    const { api, directory } = connection;
    const signal = this.controller.signal;
    const interviews: ParsedInterview[] = [];
    const invalid: InvalidItem[] = [];
    try {
      const pages = walkPages<ParsedInterview>(
        (pageToken, s) => api.listInterviewsInWindow(window, { pageToken, pageSize: MAX_SUCCESSOR_PAGE_SIZE, userIdType: connection.userIdType, signal: s }),
        '/open-apis/hire/v1/interviews',
        signal,
        interview => interview.id,
        QUEUE_WALK_BUDGET,
      );
      for await (const step of pages) {
        report.pageRequests += step.requests;
        interviews.push(...step.items);
        invalid.push(...step.invalid);
      }
    } catch (e) {
      if (signal.aborted || this.connection !== connection) { return report; }
      report.pageRequests += 1; // the request that failed
      report.error = e instanceof FeishuError ? e : new FeishuError({ kind: 'badResponse', detail: String(e), cause: e });
    }
    if (signal.aborted || this.connection !== connection) { return report; }
    if (report.error && report.error.kind !== 'paging') {
      // Keep the earlier listing on screen, marked stale.
      this.error = report.error;
    } else {
      // Nodes of the old listing must not resolve for a command from a tree item VS Code still shows.
      this.nodes.clear();
      this.snapshot = { interviews: interviewsInWindow(interviews, window), invalid, window };
      this.error = report.error;
      report.interviews = this.snapshot.interviews.length;
      directory.retryFailures();
      const before = directory.requests;
      await directory.ensureApplications(
        this.owedGroups().flatMap(g => g.items.map(i => i.applicationId)).filter((id): id is string => id !== undefined),
        signal,
      );
      report.nameRequests = directory.requests - before;
    }
    if (signal.aborted) { return report; }
    this.lastReport = report;
    this.loadedAt = this.deps.now();
    this.deps.log(
      `Feedback queue refresh (last ${window.days} days): ${report.pageRequests + report.nameRequests} requests = `
        + `${report.pageRequests} for ${report.interviews} interviews + ${report.nameRequests} for names${
          report.error ? `; failed: ${report.error.message}` : ''
        }`,
    );
    this.changed.fire();
    return report;
  }

  /** Names for the Recent Interviews of one day, loaded when the day is shown; their cost is logged too. */
  async ensureLabels(applicationIds: readonly string[]): Promise<void> {
    const directory = this.connection?.directory;
    if (!directory) { return; }
    const before = directory.requests;
    await directory.ensureApplications(applicationIds, this.controller.signal);
    if (directory.requests > before) { this.deps.log(`Recent Interviews names: ${directory.requests - before} requests`); }
  }

  label(applicationId: string | undefined): ApplicationLabel | undefined {
    return applicationId === undefined ? undefined : this.connection?.directory.application(applicationId);
  }

  /** Owed as of now: an interview that ended since the last refresh counts without a new request. */
  owedGroups(): OwedGroup[] {
    if (!this.snapshot || !this.signedIn) { return []; }
    return groupByInterviewer(owedItems(this.snapshot.interviews, this.deps.now(), this.deps.lang(), this.deps.timeZone()));
  }

  owedCount(): number {
    return this.owedGroups().reduce((sum, g) => sum + g.items.length, 0);
  }

  days(): DayGroup[] {
    return this.snapshot && this.signedIn ? groupByDay(this.snapshot.interviews, this.deps.now(), this.deps.timeZone()) : [];
  }

  get windowDays(): number {
    return this.snapshot?.window.days ?? queueWindow(this.deps.now(), this.deps.windowDays(), this.deps.timeZone()).days;
  }

  node(id: string): QueueNode | undefined {
    return this.nodes.get(id);
  }

  parent(node: QueueNode): QueueNode | undefined {
    return node.kind === 'interviewer' || node.kind === 'day' || node.kind === 'readyGroup' ? undefined : this.nodes.get(node.parentId);
  }

  /** Top-level nodes of a view; [] while signed out so the welcome content shows. */
  roots(view: QueueView): QueueNode[] {
    if (!this.signedIn || (!this.snapshot && !this.error)) { return []; }
    const t = this.deps.t;
    const nodes: QueueNode[] = [];
    if (this.error) { nodes.push(this.errorNode(view, this.error, this.snapshot !== undefined)); }
    if (!this.snapshot) { return nodes; }
    if (this.snapshot.invalid.length > 0) {
      nodes.push(
        this.message(view, 'invalid', 'warning', t('{0} interviews in the reply could not be read; they are left out.', this.snapshot.invalid.length)),
      );
    }
    if (view === 'owed') {
      const groups = this.owedGroups();
      nodes.push(...groups.map(group => this.remember<InterviewerNode>({ kind: 'interviewer', id: interviewerNodeId(group.interviewerKey), group })));
      if (groups.length === 0) {
        nodes.push(this.message(view, 'empty', 'info', t('No feedback owed for interviews of the last {0} days.', this.snapshot.window.days)));
      }
    } else {
      const ready = this.readyForDebrief();
      if (ready.length > 0) { nodes.push(this.remember<ReadyGroupNode>({ kind: 'readyGroup', id: READY_GROUP_NODE_ID, ready })); }
      const days = this.days();
      nodes.push(...days.map(day => this.remember<DayNode>({ kind: 'day', id: dayNodeId(day.key), day })));
      if (days.length === 0) { nodes.push(this.message(view, 'empty', 'info', t('No interviews in the last {0} days.', this.snapshot.window.days))); }
    }
    return nodes;
  }

  /** Applications of the window with every feedback in and no decision known, newest first: no request of its own. */
  readyForDebrief(): ReadyApplication[] {
    if (!this.snapshot || !this.signedIn) { return []; }
    return readyForDebrief(this.snapshot.interviews, this.deps.now(), id => this.label(id)?.application);
  }

  async children(node: QueueNode): Promise<QueueNode[]> {
    switch (node.kind) {
      case 'readyGroup':
        await this.ensureLabels(node.ready.map(r => r.applicationId));
        return node.ready.map(ready =>
          this.remember<ReadyApplicationNode>({
            kind: 'readyApplication',
            id: readyApplicationNodeId(ready.applicationId),
            parentId: node.id,
            applicationId: ready.applicationId,
            ready,
          })
        );
      case 'interviewer':
        return once(node.group.items, item => owedRecordNodeId(node.group.interviewerKey, item.interview.id, item.record.id)).map(([id, item]) =>
          this.remember<QueueRecordNode>({
            kind: 'record',
            id,
            parentId: node.id,
            applicationId: item.applicationId ?? '',
            interview: item.interview,
            record: item.record,
            interviewerName: item.interviewerName,
            queue: 'owed',
            owed: item,
          })
        );
      case 'day': {
        await this.ensureLabels(node.day.interviews.map(s => s.applicationId).filter((id): id is string => id !== undefined));
        return once(node.day.interviews, state => recentInterviewNodeId(node.day.key, state.interview.id)).map(([id, state]) =>
          this.remember<QueueInterviewNode>({
            kind: 'interview',
            id,
            parentId: node.id,
            applicationId: state.applicationId ?? '',
            interview: state.interview,
            stageName: pickI18n(state.interview.stage?.name, this.deps.lang()),
            state,
          })
        );
      }
      case 'interview':
        return once(node.interview.interview_record_list, record => recentRecordNodeId(node.id, record.id)).map(([id, record]) =>
          this.remember<QueueRecordNode>({
            kind: 'record',
            id,
            parentId: node.id,
            applicationId: node.applicationId,
            interview: node.interview,
            record,
            interviewerName: pickI18n(record.interviewer?.name, this.deps.lang()),
            queue: 'recent',
          })
        );
      default:
        return [];
    }
  }

  /** Ready-to-paste reminder for one interviewer, or for everyone owing feedback when no key is given. */
  reminder(interviewerKey?: string): string | undefined {
    const groups = this.owedGroups();
    const ctx: ReminderContext = { t: this.deps.t, locale: this.deps.locale(), timeZone: this.deps.timeZone(), label: id => this.label(id) };
    if (interviewerKey === undefined) { return groups.length > 0 ? reminderForAll(groups, ctx) : undefined; }
    const group = groups.find(g => g.interviewerKey === interviewerKey);
    return group && reminderFor(group, ctx);
  }

  private remember<T extends QueueNode>(node: T): T {
    this.nodes.set(node.id, node);
    return node;
  }

  private message(view: QueueView, key: string, severity: MessageNode['severity'], text: string, detail?: string, error?: FeishuError): MessageNode {
    const action = error?.code === Codes.scopeMissing ? 'checkPermissions' : undefined;
    return this.remember<MessageNode>({ kind: 'message', id: `${view}/msg/${key}`, parentId: view, severity, text, detail, error, action });
  }

  private errorNode(view: QueueView, error: FeishuError, stale: boolean): MessageNode {
    const t = this.deps.t;
    const why = error.code === Codes.scopeMissing && error.missingScopes.length > 0
      ? t('The app lacks the permission {0}: enable it in the developer console, publish a version, then Refresh.', error.missingScopes.join(', '))
      : error.walkLimit ?
      t(
        'Showing part of the window: a refresh reads at most {0} pages or {1} MB. Shorten feishuHire.feedbackWindowDays to see it all.',
        QUEUE_WALK_BUDGET.maxPages,
        QUEUE_WALK_BUDGET.maxBytes / 1024 / 1024,
      )
      : error.kind === 'paging'
      ? t('Paging stopped: the service sent a broken page chain')
      : humanMessage(error, t);
    const text = stale ? t('Refresh failed, showing earlier data: {0}', why) : why;
    return this.message(view, 'error', error.kind === 'paging' ? 'warning' : 'error', text, humanMessage(error, t), error);
  }
}

/** Items with their ids, the first of a repeated id only: a reply that lists a record twice shows it once. */
function once<T>(items: readonly T[], idOf: (item: T) => string): Array<[string, T]> {
  const seen = new Map<string, T>();
  for (const item of items) {
    const id = idOf(item);
    if (!seen.has(id)) { seen.set(id, item); }
  }
  return [...seen];
}

/** One signal shared by every request of a refresh: many listeners at once are expected, not a leak. */
function newController(): AbortController {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}
