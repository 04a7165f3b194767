// Walks page_token chains. Stops when has_more is not true; never loops on a repeated or empty token
// (the Go SDK did), and never stops early on an empty page that says more follow. Every walk is bounded:
// in pages, in bytes read, in token size, and by a page that brings nothing new.
import { FeishuError } from './errors';
import { formatOnly } from './translate';
import { pagingDetail, type PagingReason } from './pagingReason';
import type { InvalidItem, Page } from './types';

export type FetchPage<T> = (pageToken: string | undefined, signal?: AbortSignal) => Promise<Page<T>>;

/** Empty pages in a row that we follow before calling the chain broken. */
const MAX_EMPTY_PAGES_IN_A_ROW = 25;
/**
 * Pages one walk may fetch. Generous: 40,000 interviews at the tree's default 20 a page, 100,000
 * applications at 50. A server that says "more" forever is stopped within seconds, not at sign-out.
 */
export const MAX_PAGES_PER_WALK = 2000;
const MB = 1024 * 1024;
/**
 * What one walk may read. Each page may be up to 10 MB decoded (the reply cap), so a page cap alone lets a
 * hostile chain make a walk read and keep gigabytes; walks meant for less pass a smaller budget.
 */
export interface WalkBudget {
  maxPages: number;
  maxBytes: number;
}
/** For walks that name no budget of their own (the main tree's lists): far above any real tenant's replies. */
export const DEFAULT_WALK_BUDGET: WalkBudget = { maxPages: MAX_PAGES_PER_WALK, maxBytes: 64 * MB };

/** Real tokens are well under 200 characters; each one is kept (loop guard) and sent back, so a huge one is refused. */
export const MAX_PAGE_TOKEN_LENGTH = 2048;

export interface WalkStep<T> {
  items: T[];
  invalid: InvalidItem[];
  /** Requests this step needed (more than one when empty pages were skipped). */
  requests: number;
  done: boolean;
}

export class PageWalk<T> {
  private nextToken: string | undefined;
  private readonly seenTokens = new Set<string>();
  private readonly seenItems = new Set<string>();
  private pages = 0;
  private bytes = 0;
  private finished = false;

  /** With `itemId`, a page that brings only items this walk has already returned ends it. */
  constructor(
    private readonly fetchPage: FetchPage<T>,
    private readonly endpoint: string,
    private readonly itemId?: (item: T) => string,
    private readonly budget: WalkBudget = DEFAULT_WALK_BUDGET,
  ) {}

  /**
   * A walk that goes on where an earlier one stopped (last-known data): the next step sends `token`. The
   * token and the items already shown count as seen, so a chain that leads back to them still ends.
   */
  static resumed<T>(
    fetchPage: FetchPage<T>,
    endpoint: string,
    itemId: ((item: T) => string) | undefined,
    from: { token: string | undefined; done: boolean; itemIds?: Iterable<string>; },
    budget?: WalkBudget,
  ): PageWalk<T> {
    const walk = new PageWalk(fetchPage, endpoint, itemId, budget);
    walk.finished = from.done;
    if (!from.done && from.token !== undefined) {
      walk.nextToken = from.token;
      walk.seenTokens.add(from.token);
      for (const id of from.itemIds ?? []) { walk.seenItems.add(id); }
    }
    return walk;
  }

  get done(): boolean {
    return this.finished;
  }

  /** The token the next `step` will send; `resumed` starts a walk from it. */
  get token(): string | undefined {
    return this.nextToken;
  }

  /**
   * Fetches the next non-empty page (or the end). A broken chain throws a `paging` error; what
   * `step` returned before stays valid and the walk is marked done.
   */
  async step(signal?: AbortSignal): Promise<WalkStep<T>> {
    if (this.finished) { return { items: [], invalid: [], requests: 0, done: true }; }
    let requests = 0;
    for (let empty = 0;; empty++) {
      if (this.pages >= this.budget.maxPages) {
        this.broken({ kind: 'pageBudget', pages: this.budget.maxPages }, true);
      }
      if (this.bytes >= this.budget.maxBytes) {
        this.broken({ kind: 'byteBudget', megabytes: megabytes(this.bytes) }, true);
      }
      const page = await this.fetchPage(this.nextToken, signal);
      requests++;
      this.pages++;
      this.bytes += page.bytes ?? 0;
      this.checkNews(page.items);
      this.advance(page);
      const nonEmpty = page.items.length > 0 || page.invalid.length > 0;
      if (nonEmpty || this.finished) {
        return { items: page.items, invalid: page.invalid, requests, done: this.finished };
      }
      if (empty + 1 >= MAX_EMPTY_PAGES_IN_A_ROW) {
        this.broken({ kind: 'emptyPages', pages: MAX_EMPTY_PAGES_IN_A_ROW });
      }
    }
  }

  private broken(pagingReason: PagingReason, walkLimit = false): never {
    this.finished = true;
    throw new FeishuError({ kind: 'paging', endpoint: this.endpoint, detail: pagingDetail(pagingReason, formatOnly), pagingReason, walkLimit });
  }

  /** Items never seen in this walk; a page of repeats only means the chain goes round in circles. */
  private checkNews(items: readonly T[]): void {
    const itemId = this.itemId;
    if (!itemId || items.length === 0) { return; }
    const ids = items.map(itemId);
    if (ids.every(id => this.seenItems.has(id))) {
      this.broken({ kind: 'onlySeenItems' });
    }
    for (const id of ids) { this.seenItems.add(id); }
  }

  private advance(page: Page<T>): void {
    if (!page.hasMore) {
      this.finished = true;
      this.nextToken = undefined;
      return;
    }
    const token = page.pageToken;
    if (token === undefined || token === '') {
      this.broken({ kind: 'noToken' });
    }
    if (token.length > MAX_PAGE_TOKEN_LENGTH) {
      this.broken({ kind: 'longToken', length: token.length, max: MAX_PAGE_TOKEN_LENGTH });
    }
    if (this.seenTokens.has(token) || token === this.nextToken) {
      this.broken({ kind: 'sameToken' });
    }
    this.seenTokens.add(token);
    this.nextToken = token;
  }
}

function megabytes(bytes: number): string {
  return (bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0);
}

/** Every page of a chain, in order; a broken chain ends with the `paging` error after the good pages. */
export async function* walkPages<T>(
  fetchPage: FetchPage<T>,
  endpoint: string,
  signal?: AbortSignal,
  itemId?: (item: T) => string,
  budget?: WalkBudget,
): AsyncGenerator<WalkStep<T>> {
  const walk = new PageWalk(fetchPage, endpoint, itemId, budget);
  while (!walk.done) {
    yield await walk.step(signal);
  }
}

export async function collectAll<T>(
  fetchPage: FetchPage<T>,
  endpoint: string,
  signal?: AbortSignal,
  itemId?: (item: T) => string,
  budget?: WalkBudget,
): Promise<{ items: T[]; invalid: InvalidItem[]; requests: number; }> {
  const items: T[] = [];
  const invalid: InvalidItem[] = [];
  let requests = 0;
  for await (const step of walkPages(fetchPage, endpoint, signal, itemId, budget)) {
    items.push(...step.items);
    invalid.push(...step.invalid);
    requests += step.requests;
  }
  return { items, invalid, requests };
}
