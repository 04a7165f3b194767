// The fake's tenants, fixtures or showcase (tenantProfiles.ts): jobs, talents, a few hundred applications and their
// interviews (sampleApplications.ts), then the applications whose interviews lie around the clock's "now".
import { IdKind, decodeId, makeId } from './ids';
import { RECENT_APPLICATION_COUNT, RECENT_PLANS, recentIdDayMs, type RecentApplicationPlan } from './recentInterviews';
import * as company from './companyScale';
import type { Application, Job, Talent, Tenant } from './sampleConfig';
import { applicationAt, applicationIdOf, clockApplicationAt, interviewAt, talentAt, talentIdOf } from './sampleApplications';
import { FIXTURES_PROFILE, PROFILES, SHOWCASE_PROFILE, type TenantKind, type TenantProfile } from './tenantProfiles';

export type {
  Application,
  City,
  Conclusion,
  Employee,
  I18n,
  Interview,
  InterviewRecord,
  Job,
  Named,
  Process,
  Score,
  Stage,
  StageVisit,
  Talent,
  Tenant,
} from './sampleConfig';
export { JOB_LEVELS, PROCESSES, SCORES } from './sampleConfig';
export { interviewAt, interviewBeginMs } from './sampleApplications';
export type { TenantKind } from './tenantProfiles';

/** The fixtures' fixed applications and talents (the tests' tenant). */
export const APPLICATION_COUNT = FIXTURES_PROFILE.applicationCount;
export const TALENT_COUNT = FIXTURES_PROFILE.talentCount;

interface FixedPart {
  talents: Talent[];
  applications: Application[];
  appsById: Map<string, Application>;
  talentsById: Map<string, Talent>;
  jobsById: Map<string, Job>;
}

const fixedParts = new Map<TenantKind, FixedPart>();

/** Everything that does not move with the clock, built once per profile (a few hundred small objects). */
function fixedPart(profile: TenantProfile): FixedPart {
  const built = fixedParts.get(profile.kind);
  if (built) { return built; }
  const talents = Array.from({ length: profile.talentCount }, (_, i) => talentAt(profile, i));
  const applications = Array.from({ length: profile.applicationCount }, (_, i) => applicationAt(profile, i, talents));
  const part = {
    talents,
    applications,
    appsById: new Map(applications.map(a => [a.id, a])),
    talentsById: new Map(talents.map(t => [t.id, t])),
    jobsById: new Map(profile.jobs.map(j => [j.id, j])),
  };
  fixedParts.set(profile.kind, part);
  return part;
}

/** A tenant as seen at `now()`: the fixed applications, then the recent ones (rebuilt when the clock moves on). */
export function sampleTenant(now: () => number = Date.now, companyScale: () => boolean = () => false, kind: TenantKind = 'fixtures'): Tenant {
  const profile = PROFILES[kind];
  const count = profile.applicationCount;
  const base = fixedPart(profile);
  const recentAt = (k: number): Application => clockApplicationAt(profile, count + k, RECENT_PLANS[k] as RecentApplicationPlan, now(), base.talents);
  const recentPart = company.clockBound(now, RECENT_APPLICATION_COUNT, recentAt);
  // Built on the first request that needs it with the switch on (1,500 small objects), IDs of a block of their own.
  const companyAt = (k: number, nowMs = now()): Application => {
    const plan = company.companyPlan(k, profile.jobs.length, profile.talentCount);
    return {
      ...clockApplicationAt(profile, count + RECENT_APPLICATION_COUNT + k, plan, nowMs, base.talents, company.companyApplicationId(k, recentIdDayMs(nowMs))),
      company: k,
    };
  };
  const companyPart = company.clockBound(now, company.COMPANY_APPLICATIONS, k => companyAt(k));
  const applicationOfIndex = (index: number): Application | undefined => index < count ? base.applications[index] : recentPart().applications[index - count];
  const interviewRef = (a: number, b: number): { app: Application | undefined; i: number; } =>
    a === company.COMPANY_ID_BLOCK && companyScale() ? { app: companyPart().applications[b >> 1], i: b & 1 } : { app: applicationOfIndex(a), i: b };
  return {
    kind,
    jobs: profile.jobs,
    talents: base.talents,
    get applications() {
      return [...base.applications, ...recentPart().applications, ...(companyScale() ? companyPart().applications : [])];
    },
    application: id => base.appsById.get(id) ?? recentPart().byId.get(id) ?? (companyScale() ? companyPart().byId.get(id) : undefined),
    talent: id => base.talentsById.get(id),
    job: id => base.jobsById.get(id),
    interview: id => {
      const parts = decodeId(id);
      const { app, i } = parts && parts.kind === IdKind.interview ? interviewRef(parts.a, parts.b) : { app: undefined, i: 0 };
      if (!app || !parts || i >= app.interviewCount) { return undefined; }
      const interview = interviewAt(app, i);
      return interview.id === id ? interview : undefined;
    },
  };
}

const fixture = (i: number): string => applicationIdOf(FIXTURES_PROFILE, i);
const showcase = (i: number): string => applicationIdOf(SHOWCASE_PROFILE, i);

/** Well-known IDs of the fixtures, the tests' tenant. */
export const SAMPLE = {
  appWith120: fixture(0),
  appWith7: fixture(1),
  appWith1: fixture(2),
  appWith0Interviews: fixture(3),
  appWith49: fixture(4),
  appWith50: fixture(5),
  appWith51: fixture(6),
  /** 12 interviews, no record has an interview_score. */
  appWithoutScores: fixture(7),
  /** One record per interview with hostile text (markup, script tags, emoji, controls); the first is ~10,000 characters. */
  appWithTrickyContent: fixture(8),
  /** For the benchmark: interviews are generated only when paged. */
  appWith10000: fixture(9),
  /** active_status 2 (terminated), 3 interviews. */
  appInactive: fixture(10),
  /** A debrief's shape: 6 rounds, 3 interviewers each. */
  appWith6Rounds: fixture(11),
  /** 19 digits, well-formed, not in the tenant. */
  unknownApplicationId: makeId(IdKind.application, 511, 0, Date.UTC(2024, 1, 29) / 1000),
  /** Talent 张伟 (application appWith120) and Emma Wilson (appWith7). */
  talentZhangWei: talentIdOf(FIXTURES_PROFILE, 0),
  talentEmmaWilson: talentIdOf(FIXTURES_PROFILE, 1),
  unknownTalentId: makeId(IdKind.talent, 511, 0, Date.UTC(2024, 1, 29) / 1000),
  /** 高级前端工程师 and Senior Backend Engineer. */
  jobChineseTitle: (FIXTURES_PROFILE.jobs[0] as Job).id,
  jobEnglishTitle: (FIXTURES_PROFILE.jobs[1] as Job).id,
  unknownJobId: makeId(IdKind.job, 511, 0, Date.UTC(2024, 1, 29) / 1000),
  /** The fixed applications and the ones whose interviews lie around the clock's "now". */
  applicationCount: FIXTURES_PROFILE.applicationCount + RECENT_APPLICATION_COUNT,
  interviewScope: 'hire:interview:readonly',
  userIdScope: 'contact:user.employee_id:readonly',
} as const;

/** Well-known IDs of the showcase, the tenant of sample mode and the demo. */
export const SHOWCASE = {
  /** 张伟 for 高级前端工程师: 5 rounds. */
  appZhangWei: showcase(0),
  /** Emma Wilson for Senior Backend Engineer: 3 rounds. */
  appEmmaWilson: showcase(1),
  /** A debrief's shape: 6 rounds, 3 interviewers each. */
  appWith6Rounds: showcase(2),
  /** 4 rounds, 2 interviewers each. */
  appWith4Rounds: showcase(3),
  talentZhangWei: talentIdOf(SHOWCASE_PROFILE, 0),
  talentEmmaWilson: talentIdOf(SHOWCASE_PROFILE, 1),
  /** The fixed applications and the ones whose interviews lie around the clock's "now". */
  applicationCount: SHOWCASE_PROFILE.applicationCount + RECENT_APPLICATION_COUNT,
} as const;
