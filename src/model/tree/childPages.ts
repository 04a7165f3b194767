// The loaded pages under one tree node: items so far, the next token, loading, the last error.
// Each item appears once: one a later page repeats is dropped (two tree nodes with one id fail the whole list).
import { FeishuError } from '../../feishu/errors';
import { PageWalk, type FetchPage, type WalkBudget } from '../../feishu/pager';
import type { InvalidItem } from '../../feishu/types';

/** What a list had loaded, as plain data: enough to show it again and to go on from where it stopped. */
export interface PagesState<T> {
  items: T[];
  invalid: InvalidItem[];
  /** The token of the next page; undefined when done. */
  nextToken: string | undefined;
  done: boolean;
  loadedAt: number;
}

/** Where a page ended: the counts so far and the token of the page after it. */
interface PageEnd {
  items: number;
  invalid: number;
  token: string | undefined;
  done: boolean;
}

export class ChildPages<T> {
  items: T[] = [];
  invalid: InvalidItem[] = [];
  /** The last failure, shown as a node with Retry; cleared by the next success. */
  error: FeishuError | undefined;
  /** A reload failed: the items are the last good ones, not fresh. */
  stale = false;
  loadedAt: number | undefined;
  private walk: PageWalk<T>;
  private loading: Promise<void> | undefined;
  private controller: AbortController | undefined;
  private started = false;
  private loadedIds = new Set<string>();
  /** One entry per page appended, so a saved copy can stop at a page's end and still go on from the right token. */
  private pageEnds: PageEnd[] = [];

  constructor(
    private readonly fetchPage: FetchPage<T>,
    private readonly endpoint: string,
    private readonly onChange: () => void,
    private readonly now: () => number = Date.now,
    private readonly itemId?: (item: T) => string,
    private readonly log?: (line: string) => void,
    private readonly budget?: WalkBudget,
  ) {
    this.walk = this.newWalk();
  }

  get isLoading(): boolean {
    return this.loading !== undefined;
  }

  /** Nothing more to fetch: the chain ended (or broke, with `error` set). */
  get done(): boolean {
    return this.walk.done;
  }

  get hasStarted(): boolean {
    return this.started;
  }

  /**
   * The first page, once; later calls wait for the same load. No change is announced for it: the caller (the view
   * asking for the node's children) shows what it returns, and a change fired while the view is still fetching
   * those children makes VS Code re-fetch them in parallel and lose the rows.
   */
  ensureFirstPage(): Promise<void> {
    if (this.started) { return this.loading ?? Promise.resolve(); }
    return this.load(false);
  }

  /** Appends the next page. Concurrent calls share one request; errors land in `error`, never thrown. */
  loadMore(): Promise<void> {
    return this.load(true);
  }

  private load(announce: boolean): Promise<void> {
    if (this.loading) { return this.loading; }
    if (this.started && this.walk.done && !this.error) { return Promise.resolve(); }
    this.started = true;
    const walk = this.walk;
    const controller = new AbortController();
    this.controller = controller;
    const load = (async () => {
      try {
        const step = await walk.step(controller.signal);
        if (controller.signal.aborted || walk !== this.walk) { return; }
        this.items.push(...this.unseen(step.items));
        this.invalid.push(...step.invalid);
        this.pageEnds.push({ items: this.items.length, invalid: this.invalid.length, token: walk.token, done: walk.done });
        this.error = undefined;
        this.loadedAt = this.now();
      } catch (e) {
        if (controller.signal.aborted || walk !== this.walk) { return; }
        this.error = asFeishuError(e, this.endpoint);
      } finally {
        if (this.controller === controller) {
          this.loading = undefined;
          this.controller = undefined;
        }
      }
      if (announce) { this.onChange(); }
    })();
    this.loading = load;
    return load;
  }

  /** Collapse, sign-out or a new reload: the request is aborted and its page never appended. */
  cancel(): void {
    const hadLoad = this.loading !== undefined;
    this.controller?.abort();
    this.controller = undefined;
    this.loading = undefined;
    if (hadLoad) {
      this.walk = this.restartedWalkIfEmpty();
    }
  }

  /** Starts again from the first page; on failure the old items stay, marked stale. */
  async reload(): Promise<void> {
    this.cancel();
    const fresh = new ChildPages(this.fetchPage, this.endpoint, () => undefined, this.now, this.itemId, this.log, this.budget);
    const walkBefore = this.walk;
    this.started = true;
    const controller = new AbortController();
    this.controller = controller;
    const load = (async () => {
      await fresh.loadMore();
      if (controller.signal.aborted || this.walk !== walkBefore) { return; }
      if (fresh.error && this.items.length > 0) {
        this.error = fresh.error;
        this.stale = true;
      } else {
        this.items = fresh.items;
        this.loadedIds = fresh.loadedIds;
        this.pageEnds = fresh.pageEnds;
        this.invalid = fresh.invalid;
        this.walk = fresh.walk;
        this.error = fresh.error;
        this.stale = false;
        this.loadedAt = fresh.loadedAt;
      }
      if (this.controller === controller) {
        this.loading = undefined;
        this.controller = undefined;
      }
      this.onChange();
    })();
    this.loading = load;
    const onAbort = (): void => fresh.cancel();
    controller.signal.addEventListener('abort', onAbort, { once: true });
    return load;
  }

  /**
   * The loaded pages as plain data, or undefined when nothing was loaded. Above `maxEntries` items and invalid
   * items, it stops at the end of the last page that fits, not done, so Load more fetches the rest.
   */
  state(maxEntries: number): PagesState<T> | undefined {
    if (!this.started || this.loadedAt === undefined) { return undefined; }
    if (this.items.length + this.invalid.length <= maxEntries) {
      return { items: [...this.items], invalid: [...this.invalid], nextToken: this.walk.token, done: this.walk.done, loadedAt: this.loadedAt };
    }
    let end: PageEnd | undefined;
    for (let i = this.pageEnds.length - 1; i >= 0 && !end; i--) {
      const e = this.pageEnds[i];
      if (e && e.items + e.invalid <= maxEntries && !e.done) { end = e; }
    }
    if (!end || end.items + end.invalid === 0) { return undefined; }
    return { items: this.items.slice(0, end.items), invalid: this.invalid.slice(0, end.invalid), nextToken: end.token, done: false, loadedAt: this.loadedAt };
  }

  /** Shows saved pages as if just loaded: no request until Load more, which sends the saved token. */
  seed(state: PagesState<T>): void {
    this.cancel();
    this.loadedIds = new Set();
    this.items = this.unseen(state.items);
    this.invalid = [...state.invalid];
    this.walk = PageWalk.resumed(
      this.fetchPage,
      this.endpoint,
      this.itemId,
      { token: state.nextToken, done: state.done, itemIds: this.loadedIds },
      this.budget,
    );
    this.pageEnds = [{ items: this.items.length, invalid: this.invalid.length, token: this.walk.token, done: this.walk.done }];
    this.started = true;
    this.error = undefined;
    this.stale = false;
    this.loadedAt = state.loadedAt;
  }

  /** An aborted first page must be fetched again on the next expand; a later page simply stays pending. */
  private restartedWalkIfEmpty(): PageWalk<T> {
    if (this.items.length === 0 && this.invalid.length === 0 && !this.error) {
      this.started = false;
      return this.newWalk();
    }
    return this.walk;
  }

  private newWalk(): PageWalk<T> {
    return new PageWalk(this.fetchPage, this.endpoint, this.itemId, this.budget);
  }

  /** Items not loaded yet; repeats are logged and dropped. */
  private unseen(items: readonly T[]): T[] {
    const itemId = this.itemId;
    if (!itemId) { return [...items]; }
    return items.filter(item => {
      const id = itemId(item);
      if (!this.loadedIds.has(id)) {
        this.loadedIds.add(id);
        return true;
      }
      this.log?.(`Dropped item ${id} from ${this.endpoint}: a later page repeated it.`);
      return false;
    });
  }
}

function asFeishuError(e: unknown, endpoint: string): FeishuError {
  if (e instanceof FeishuError) { return e; }
  return new FeishuError({ kind: 'badResponse', endpoint, detail: e instanceof Error ? e.message : String(e), cause: e });
}
