// The state behind "Feedback Owed" and "Recent Interviews": one listing of the window's interviews shared by
// both views, fetched on first sight and on Refresh only (free tenants share a monthly quota), restored from
// last-known data with no request, plus the candidate and job names of the rows shown. No `vscode` import.
import { ChangeEvent } from '../changeEvent';
import { FeishuError } from '../../feishu/errors';
import type { Translate } from '../../feishu/translate';
import type { InvalidItem } from '../../feishu/types';
import type { ParsedInterview } from '../../feishu/validate';
import type { Viewer } from '../noPeeking/othersHidden';
import { interviewersSeen, type SeenInterviewer } from '../mine/me';
import type { HireConnection } from '../connection/hireConnection';
import type { ApplicationLabel } from '../directory/tenantDirectory';
import {
  dayNodeId,
  interviewerNodeId,
  READY_GROUP_NODE_ID,
  type DayNode,
  type InterviewerNode,
  type QueueNode,
  type QueueView,
  type ReadyGroupNode,
} from './queueNode';
import type { ReadyApplication } from './readyForDebrief';
import { groupByDay, groupByInterviewer, interviewsInWindow, owedItems, type DayGroup, type OwedGroup } from './queueItems';
import { filtered, othersThanMe, owedOfMine, readyUnder } from './queueFilters';
import { jobsSeen, type JobFilter, type QueueJob } from './queueJobs';
import { listingFor, listWindow, newController, refreshLine, type RefreshReport } from './queueListing';
import { lookBackChoices, type LookBackChoice } from './queueLookBack';
import { queueErrorNode, queueMessage, queueNotices } from './queueMessages';
import { reminderOf, type ReminderContext } from './queueReminder';
import { knownInfos, readSavedQueue, takeQueueSnapshot, type QueueSnapshot } from './queueSnapshot';
import { applicationsOf, childrenOf, dayOpen, listedApplications, OPEN_INTERVIEWERS, openApplications } from './queueChildren';
import { queueWindow, WINDOW_DAYS, type QueueWindow } from './queueWindow';
import type { Lang } from '../text/format';
import { sinceText } from './queueLabels';

export type { JobFilter, QueueJob } from './queueJobs';
export type { LookBackChoice } from './queueLookBack';
export type { RefreshReport } from './queueListing';
export { OPEN_DAY_MAX_INTERVIEWS, OPEN_INTERVIEWERS } from './queueChildren';

export interface QueueModelDeps {
  now: () => number;
  lang: () => Lang;
  locale: () => string;
  /** IANA zone of the viewer; the runtime's own when undefined. */
  timeZone: () => string | undefined;
  t: Translate;
  windowDays: () => number;
  log: (line: string) => void;
  /** Who I am (signed in, or picked with I Am…), for Only Mine and Copy Reminder; undefined when unknown. */
  me?: () => Viewer | undefined;
}

interface Snapshot {
  interviews: ParsedInterview[];
  invalid: InvalidItem[];
  window: QueueWindow;
  /** Owed interviews older than the widest window: kept as last seen, not checked again. */
  carried: number;
}

const MINUTE_MS = 60_000;

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
  private restoredFrom: number | undefined;
  private lookBackDays: number | undefined;
  /** The window (setting or Look Further Back) the listing shown was asked for. */
  private listedDays: number | undefined;
  private jobFilter: JobFilter | undefined;
  private mineOnly = false;
  private labelsLoading: Promise<void> = Promise.resolve();
  private generation = 0;
  private memo: { key: string; owed: OwedGroup[]; days: DayGroup[]; unplaced: number; me: Viewer | undefined; } | undefined;

  private readonly changed = new ChangeEvent<void>();
  /** The listing, its loading state, its error, a filter or names shown changed: both views re-render. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly deps: QueueModelDeps, connection?: HireConnection) {
    this.connection = connection;
  }

  get signedIn(): boolean {
    return this.connection !== undefined;
  }

  /** Something was fetched (or restored) since sign-in. */
  get hasLoaded(): boolean {
    return this.snapshot !== undefined || this.error !== undefined;
  }

  get isLoading(): boolean {
    return this.loading !== undefined;
  }

  /** When the listing shown was read (failed or not); undefined before the first. */
  get lastLoadedMs(): number | undefined {
    return this.loadedAt;
  }

  get report(): RefreshReport | undefined {
    return this.lastReport;
  }

  /** When the last-known listing shown was read; undefined once a refresh replaced it. */
  get restoredAt(): number | undefined {
    return this.restoredFrom;
  }

  get filter(): JobFilter | undefined {
    return this.jobFilter;
  }

  get onlyMine(): boolean {
    return this.mineOnly && this.deps.me?.() !== undefined;
  }

  /** The window the views cover: the listing's (which may reach further back than the setting), else the setting's. */
  get window(): QueueWindow {
    return this.snapshot?.window ?? queueWindow(this.deps.now(), this.lookBackDays ?? this.deps.windowDays(), this.deps.timeZone());
  }

  get windowDays(): number {
    return this.window.days;
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

  /** Another connection, or a setting moved: forget everything (Look Further Back and the job filter too). */
  reset(connection: HireConnection | undefined = this.connection): void {
    this.connection = connection;
    this.controller.abort();
    this.controller = newController();
    this.snapshot = undefined;
    this.error = undefined;
    this.loading = undefined;
    this.lastReport = undefined;
    this.loadedAt = undefined;
    this.restoredFrom = undefined;
    this.lookBackDays = undefined;
    this.setFilters({ job: undefined, mine: false });
  }

  /** The longer windows Look Further Back offers, with their estimated listing cost. */
  lookBackChoices(): LookBackChoice[] {
    const last = this.lastReport ?? (this.snapshot && { interviews: this.snapshot.interviews.length, window: this.snapshot.window });
    return lookBackChoices(this.window, last && { interviews: last.interviews, days: last.window.days }, this.deps.now(), this.deps.timeZone());
  }

  /** Lists the last `days` days (at most 90) from now on, until the connection or a setting changes. */
  lookBack(days: number): Promise<RefreshReport> {
    this.lookBackDays = Math.min(WINDOW_DAYS.max, Math.max(this.windowDays, Math.floor(days)));
    return this.loading ? this.loading.then(() => this.refresh()) : this.refresh();
  }

  /** Jobs of the listing's applications whose job is known (no request), how many are not placed yet; its interviewers (I Am…). */
  jobs(): { jobs: QueueJob[]; unplaced: number; interviewers: SeenInterviewer[]; } {
    const listed = this.snapshot?.interviews ?? [];
    return { ...jobsSeen(listed, id => this.label(id)), interviewers: interviewersSeen(listed, this.deps.lang()) };
  }

  /** Filter by Job and Only Mine; with no argument, who I am changed (signed in or out, I Am…) and the views follow. */
  setFilters(change: { job?: JobFilter | undefined; mine?: boolean; } = {}): void {
    if ('job' in change) { this.jobFilter = change.job && { ...change.job }; }
    if (change.mine !== undefined) { this.mineOnly = change.mine; }
    this.nodes.clear();
    this.fireChanged();
  }

  private async load(): Promise<RefreshReport> {
    const connection = this.connection;
    const { now, lang, timeZone } = this.deps;
    const days = this.lookBackDays ?? this.deps.windowDays();
    // A window the user changed starts afresh; the same window reaches back to the debts it showed.
    const shown = this.snapshot && this.listedDays === days ? this.snapshot.interviews : [];
    this.listedDays = days;
    const listing = listingFor(days, shown, now(), lang(), timeZone());
    const window = listing.window;
    const report: RefreshReport = { interviews: 0, pageRequests: 0, nameRequests: 0, window };
    if (!connection) { return report; }
    const signal = this.controller.signal;
    const { interviews, invalid, requests, error } = await listWindow(connection, window, signal);
    report.pageRequests = requests;
    report.error = error;
    if (signal.aborted || this.connection !== connection) { return report; }
    if (report.error && report.error.kind !== 'paging') {
      // Keep the earlier listing on screen, marked stale.
      this.error = report.error;
    } else {
      // Nodes of the old listing must not resolve for a command from a tree item VS Code still shows.
      this.nodes.clear();
      const listed = interviewsInWindow(interviews, window);
      this.snapshot = { interviews: [...listing.carried, ...listed], invalid, window, carried: listing.carried.length };
      this.error = report.error;
      this.restoredFrom = undefined;
      report.interviews = listed.length;
      connection.directory.retryFailures();
    }
    this.loadedAt = now();
    this.lastReport = report;
    // The rows show now; the names of those open at first fill in after.
    this.fireChanged();
    const before = connection.directory.requests;
    await this.ensureLabels(openApplications(this.owedGroups(), this.days()));
    report.nameRequests = connection.directory.requests - before;
    if (signal.aborted) { return report; }
    this.deps.log(refreshLine(report));
    return report;
  }

  /** Names for these applications; the views re-render when some arrived. Their cost is logged. */
  async ensureLabels(applicationIds: Iterable<string | undefined>): Promise<void> {
    const directory = this.connection?.directory;
    const ids = [...new Set(applicationIds)].filter((id): id is string => id !== undefined);
    if (!directory || ids.length === 0) { return; }
    const before = directory.requests;
    const run = directory.ensureApplications(ids, this.controller.signal);
    this.labelsLoading = Promise.all([this.labelsLoading, run.catch(() => undefined)]).then(() => undefined);
    await run;
    // Only when something was asked: a re-render asks again for the same rows, and must not loop.
    if (directory.requests === before) { return; }
    this.deps.log(`Feedback queue names: ${directory.requests - before} requests`);
    if (directory === this.connection?.directory) { this.fireChanged(); }
  }

  /** Resolves once every names lookup started so far has settled (tests, the benchmark). */
  labelsSettled(): Promise<void> {
    return this.labelsLoading;
  }

  /** What a reminder or an export of `view` (or of one interviewer) names: fetched before the text is written. */
  ensureLabelsFor(view: QueueView, interviewerKey?: string): Promise<void> {
    return this.ensureLabels(listedApplications(view, this.owedGroups(), this.days(), interviewerKey));
  }

  label(applicationId: string | undefined): ApplicationLabel | undefined {
    return applicationId === undefined ? undefined : this.connection?.directory.application(applicationId);
  }

  /** Owed as of now: an interview that ended since the last refresh counts without a new request. */
  owedGroups(): OwedGroup[] {
    return this.derived().owed;
  }

  owedCount(): number {
    return this.owedGroups().reduce((sum, g) => sum + g.items.length, 0);
  }

  days(): DayGroup[] {
    return this.derived().days;
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
    if (this.error) { nodes.push(this.remember(queueErrorNode(view, this.error, this.snapshot !== undefined, t))); }
    if (!this.snapshot) { return nodes; }
    const { invalid, carried, window } = this.snapshot;
    const filtered = this.jobFilter ? this.derived().unplaced : 0;
    nodes.push(...queueNotices(view, { invalid: invalid.length, carried, unplaced: filtered }, t).map(n => this.remember(n)));
    if (view === 'owed') {
      const groups = this.owedGroups();
      nodes.push(
        ...groups.map((group, i) =>
          this.remember<InterviewerNode>({ kind: 'interviewer', id: interviewerNodeId(group.interviewerKey), group, open: i < OPEN_INTERVIEWERS })
        ),
      );
      if (groups.length === 0) {
        nodes.push(this.remember(queueMessage(view, 'empty', 'info', t('No feedback owed for interviews since {0}.', this.sinceText(window)))));
      }
    } else {
      const ready = this.readyForDebrief();
      if (ready.length > 0) { nodes.push(this.remember<ReadyGroupNode>({ kind: 'readyGroup', id: READY_GROUP_NODE_ID, ready })); }
      const days = this.days();
      nodes.push(...days.map(day => this.remember<DayNode>({ kind: 'day', id: dayNodeId(day.key), day, open: dayOpen(day) })));
      if (days.length === 0) { nodes.push(this.remember(queueMessage(view, 'empty', 'info', t('No interviews since {0}.', this.sinceText(window))))); }
    }
    return nodes;
  }

  /** "17 Nov" / "11月17日": the first day listed, in the viewer's zone and language. */
  sinceText(window: QueueWindow = this.window): string {
    return sinceText(window.startMs, this.deps.locale(), this.deps.timeZone());
  }

  /** Applications of the window with every feedback in and no decision known, newest first, under the filters: no request of its own. */
  readyForDebrief(): ReadyApplication[] {
    if (!this.snapshot || !this.signedIn) { return []; }
    return readyUnder(this.snapshot.interviews, { job: this.jobFilter, me: this.derived().me }, id => this.label(id), this.deps.now());
  }

  /** A group's rows at once, the names not known yet asked for and filling in; Ready for Debrief's with their labels. */
  async children(node: QueueNode): Promise<QueueNode[]> {
    if (node.kind === 'readyGroup') { await this.ensureLabels(node.ready.map(r => r.applicationId)); }
    if (node.kind === 'interviewer' || node.kind === 'day') { void this.ensureLabels(applicationsOf(node)).catch(() => undefined); }
    return childrenOf(node, this.deps.lang()).map(child => this.remember(child));
  }

  /** Whom Copy Reminder offers: everyone in the view owing feedback, but me. */
  remindable(): OwedGroup[] {
    return othersThanMe(this.owedGroups(), this.deps.me?.());
  }

  /** Ready-to-paste reminder for one interviewer (never me), or for everyone else owing feedback when no key is given. */
  reminder(interviewerKey?: string): string | undefined {
    const ctx: ReminderContext = { t: this.deps.t, locale: this.deps.locale(), timeZone: this.deps.timeZone(), label: id => this.label(id) };
    return reminderOf(this.remindable(), interviewerKey, ctx);
  }

  /** The listing and the names known for it, for last-known data; undefined before a listing. */
  saved(): QueueSnapshot | undefined {
    const connection = this.connection;
    if (!this.snapshot || !connection || this.loadedAt === undefined) { return undefined; }
    const infos = knownInfos(connection.directory, this.snapshot.interviews);
    return takeQueueSnapshot({ ...this.snapshot, loadedAt: this.restoredFrom ?? this.loadedAt, lookBackDays: this.lookBackDays }, infos);
  }

  /** Shows a saved listing with no request, "as of" when it was read; false when there is nothing usable. */
  restore(value: unknown): boolean {
    const saved = this.connection && !this.loading ? readSavedQueue(value, this.connection.directory, this.deps.log) : undefined;
    if (!saved) { return false; }
    const { interviews } = saved;
    this.nodes.clear();
    this.snapshot = { interviews, invalid: [], window: saved.window, carried: 0 };
    this.error = undefined;
    this.lookBackDays = saved.lookBackDays;
    this.listedDays = saved.lookBackDays ?? this.deps.windowDays();
    this.loadedAt = saved.loadedAt;
    this.restoredFrom = saved.loadedAt;
    this.fireChanged();
    return true;
  }

  /** Every change goes through here: what was derived from the old state is computed again when next asked. */
  private fireChanged(): void {
    this.generation++;
    this.changed.fire();
  }

  /**
   * Owed groups, days and whom Only Mine keeps, derived once per state and clock minute: a large company's window (2,000 interviews,
   * zone arithmetic for each) is grouped once for the badge, both views and the commands, not once per caller.
   */
  private derived(): { owed: OwedGroup[]; days: DayGroup[]; unplaced: number; me: Viewer | undefined; } {
    const { now, lang, timeZone } = this.deps;
    const nowMs = now();
    const key = `${this.generation}|${Math.floor(nowMs / MINUTE_MS)}|${lang()}|${timeZone() ?? ''}`;
    if (this.memo?.key !== key) {
      // The listing, of the filter's job; nothing while signed out.
      const listed = this.snapshot && this.signedIn ? this.snapshot.interviews : [];
      const me = this.onlyMine ? this.deps.me?.() : undefined; // Only Mine holds only while I am known.
      const { kept: interviews, unplaced } = filtered(listed, { job: this.jobFilter, me }, id => this.label(id));
      const owed = groupByInterviewer(owedOfMine(owedItems(interviews, nowMs, lang(), timeZone()), me));
      this.memo = { key, owed, days: groupByDay(interviews, nowMs, timeZone()), unplaced, me };
    }
    return this.memo;
  }

  private remember<T extends QueueNode>(node: T): T {
    this.nodes.set(node.id, node);
    return node;
  }
}
