// The sample tenant: jobs, talents, ~300 applications and their interviews, all derived from
// indices by key (see prng.ts). Interviews are never stored: interviewAt(app, i) rebuilds one on
// demand, so an application with 10,000 interviews costs nothing until it is paged.
import {
  CITIES,
  DAY,
  FINAL_INTERVIEW_STAGE,
  FIRST_INTERVIEW_STAGE,
  JOBS,
  SALT,
  SCORES,
  TENANT_START,
  TIME_ZONES,
  type Application,
  type Interview,
  type InterviewRecord,
  type Job,
  type Stage,
  type StageVisit,
  type Talent,
  type Tenant,
} from './sampleConfig';
import { decodeId, IdKind, makeId } from './ids';
import { recordAt, recordCountOf } from './sampleRecords';
import { between, hash32, pick, unit } from './prng';
import { RECENT_APPLICATION_COUNT, RECENT_PLANS, recentAnchorMs, recentIdDayMs, RECORD_OUTCOMES, type RecentApplicationPlan } from './recentInterviews';
import * as company from './companyScale';
import { EN_FIRST, EN_LAST, interviewNote, TRICKY_NAMES, TRICKY_NOTES, ZH_GIVEN, ZH_SURNAMES } from './sampleText';

const HOUR = 3_600_000;
const CHINA_OFFSET = 8 * HOUR;
const LAST_CREATE = Date.UTC(2026, 5, 30);
const TENANT_END = Date.UTC(2026, 11, 20);

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

export const APPLICATION_COUNT = 300;
export const TALENT_COUNT = 260;

function talentName(i: number): string {
  if (i === 0) { return '张伟'; }
  if (i === 1) { return 'Emma Wilson'; }
  if (i % 42 === 17) { return TRICKY_NAMES[Math.floor(i / 42) % TRICKY_NAMES.length] as string; }
  return i % 3 === 1
    ? `${pick(EN_FIRST, SALT.talent, i, 1)} ${pick(EN_LAST, SALT.talent, i, 2)}`
    : pick(ZH_SURNAMES, SALT.talent, i, 1) + pick(ZH_GIVEN, SALT.talent, i, 2);
}

/** A talent enters the tenant shortly before its first application (application `i` for talent `i`). */
function talentCreateMs(i: number): number {
  return createMsOf(i) - between(1, 60, SALT.talent, i, 3) * DAY;
}

function talentAt(i: number): Talent {
  const createMs = talentCreateMs(i);
  return {
    index: i,
    id: makeId(IdKind.talent, i, 0, createMs / 1000),
    name: talentName(i),
    email: `candidate${i}@example.com`,
    mobile: String(13_800_000_000 + hash32(SALT.talent, i, 4) % 100_000_000),
    gender: i % 2 === 0 ? 1 : 2,
    experienceYears: between(0, 15, SALT.talent, i, 5),
    age: between(21, 45, SALT.talent, i, 6),
    city: pick(CITIES, SALT.talent, i, 7),
    timeZone: pick(TIME_ZONES, SALT.talent, i, 8),
    createMs,
  };
}

/** Applications with a role in the tests: their index in the tenant and their interview count. */
const SPECIAL: Record<
  number,
  { interviews: number; noScores?: boolean; trickyNotes?: boolean; everyConclusion?: boolean; inactive?: boolean; recordsPerInterview?: number; }
> = {
  0: { interviews: 120 },
  1: { interviews: 7, everyConclusion: true },
  2: { interviews: 1 },
  3: { interviews: 0 },
  4: { interviews: 49 },
  5: { interviews: 50 },
  6: { interviews: 51 },
  7: { interviews: 12, noScores: true },
  8: { interviews: TRICKY_NOTES.length + 1, trickyNotes: true },
  9: { interviews: 10_000 },
  10: { interviews: 3, inactive: true },
  11: { interviews: 6, recordsPerInterview: 3 },
};

function talentIndexOf(i: number): number {
  return i < TALENT_COUNT ? i : hash32(SALT.app, i, 5) % TALENT_COUNT;
}

function createMsOf(i: number): number {
  if (i === 9) { return Date.UTC(2021, 0, 10, 2, 13); }
  const ms = TENANT_START + Math.floor(unit(SALT.app, i, 1) * (LAST_CREATE - TENANT_START));
  // A second application of a talent comes after the talent exists.
  return i < TALENT_COUNT ? ms : Math.max(ms, talentCreateMs(talentIndexOf(i)) + DAY);
}

function applicationIdOf(i: number): string {
  return makeId(IdKind.application, i, 0, createMsOf(i) / 1000);
}

function interviewCountOf(i: number): number {
  const special = SPECIAL[i];
  if (special) { return special.interviews; }
  const r = unit(SALT.app, i, 2);
  return r < 0.2 ? 0 : r < 0.8 ? between(1, 3, SALT.app, i, 3) : between(4, 9, SALT.app, i, 3);
}

/** Interview slots: from two days after the application, at most three days apart, ending before TENANT_END. */
function slotSpacing(createMs: number, count: number): number {
  if (count === 0) { return 0; }
  return Math.min(3 * DAY, (TENANT_END - createMs - 12 * DAY) / count);
}

function beginMsOf(app: { index: number; createMs: number; interviewCount: number; }, i: number): number {
  const spacing = slotSpacing(app.createMs, app.interviewCount);
  const slot = app.createMs + 2 * DAY + i * spacing;
  if (spacing < DAY) { return Math.floor(slot / (15 * 60_000)) * 15 * 60_000; }
  // Mostly office hours in China; now and then late at night or just after midnight, to test date edges.
  const dayStart = Math.floor((slot + CHINA_OFFSET) / DAY) * DAY - CHINA_OFFSET;
  const r = hash32(SALT.interview, app.index, i, 1) % 23;
  const hour = r === 0 ? 23.5 : r === 1 ? 0.25 : pick([9, 10, 11, 14, 15, 16, 17, 19, 20], SALT.interview, app.index, i, 2);
  const minute = pick([0, 0, 15, 30, 45], SALT.interview, app.index, i, 3);
  return dayStart + hour * HOUR + minute * 60_000;
}

const DURATIONS = [30, 45, 60, 60, 90];

/** When interview `i` of an application starts, without building it. */
export function interviewBeginMs(app: Application, i: number): number {
  const recent = app.recent?.plan.interviews[i];
  return recent && app.recent ? app.recent.anchorMs + recent.startMinutes * 60_000 : beginMsOf(app, i);
}

function endMsOf(app: Application, i: number): number {
  const recent = app.recent?.plan.interviews[i];
  if (recent) { return interviewBeginMs(app, i) + recent.minutes * 60_000; }
  return beginMsOf(app, i) + pick(DURATIONS, SALT.interview, app.index, i, 4) * 60_000;
}

function interviewStageIndex(count: number, i: number): number {
  return count > 1 && i >= Math.ceil(count / 2) ? FINAL_INTERVIEW_STAGE : FIRST_INTERVIEW_STAGE;
}

function applicationAt(i: number, talents: Talent[]): Application {
  const special = SPECIAL[i];
  const job = i === 0 ? JOBS[0] as Job : i === 1 ? JOBS[1] as Job : pick(JOBS, SALT.app, i, 4);
  const talent = talents[talentIndexOf(i)] as Talent;
  const createMs = createMsOf(i);
  const interviewCount = interviewCountOf(i);
  const stages = job.process.stages;
  const active = special ? !special.inactive : unit(SALT.app, i, 6) >= 0.25;
  const app: Application = {
    index: i,
    id: applicationIdOf(i),
    job,
    talent,
    createMs,
    modifyMs: createMs,
    active,
    stage: stages[0] as Stage,
    stageVisits: [],
    interviewCount,
    noScores: special?.noScores === true,
    trickyNotes: special?.trickyNotes === true,
    everyConclusion: special?.everyConclusion === true,
    recordsPerInterview: special?.recordsPerInterview,
    // 1 sourced by HR (HR 寻访), 2 the candidate applied.
    deliveryType: between(1, 2, SALT.app, i, 7) === 1 ? 1 : 2,
  };
  // The current stage is at or after the stage of the last interview; stage times follow the interviews.
  const lastInterviewStage = interviewCount === 0 ? -1 : interviewStageIndex(interviewCount, interviewCount - 1);
  const current = interviewCount === 0 ? between(0, 1, SALT.app, i, 8) : Math.min(stages.length - 1, lastInterviewStage + between(0, 2, SALT.app, i, 8));
  const lastEnd = interviewCount === 0 ? createMs + DAY : endMsOf(app, interviewCount - 1);
  const firstFinal = Math.ceil(interviewCount / 2);
  let enter = createMs;
  for (let s = 0; s <= current; s++) {
    if (s === 1) { enter = createMs + DAY; }
    if (s === FIRST_INTERVIEW_STAGE) { enter = createMs + 1.5 * DAY; }
    if (s === FINAL_INTERVIEW_STAGE) {
      enter = interviewCount > 1 ? beginMsOf(app, firstFinal) - 2 * HOUR : Math.max(enter + DAY, lastEnd - 2 * HOUR);
    }
    if (s > FINAL_INTERVIEW_STAGE) { enter = Math.max(enter, lastEnd) + (s - FINAL_INTERVIEW_STAGE) * DAY; }
    const previous = app.stageVisits.at(-1);
    if (previous) { previous.exitMs = enter; }
    app.stageVisits.push({ stage: stages[s] as Stage, enterMs: enter });
  }
  app.stage = stages[current] as Stage;
  app.modifyMs = enter;
  if (!active) {
    const endedMs = Math.max(enter, lastEnd) + DAY;
    (app.stageVisits.at(-1) as StageVisit).exitMs = endedMs;
    app.modifyMs = endedMs;
    const type = pick([1, 22, 27], SALT.app, i, 9);
    app.termination = { type, note: type === 22 ? '候选人接受了其他 offer / Accepted another offer' : 'Position filled' };
  }
  return app;
}

/** Interview `i` (0-based, in list order) of an application. */
export function interviewAt(app: Application, i: number): Interview {
  if (app.recent) { return recentInterviewAt(app, app.recent, i); }
  const beginMs = beginMsOf(app, i);
  const endMs = endMsOf(app, i);
  const createMs = Math.max(app.createMs + HOUR, beginMs - between(1, 5, SALT.interview, app.index, i, 5) * DAY);
  const createSeconds = Math.floor(createMs / 1000);
  const recordCount = recordCountOf(app, i);
  const records: InterviewRecord[] = [];
  for (let r = 0; r < recordCount; r++) { records.push(recordAt(app, i, r, createSeconds, endMs)); }
  return {
    id: makeId(IdKind.interview, app.index, i, createSeconds),
    application: app,
    index: i,
    beginMs,
    endMs,
    stage: app.job.process.stages[interviewStageIndex(app.interviewCount, i)] as Stage,
    interviewType: between(1, 3, SALT.interview, app.index, i, 7),
    records,
    createMs,
  };
}

/** Application `index`, laid out by `plan` (recentInterviews.ts, companyScale.ts), its times relative to `nowMs`. */
function clockApplicationAt(index: number, plan: RecentApplicationPlan, nowMs: number, talents: Talent[], id?: string): Application {
  const anchorMs = recentAnchorMs(nowMs);
  const idDayMs = recentIdDayMs(nowMs);
  const job = JOBS[plan.job] as Job;
  const createMs = anchorMs + (plan.interviews[0]?.startMinutes ?? 0) * 60_000 - 3 * DAY;
  const stage = job.process.stages[plan.interviews.length > 1 ? FINAL_INTERVIEW_STAGE : FIRST_INTERVIEW_STAGE] as Stage;
  return {
    index,
    id: id ?? makeId(IdKind.application, index, 0, (idDayMs - 30 * DAY) / 1000),
    job,
    talent: talents[plan.talent] as Talent,
    createMs,
    modifyMs: createMs + DAY,
    active: true,
    stage,
    stageVisits: [{ stage: job.process.stages[0] as Stage, enterMs: createMs, exitMs: createMs + DAY }, { stage, enterMs: createMs + DAY }],
    interviewCount: plan.interviews.length,
    noScores: false,
    trickyNotes: false,
    everyConclusion: false,
    deliveryType: 1,
    recent: { anchorMs, idDayMs, plan },
  };
}

function recentInterviewAt(app: Application, recent: NonNullable<Application['recent']>, i: number): Interview {
  const plan = recent.plan.interviews[i];
  const beginMs = interviewBeginMs(app, i);
  const endMs = endMsOf(app, i);
  const createSeconds = (recent.idDayMs - 25 * DAY) / 1000 + i * 3600;
  const submitAt = Math.min(endMs + 30 * 60_000, recent.anchorMs);
  const records = (plan?.records ?? []).map((p, r): InterviewRecord => {
    const { commitStatus, conclusion } = RECORD_OUTCOMES[p.outcome];
    const record: InterviewRecord = {
      id: company.clockRecordId(app, i, r, createSeconds + 60 + r),
      interviewer: company.clockInterviewer(app, p.interviewer),
      commitStatus,
      conclusion,
    };
    if (commitStatus === 1) {
      record.submitMs = submitAt + r * 60_000;
      record.content = conclusion === 5 ? '候选人未到场 / The candidate did not join.' : interviewNote(SALT.record, app.index, i, r);
      if (conclusion !== 5) { record.score = SCORES[conclusion === 1 ? 2 : conclusion === 6 ? 1 : 0]; }
    }
    return record;
  });
  return {
    id: company.clockInterviewId(app, i, createSeconds),
    application: app,
    index: i,
    beginMs,
    endMs,
    stage: app.job.process.stages[interviewStageIndex(app.interviewCount, i)] as Stage,
    interviewType: 1,
    records,
    createMs: createSeconds * 1000,
  };
}

interface FixedPart {
  talents: Talent[];
  applications: Application[];
  appsById: Map<string, Application>;
  talentsById: Map<string, Talent>;
  jobsById: Map<string, Job>;
}

let fixed: FixedPart | undefined;

/** Everything that does not move with the clock, built once (a few hundred small objects). */
function fixedPart(): FixedPart {
  if (fixed) { return fixed; }
  const talents = Array.from({ length: TALENT_COUNT }, (_, i) => talentAt(i));
  const applications = Array.from({ length: APPLICATION_COUNT }, (_, i) => applicationAt(i, talents));
  fixed = {
    talents,
    applications,
    appsById: new Map(applications.map(a => [a.id, a])),
    talentsById: new Map(talents.map(t => [t.id, t])),
    jobsById: new Map(JOBS.map(j => [j.id, j])),
  };
  return fixed;
}

/** The sample tenant as seen at `now()`: the fixed applications, then the recent ones (rebuilt when the clock moves on). */
export function sampleTenant(now: () => number = Date.now, companyScale: () => boolean = () => false): Tenant {
  const base = fixedPart();
  const recentAt = (k: number): Application => clockApplicationAt(APPLICATION_COUNT + k, RECENT_PLANS[k] as RecentApplicationPlan, now(), base.talents);
  const recentPart = company.clockBound(now, RECENT_APPLICATION_COUNT, recentAt);
  // Built on the first request that needs it with the switch on (1,500 small objects), IDs of a block of their own.
  const companyAt = (k: number, nowMs = now()): Application => {
    const plan = company.companyPlan(k, JOBS.length, TALENT_COUNT);
    return {
      ...clockApplicationAt(APPLICATION_COUNT + RECENT_APPLICATION_COUNT + k, plan, nowMs, base.talents, company.companyApplicationId(k, recentIdDayMs(nowMs))),
      company: k,
    };
  };
  const companyPart = company.clockBound(now, company.COMPANY_APPLICATIONS, k => companyAt(k));
  const applicationOfIndex = (index: number): Application | undefined =>
    index < APPLICATION_COUNT ? base.applications[index] : recentPart().applications[index - APPLICATION_COUNT];
  const interviewRef = (a: number, b: number): { app: Application | undefined; i: number; } =>
    a === company.COMPANY_ID_BLOCK && companyScale() ? { app: companyPart().applications[b >> 1], i: b & 1 } : { app: applicationOfIndex(a), i: b };
  return {
    jobs: JOBS,
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

/** Well-known IDs of the sample tenant, for tests and the demo. */
export const SAMPLE = {
  appWith120: applicationIdOf(0),
  appWith7: applicationIdOf(1),
  appWith1: applicationIdOf(2),
  appWith0Interviews: applicationIdOf(3),
  appWith49: applicationIdOf(4),
  appWith50: applicationIdOf(5),
  appWith51: applicationIdOf(6),
  /** 12 interviews, no record has an interview_score. */
  appWithoutScores: applicationIdOf(7),
  /** One record per interview with hostile text (markup, script tags, emoji, controls); the first is ~10,000 characters. */
  appWithTrickyContent: applicationIdOf(8),
  /** For the benchmark: interviews are generated only when paged. */
  appWith10000: applicationIdOf(9),
  /** active_status 2 (terminated), 3 interviews. */
  appInactive: applicationIdOf(10),
  /** A debrief's shape: 6 rounds, 3 interviewers each. */
  appWith6Rounds: applicationIdOf(11),
  /** 19 digits, well-formed, not in the tenant. */
  unknownApplicationId: makeId(IdKind.application, 511, 0, Date.UTC(2024, 1, 29) / 1000),
  /** Talent 张伟 (application appWith120) and Emma Wilson (appWith7). */
  talentZhangWei: makeId(IdKind.talent, 0, 0, talentAt(0).createMs / 1000),
  talentEmmaWilson: makeId(IdKind.talent, 1, 0, talentAt(1).createMs / 1000),
  unknownTalentId: makeId(IdKind.talent, 511, 0, Date.UTC(2024, 1, 29) / 1000),
  /** 高级前端工程师 and Senior Backend Engineer. */
  jobChineseTitle: (JOBS[0] as Job).id,
  jobEnglishTitle: (JOBS[1] as Job).id,
  unknownJobId: makeId(IdKind.job, 511, 0, Date.UTC(2024, 1, 29) / 1000),
  /** The fixed applications and the ones whose interviews lie around the clock's "now". */
  applicationCount: APPLICATION_COUNT + RECENT_APPLICATION_COUNT,
  interviewScope: 'hire:interview:readonly',
  userIdScope: 'contact:user.employee_id:readonly',
} as const;
