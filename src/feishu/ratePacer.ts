// Keeps each endpoint under its documented per-second limit, so the client never trips 99991400 by itself
// (the limits are per endpoint × app × tenant; the concurrency cap alone cannot bound the rate).
//
// A sliding window of exactly the documented count: a request holds its place in the window from the
// moment it may go out until one second after its reply came back. The service counted it when it
// arrived, which lies between those two moments, so a request sent after that second can never share the
// service's window with it, whatever the network's jitter; and the window never waits longer than one
// round trip beyond what the limit itself demands.
import { FeishuError } from './errors';

const WINDOW_MS = 1000;

/** Endpoint family → the documented requests per second. */
function documentedRate(path: string): { key: string; perSecond: number } | undefined {
  const key = path.split('?')[0]!.replace(/\/\d+(?=\/|$)/g, '/:id');
  if (key.endsWith('/tenant_access_token/internal')) { return undefined; }
  if (key.includes('/hire/v1/talents/')) { return { key, perSecond: 20 }; }
  if (key.endsWith('/get_detail')) { return { key, perSecond: 10 }; }
  if (key.includes('/hire/v2/interview_records')) { return { key, perSecond: 20 }; }
  if (key.includes('/contact/v3/job_levels')) { return { key, perSecond: 10 }; }
  return { key, perSecond: 50 };
}

/** One endpoint family's window: requests still out, the reply times of recent ones, and who waits, in order. */
interface Window {
  readonly perSecond: number;
  inFlight: number;
  /** Reply times, oldest first; each keeps its place until WINDOW_MS after it. */
  replied: number[];
  readonly waiters: Array<() => void>;
  timer?: ReturnType<typeof setTimeout>;
}

/** Call when the reply (or the failure) is in: the request's place frees one second later. Calling again does nothing. */
export type PacerRelease = () => void;

const nothingToRelease: PacerRelease = () => undefined;

export class RatePacer {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly rateOf: (path: string) => { key: string; perSecond: number } | undefined = documentedRate,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Resolves when a request to `path` may go out, first come first served; the caller must release it when answered. */
  async acquire(path: string, signal?: AbortSignal): Promise<PacerRelease> {
    const rate = this.rateOf(path);
    if (!rate) { return nothingToRelease; }
    if (signal?.aborted) { throw cancelled(); }
    let w = this.windows.get(rate.key);
    if (!w) {
      w = { perSecond: rate.perSecond, inFlight: 0, replied: [], waiters: [] };
      this.windows.set(rate.key, w);
    }
    const window = w;
    await new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        const at = window.waiters.indexOf(waiter);
        if (at >= 0) { window.waiters.splice(at, 1); }
        reject(cancelled());
      };
      const waiter = (): void => { signal?.removeEventListener('abort', onAbort); resolve(); };
      signal?.addEventListener('abort', onAbort, { once: true });
      window.waiters.push(waiter);
      this.admit(window);
    });
    let released = false;
    return () => {
      if (released) { return; }
      released = true;
      window.inFlight--;
      window.replied.push(this.now());
      this.admit(window);
    };
  }

  /** Lets waiters go while the window has room; otherwise wakes up when its oldest reply leaves it. */
  private admit(w: Window): void {
    const t = this.now();
    let expired = 0;
    while (expired < w.replied.length && w.replied[expired]! + WINDOW_MS <= t) { expired++; }
    if (expired > 0) { w.replied.splice(0, expired); }
    while (w.waiters.length > 0 && w.inFlight + w.replied.length < w.perSecond) {
      w.inFlight++;
      w.waiters.shift()!();
    }
    // Still full: the next place frees when the oldest reply leaves the window (or when a reply comes, via release).
    if (w.waiters.length > 0 && w.replied.length > 0 && w.timer === undefined) {
      w.timer = setTimeout(() => { w.timer = undefined; this.admit(w); }, Math.max(1, Math.ceil(w.replied[0]! + WINDOW_MS - t)));
    }
  }
}

function cancelled(): FeishuError {
  return new FeishuError({ kind: 'cancelled', detail: 'cancelled' });
}
