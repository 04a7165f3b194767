// A large company's last 14 days, served only when the `companyScale` switch is on (never in the default sample):
// 1,500 more applications whose 1,920 interviews start in the last 13 days (with the sample's own, about 2,000 in a
// 14-day window: 20 pages), with 400 interviewers. They ride on the clock-bound
// mechanism of recentInterviews.ts (times relative to now in 15-minute steps); their IDs use a block of their own.
import { makeId, IdKind } from './ids';
import { hash32, hex, between } from './prng';
import { recentAnchorMs } from './recentInterviews';
import { EMPLOYEES, type Application, type Employee, type RecentApplicationPlan, type RecentInterviewPlan, type RecentOutcome } from './sampleConfig';

export const COMPANY_APPLICATIONS = 1500;
/** The first 420 applications have two interviews, a day apart, the rest one: 1,920 in all. */
const TWO_ROUNDS = 420;
const INTERVIEWERS = 400;
const DAY_MINUTES = 24 * 60;
/** The `a` part of every company ID (application, interview, record): apart from the sample's 0–511 indices in use. */
export const COMPANY_ID_BLOCK = 500;
const SALT_COMPANY = 41;

/** Interviewers of the large company, made up from their number. */
export function companyEmployee(n: number): Employee {
  return {
    openId: `ou_${hex(32, SALT_COMPANY, n, 1)}`,
    unionId: `on_${hex(32, SALT_COMPANY, n, 2)}`,
    userId: String(between(10_000_000, 99_999_999, SALT_COMPANY, n, 3)),
    name: { zh_cn: `面试官${n + 1}`, en_us: `Interviewer ${n + 1}` },
  };
}

function outcomeOf(k: number, i: number, r: number, startMinutes: number, minutes: number): RecentOutcome {
  if (startMinutes + minutes > 0) { return 'notStarted'; }
  const roll = hash32(SALT_COMPANY, k, i, r, 7) % 100;
  // About one record in five still owed; older interviews less often than recent ones.
  const owed = startMinutes > -3 * DAY_MINUTES ? 35 : 15;
  return roll < owed ? 'owed' : roll < owed + 40 ? 'pass' : roll < owed + 65 ? 'fail' : roll < owed + 75 ? 'pending' : roll < owed + 80 ? 'noShow' : 'pass';
}

/** Company application `k`: its job and talent indices and its interviews relative to now. */
export function companyPlan(k: number, jobs: number, talents: number): RecentApplicationPlan {
  const rounds = k < TWO_ROUNDS ? 2 : 1;
  // From 13 days ago to a day ago: a second round a day later has started by now.
  const first = -DAY_MINUTES - 60 - Math.floor((hash32(SALT_COMPANY, k, 1) % (12 * DAY_MINUTES)) / 15) * 15;
  const interviews: RecentInterviewPlan[] = [];
  for (let i = 0; i < rounds; i++) {
    const startMinutes = first + i * DAY_MINUTES;
    const minutes = [30, 45, 60, 60, 90][hash32(SALT_COMPANY, k, i, 2) % 5] as number;
    const count = 1 + (hash32(SALT_COMPANY, k, i, 3) % 3);
    interviews.push({
      startMinutes,
      minutes,
      records: Array.from(
        { length: count },
        (_, r) => ({ outcome: outcomeOf(k, i, r, startMinutes, minutes), interviewer: hash32(SALT_COMPANY, k, i, r, 4) % INTERVIEWERS }),
      ),
    });
  }
  return { job: hash32(SALT_COMPANY, k, 5) % jobs, talent: hash32(SALT_COMPANY, k, 6) % talents, interviews };
}

export const companyApplicationId = (k: number, idDayMs: number): string => makeId(IdKind.application, COMPANY_ID_BLOCK, k, (idDayMs - 30 * 86_400_000) / 1000);

/** IDs and interviewers of a clock-bound application's interviews: the sample's by its index, the company's by its block. */
export const clockInterviewId = (app: Application, i: number, seconds: number): string =>
  app.company === undefined ? makeId(IdKind.interview, app.index, i, seconds) : makeId(IdKind.interview, COMPANY_ID_BLOCK, app.company * 2 + i, seconds);
export const clockRecordId = (app: Application, i: number, r: number, seconds: number): string =>
  app.company === undefined
    ? makeId(IdKind.record, app.index, i * 4 + r, seconds)
    : makeId(IdKind.record, COMPANY_ID_BLOCK, app.company * 8 + i * 4 + r, seconds);
export const clockInterviewer = (app: Application, n: number): Employee =>
  app.company === undefined ? EMPLOYEES[n % EMPLOYEES.length] as Employee : companyEmployee(n);

/** `count` clock-bound applications, built again when the clock reaches the next 15-minute step, by ID too. */
export function clockBound(
  now: () => number,
  count: number,
  at: (k: number) => Application,
): () => { applications: Application[]; byId: Map<string, Application>; } {
  let part: { anchorMs: number; applications: Application[]; byId: Map<string, Application>; } | undefined;
  return () => {
    const anchorMs = recentAnchorMs(now());
    if (!part || part.anchorMs !== anchorMs) {
      const applications = Array.from({ length: count }, (_, k) => at(k));
      part = { anchorMs, applications, byId: new Map(applications.map(a => [a.id, a])) };
    }
    return part;
  };
}
