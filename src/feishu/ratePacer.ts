// Keeps each endpoint under its documented limits, so the client never trips 99991400 by itself (the
// limits are per endpoint × app × tenant; the concurrency cap alone cannot bound the rate). Some endpoints
// have two windows, per second and per minute (the applications list and get: 50/s and 1000/min): both hold.
//
// Sliding windows of exactly the documented counts: a request holds its place in a window from the
// moment it may go out until the window's length after its reply came back. The service counted it when
// it arrived, which lies between those two moments, so a request sent after that can never share the
// service's window with it, whatever the network's jitter; and a window never waits longer than one
// round trip beyond what the limit itself demands.
import { FeishuError } from './errors';

/** At most `count` requests in any `ms` milliseconds. */
export interface RateWindow {
  count: number;
  ms: number;
}

export interface EndpointRate {
  key: string;
  windows: RateWindow[];
}

const SECOND = 1000;
const MINUTE = 60_000;

const perSecond = (count: number): RateWindow[] => [{ count, ms: SECOND }];

/** Endpoint family → its documented windows; `timeScale` > 1 shortens every window (a benchmark against a fake scaled the same). */
export function documentedRate(path: string, timeScale = 1): EndpointRate | undefined {
  const key = path.split('?')[0]!.replace(/\/\d+(?=\/|$)/g, '/:id');
  if (key.endsWith('/tenant_access_token/internal')) { return undefined; }
  let windows: RateWindow[];
  // The talent get, the talents list and the ID lookup: 20/s (contract §9).
  if (key.includes('/hire/v1/talents')) { windows = perSecond(20); }
  else if (key.endsWith('/get_detail')) { windows = perSecond(10); }
  else if (key.includes('/hire/v2/interview_records')) { windows = perSecond(20); }
  else if (key.includes('/contact/v3/job_levels')) { windows = perSecond(10); }
  // The applications list and get (contract §9): 50/s and 1000/min.
  else if (/\/hire\/v1\/applications(\/:id)?$/.test(key)) { windows = [{ count: 50, ms: SECOND }, { count: 1000, ms: MINUTE }]; }
  else { windows = perSecond(50); }
  return { key, windows: timeScale === 1 ? windows : windows.map(w => ({ count: w.count, ms: w.ms / timeScale })) };
}

/** One endpoint family's windows: requests still out, the reply times of recent ones, and who waits, in order. */
interface Window {
  readonly limits: RateWindow[];
  /** The longest of the limits: replies older than that count in none. */
  readonly longestMs: number;
  inFlight: number;
  /** Reply times, oldest first; each keeps its place in a limit until that limit's length after it. */
  replied: number[];
  readonly waiters: Array<() => void>;
  timer?: ReturnType<typeof setTimeout>;
}

/** Index of the first reply still inside a window of `ms` at `t` (replies are sorted). */
function firstInside(replied: readonly number[], ms: number, t: number): number {
  let lo = 0;
  let hi = replied.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (replied[mid]! + ms <= t) { lo = mid + 1; } else { hi = mid; }
  }
  return lo;
}

/** Call when the reply (or the failure) is in: the request's place in each window frees that window's length later. Calling again does nothing. */
export type PacerRelease = () => void;

const nothingToRelease: PacerRelease = () => undefined;

export class RatePacer {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly rateOf: (path: string) => EndpointRate | undefined = documentedRate,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Resolves when a request to `path` may go out, first come first served; the caller must release it when answered. */
  async acquire(path: string, signal?: AbortSignal): Promise<PacerRelease> {
    const rate = this.rateOf(path);
    if (!rate) { return nothingToRelease; }
    if (signal?.aborted) { throw cancelled(); }
    let w = this.windows.get(rate.key);
    if (!w) {
      w = { limits: rate.windows, longestMs: Math.max(...rate.windows.map(l => l.ms)), inFlight: 0, replied: [], waiters: [] };
      this.windows.set(rate.key, w);
    }
    const window = w;
    await new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        const at = window.waiters.indexOf(waiter);
        if (at >= 0) { window.waiters.splice(at, 1); }
        reject(cancelled());
      };
      const waiter = (): void => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
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

  /** Lets waiters go while every limit has room; otherwise wakes up when the replies that fill them leave. */
  private admit(w: Window): void {
    const t = this.now();
    const expired = firstInside(w.replied, w.longestMs, t);
    if (expired > 0) { w.replied.splice(0, expired); }
    const room = (): boolean => w.limits.every(l => w.inFlight + w.replied.length - firstInside(w.replied, l.ms, t) < l.count);
    while (w.waiters.length > 0 && room()) {
      w.inFlight++;
      w.waiters.shift()!();
    }
    if (w.waiters.length === 0 || w.timer !== undefined) { return; }
    // Still full: each full limit frees a place when enough of its oldest replies leave it (or, when the
    // requests still out fill it, when a reply comes, via release).
    let wakeAt = t;
    for (const l of w.limits) {
      const inside = firstInside(w.replied, l.ms, t);
      const mustLeave = w.inFlight + w.replied.length - inside - l.count + 1;
      if (mustLeave > 0 && mustLeave <= w.replied.length - inside) { wakeAt = Math.max(wakeAt, w.replied[inside + mustLeave - 1]! + l.ms); }
    }
    if (wakeAt > t) {
      w.timer = setTimeout(() => {
        w.timer = undefined;
        this.admit(w);
      }, Math.max(1, Math.ceil(wakeAt - t)));
    }
  }
}

function cancelled(): FeishuError {
  return new FeishuError({ kind: 'cancelled', detail: 'cancelled' });
}
