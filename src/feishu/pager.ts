// Walks page_token chains. Stops when has_more is not true; never loops on a repeated or empty token
// (the Go SDK did), and never stops early on an empty page that says more follow.
import { FeishuError } from './errors';
import type { InvalidItem, Page } from './types';

export type FetchPage<T> = (pageToken: string | undefined, signal?: AbortSignal) => Promise<Page<T>>;

/** Empty pages in a row that we follow before calling the chain broken. */
const MAX_EMPTY_PAGES_IN_A_ROW = 25;

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
  private finished = false;

  constructor(private readonly fetchPage: FetchPage<T>, private readonly endpoint: string) {}

  get done(): boolean {
    return this.finished;
  }

  /** The token the next `step` will send; with `restore` a walk can resume after a refresh. */
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
    for (let empty = 0; ; empty++) {
      const page = await this.fetchPage(this.nextToken, signal);
      requests++;
      this.advance(page);
      const nonEmpty = page.items.length > 0 || page.invalid.length > 0;
      if (nonEmpty || this.finished) {
        return { items: page.items, invalid: page.invalid, requests, done: this.finished };
      }
      if (empty + 1 >= MAX_EMPTY_PAGES_IN_A_ROW) {
        this.finished = true;
        throw new FeishuError({ kind: 'paging', endpoint: this.endpoint, detail: `${MAX_EMPTY_PAGES_IN_A_ROW} empty pages in a row with has_more true` });
      }
    }
  }

  private advance(page: Page<T>): void {
    if (!page.hasMore) {
      this.finished = true;
      this.nextToken = undefined;
      return;
    }
    const token = page.pageToken;
    if (token === undefined || token === '') {
      this.finished = true;
      throw new FeishuError({ kind: 'paging', endpoint: this.endpoint, detail: 'has_more is true but no page_token was sent' });
    }
    if (this.seenTokens.has(token) || token === this.nextToken) {
      this.finished = true;
      throw new FeishuError({ kind: 'paging', endpoint: this.endpoint, detail: 'the same page_token came back again' });
    }
    this.seenTokens.add(token);
    this.nextToken = token;
  }
}

/** Every page of a chain, in order; a broken chain ends with the `paging` error after the good pages. */
export async function* walkPages<T>(fetchPage: FetchPage<T>, endpoint: string, signal?: AbortSignal): AsyncGenerator<WalkStep<T>> {
  const walk = new PageWalk(fetchPage, endpoint);
  while (!walk.done) {
    yield await walk.step(signal);
  }
}

export async function collectAll<T>(fetchPage: FetchPage<T>, endpoint: string, signal?: AbortSignal): Promise<{ items: T[]; invalid: InvalidItem[]; requests: number }> {
  const items: T[] = [];
  const invalid: InvalidItem[] = [];
  let requests = 0;
  for await (const step of walkPages(fetchPage, endpoint, signal)) {
    items.push(...step.items);
    invalid.push(...step.invalid);
    requests += step.requests;
  }
  return { items, invalid, requests };
}
