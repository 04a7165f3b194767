// The part of the sample tenant that moves with the clock: a few applications whose interviews lie
// around "now", so sample mode always has feedback owed — overdue by more than a week, ended today,
// in progress, not yet started, all submitted, a pending verdict, a no-show — while the rest of the tenant stays fixed.
import type { Conclusion, RecentApplicationPlan, RecentOutcome, RecentRecordPlan } from './sampleConfig';

export type { RecentApplicationPlan, RecentInterviewPlan, RecentOutcome, RecentRecordPlan } from './sampleConfig';

const DAY_MINUTES = 24 * 60;
const QUARTER_HOUR = 15 * 60_000;
const DAY = 86_400_000;

const r = (outcome: RecentOutcome, interviewer: number): RecentRecordPlan => ({ outcome, interviewer });

/** Rounds are in time order. "Ended today" lies an hour or two back: shortly after midnight it is yesterday. */
export const RECENT_PLANS: readonly RecentApplicationPlan[] = [{
  job: 0,
  talent: 20,
  interviews: [{ startMinutes: -9 * DAY_MINUTES - 60, minutes: 60, records: [r('owed', 0), r('pass', 1)] }, {
    startMinutes: -8 * DAY_MINUTES - 180,
    minutes: 45,
    records: [r('owed', 0), r('owed', 6)],
  }],
}, {
  job: 1,
  talent: 21,
  interviews: [{ startMinutes: -3 * DAY_MINUTES - 120, minutes: 60, records: [r('pass', 2), r('fail', 3), r('pass', 0)] }, {
    startMinutes: -150,
    minutes: 60,
    records: [r('owed', 1), r('pass', 2)],
  }],
}, {
  job: 5,
  talent: 22,
  interviews: [{ startMinutes: -2 * DAY_MINUTES - 60, minutes: 60, records: [r('noShow', 4), r('noShow', 5)] }, {
    startMinutes: DAY_MINUTES + 60,
    minutes: 60,
    records: [r('notStarted', 0), r('notStarted', 7)],
  }],
}, {
  job: 9,
  talent: 23,
  interviews: [{ startMinutes: -75, minutes: 45, records: [r('owed', 8)] }, {
    startMinutes: -15,
    minutes: 60,
    records: [r('notStarted', 8), r('notStarted', 3)],
  }],
}, {
  job: 2,
  talent: 24,
  interviews: [{ startMinutes: -20 * DAY_MINUTES, minutes: 60, records: [r('owed', 11)] }, {
    startMinutes: -5 * DAY_MINUTES - 240,
    minutes: 60,
    records: [r('fail', 9), r('pending', 10)],
  }],
}];

export const RECENT_APPLICATION_COUNT = RECENT_PLANS.length;

/** Times slide with the clock in 15-minute steps. */
export function recentAnchorMs(nowMs: number): number {
  return Math.floor(nowMs / QUARTER_HOUR) * QUARTER_HOUR;
}

/** IDs carry a creation time: taken from the UTC day, so they stay the same all day long while times slide. */
export function recentIdDayMs(nowMs: number): number {
  return Math.floor(nowMs / DAY) * DAY;
}

export const RECORD_OUTCOMES: Record<RecentOutcome, { commitStatus: 1 | 2; conclusion: Conclusion; }> = {
  pass: { commitStatus: 1, conclusion: 1 },
  fail: { commitStatus: 1, conclusion: 2 },
  pending: { commitStatus: 1, conclusion: 6 },
  noShow: { commitStatus: 1, conclusion: 5 },
  owed: { commitStatus: 2, conclusion: 4 },
  notStarted: { commitStatus: 2, conclusion: 3 },
};
