// Sliding windows per endpoint × app, as the platform counts them: one second for every limited route, and
// one minute as well where the docs give a per-minute figure (the applications list and get, contract §9).
import type { FakeRoute } from './switches';

/** Requests per second. The seed endpoint's limit is not published: we use the lists' 50/s. */
export const RATE_LIMITS: Partial<Record<FakeRoute, number>> = {
  interviews: 50,
  successorInterviews: 50,
  applications: 50,
  application: 50,
  talent: 20,
  job: 50,
  // v2 get and contact job-level get are documented (20/s, 10/s); the two lists are not: we use the same.
  interviewRecordV2: 20,
  interviewRecordsV2: 20,
  jobLevel: 10,
  jobLevels: 10,
  // The talents list is documented at 20/s; the ID lookup and the jobs list are not: we use the talent's and the lists'.
  talents: 20,
  talentIds: 20,
  jobs: 50,
};

/** Requests per minute, on top of the per-second limit. */
export const MINUTE_LIMITS: Partial<Record<FakeRoute, number>> = { applications: 1000, application: 1000 };

const SECOND_MS = 1000;
const MINUTE_MS = 60_000;

export type RateTake = { limited: false; } | { limited: true; limit: number; resetMs: number; };

export class RateLimiter {
  private readonly windows = new Map<string, number[]>();

  constructor(private readonly clock: () => number = () => performance.now()) {}

  /** Counts the request in every window of its route, or says how long until one more fits in all (ms). `timeScale` > 1 shortens the windows. */
  take(route: FakeRoute, appId: string, timeScale = 1): RateTake {
    const limits: [number | undefined, number, string][] = [[RATE_LIMITS[route], SECOND_MS / timeScale, 's'], [
      MINUTE_LIMITS[route],
      MINUTE_MS / timeScale,
      'min',
    ]];
    const now = this.clock();
    let full: { limited: true; limit: number; resetMs: number; } | undefined;
    const open: number[][] = [];
    for (const [limit, ms, unit] of limits) {
      if (limit === undefined) { continue; }
      const key = `${route}\n${appId}\n${unit}`;
      const window = (this.windows.get(key) ?? []).filter(t => t > now - ms);
      this.windows.set(key, window);
      const resetMs = window.length >= limit ? (window[window.length - limit] as number) + ms - now : 0;
      // Over more than one window: the caller waits for the one that frees last.
      if (resetMs > 0 && (!full || resetMs > full.resetMs)) { full = { limited: true, limit, resetMs }; }
      open.push(window);
    }
    if (full) { return full; }
    for (const window of open) { window.push(now); }
    return { limited: false };
  }

  reset(): void {
    this.windows.clear();
  }
}
