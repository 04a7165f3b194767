// At most N requests in flight, so expanding many nodes at once never trips the service's rate limits.
import { FeishuError } from './errors';

export class ConcurrencyLimit {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly max: number) {}

  get inFlight(): number {
    return this.active;
  }

  async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(signal);
    try {
      return await task();
    } finally {
      this.active--;
      this.pump();
    }
  }

  private acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) { return Promise.reject(new FeishuError({ kind: 'cancelled', detail: 'cancelled' })); }
    if (this.active < this.max) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const start = (): void => {
        signal?.removeEventListener('abort', onAbort);
        this.active++;
        resolve();
      };
      // A caller that gives up leaves the queue instead of holding a slot.
      const onAbort = (): void => {
        const i = this.waiting.indexOf(start);
        if (i >= 0) { this.waiting.splice(i, 1); }
        reject(new FeishuError({ kind: 'cancelled', detail: 'cancelled' }));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(start);
    });
  }

  private pump(): void {
    while (this.active < this.max && this.waiting.length > 0) {
      this.waiting.shift()?.();
    }
  }
}
