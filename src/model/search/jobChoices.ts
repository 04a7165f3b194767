// The tenant's jobs by title for the job filter: pages read only when the user asks for more, kept for the
// connection. The jobs list has no title filter, so the pick list searches what is loaded; "More jobs…" reads on.
import type { HireApi } from '../../feishu/hireApi';
import type { Job } from '../../feishu/types';
import { ChangeEvent } from '../changeEvent';

export class JobChoices {
  private readonly changed = new ChangeEvent<void>();
  readonly onDidChange = this.changed.event;
  private readonly loaded: Job[] = [];
  private pageToken: string | undefined;
  private done = false;
  private loading: Promise<void> | undefined;
  private lastError: unknown;

  constructor(private readonly api: Pick<HireApi, 'listJobs'>, private readonly signal?: AbortSignal) {}

  get jobs(): readonly Job[] {
    return this.loaded;
  }

  get hasMore(): boolean {
    return !this.done;
  }

  get busy(): boolean {
    return this.loading !== undefined;
  }

  /** Why the last page could not be read; cleared by the next that is. */
  get error(): unknown {
    return this.lastError;
  }

  /** The next page; concurrent calls share one request. Never rejects: the failure is in `error`. */
  loadMore(): Promise<void> {
    if (this.done) { return Promise.resolve(); }
    this.loading ??= this.api.listJobs({ pageToken: this.pageToken, signal: this.signal }).then(page => {
      const seen = new Set(this.loaded.map(j => j.id));
      this.loaded.push(...page.items.filter(j => !seen.has(j.id)));
      // A token that does not move would read the same page for ever.
      this.done = !page.hasMore || !page.pageToken || page.pageToken === this.pageToken;
      this.pageToken = page.pageToken;
      this.lastError = undefined;
    }, (e: unknown) => {
      this.lastError = e;
    }).finally(() => {
      this.loading = undefined;
      this.changed.fire();
    });
    return this.loading;
  }

  /** The first page, once. */
  ensureFirstPage(): Promise<void> {
    return this.loaded.length > 0 || this.done ? Promise.resolve() : this.loadMore();
  }
}
