// Keeps each endpoint under its documented per-second limit, so the client never trips 99991400 by itself
// (the limits are per endpoint × app × tenant; the concurrency cap alone cannot bound the rate).
import { FeishuError } from './errors';

/** Endpoint family → requests per rolling second, a little under the documented limits. */
function documentedRate(path: string): { key: string; perSecond: number } | undefined {
  const key = path.split('?')[0]!.replace(/\/\d+(?=\/|$)/g, '/:id');
  if (key.endsWith('/tenant_access_token/internal')) { return undefined; }
  if (key.includes('/hire/v1/talents/')) { return { key, perSecond: 18 }; }
  if (key.endsWith('/get_detail')) { return { key, perSecond: 9 }; }
  if (key.includes('/hire/v2/interview_records')) { return { key, perSecond: 18 }; }
  if (key.includes('/contact/v3/job_levels')) { return { key, perSecond: 9 }; }
  return { key, perSecond: 45 };
}

export class RatePacer {
  private readonly sent = new Map<string, number[]>();

  constructor(
    private readonly rateOf: (path: string) => { key: string; perSecond: number } | undefined = documentedRate,
    private readonly now: () => number = Date.now,
  ) {}

  /** Resolves when a request to `path` may go out, recording it as sent. */
  async acquire(path: string, signal?: AbortSignal): Promise<void> {
    const rate = this.rateOf(path);
    if (!rate) { return; }
    for (;;) {
      if (signal?.aborted) { throw new FeishuError({ kind: 'cancelled', detail: 'cancelled' }); }
      const t = this.now();
      const window = (this.sent.get(rate.key) ?? []).filter(x => x > t - 1000);
      if (window.length < rate.perSecond) {
        window.push(t);
        this.sent.set(rate.key, window);
        return;
      }
      this.sent.set(rate.key, window);
      await new Promise(resolve => setTimeout(resolve, Math.max(1, window[0]! + 1000 - t)));
    }
  }
}
