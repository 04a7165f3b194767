// Sliding one-second windows per endpoint × app, as the platform counts them.
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
};

const WINDOW_MS = 1000;

export class RateLimiter {
  private readonly windows = new Map<string, number[]>();

  constructor(private readonly clock: () => number = () => performance.now()) {}

  /** Counts the request, or says how long until one more fits (ms). */
  take(route: FakeRoute, appId: string): { limited: false } | { limited: true; limit: number; resetMs: number } {
    const limit = RATE_LIMITS[route];
    if (limit === undefined) { return { limited: false }; }
    const key = `${route}\n${appId}`;
    const now = this.clock();
    const window = (this.windows.get(key) ?? []).filter(t => t > now - WINDOW_MS);
    this.windows.set(key, window);
    if (window.length >= limit) {
      return { limited: true, limit, resetMs: (window[0] as number) + WINDOW_MS - now };
    }
    window.push(now);
    return { limited: false };
  }

  reset(): void {
    this.windows.clear();
  }
}
