// Talents, applications and their interviews of a tenant profile, all derived from indices by key (see prng.ts).
// Interviews are never stored: interviewAt(app, i) rebuilds one on demand, so an application with 10,000
// interviews costs nothing until it is paged.
import {
  CITIES,
  DAY,
  FINAL_INTERVIEW_STAGE,
  FIRST_INTERVIEW_STAGE,
  SALT,
  SCORES,
  TIME_ZONES,
  type Application,
  type Interview,
  type InterviewRecord,
  type Job,
  type Stage,
  type StageVisit,
  type Talent,
} from './sampleConfig';
import { IdKind, makeId } from './ids';
import { recordAt, recordCountOf } from './sampleRecords';
import { between, hash32, pick, unit } from './prng';
import { recentAnchorMs, recentIdDayMs, RECORD_OUTCOMES, type RecentApplicationPlan } from './recentInterviews';
import * as company from './companyScale';
import { interviewNote } from './sampleText';
import { talentLeadMs, type TenantProfile } from './tenantProfiles';

const HOUR = 3_600_000;
const CHINA_OFFSET = 8 * HOUR;
const TENANT_END = Date.UTC(2026, 11, 20);

function talentIndexOf(profile: TenantProfile, i: number): number {
  return i < profile.talentCount ? i : hash32(SALT.app, i, 5) % profile.talentCount;
}

/** A talent enters the tenant shortly before its first application (application `i` for talent `i`). */
function talentCreateMs(profile: TenantProfile, i: number): number {
  return createMsOf(profile, i) - talentLeadMs(i);
}

export function createMsOf(profile: TenantProfile, i: number): number {
  const fixed = profile.special[i]?.createMs;
  if (fixed !== undefined) { return fixed; }
  const ms = profile.createFrom + Math.floor(unit(SALT.app, i, 1) * (profile.createTo - profile.createFrom));
  // A second application of a talent comes after the talent exists.
  return i < profile.talentCount ? ms : Math.max(ms, talentCreateMs(profile, talentIndexOf(profile, i)) + DAY);
}

export function talentIdOf(profile: TenantProfile, i: number): string {
  return makeId(IdKind.talent, i, 0, talentCreateMs(profile, i) / 1000);
}

export function applicationIdOf(profile: TenantProfile, i: number): string {
  return makeId(IdKind.application, i, 0, createMsOf(profile, i) / 1000);
}

export function talentAt(profile: TenantProfile, i: number): Talent {
  return {
    index: i,
    id: talentIdOf(profile, i),
    name: profile.talentName(i),
    email: `candidate${i}@example.com`,
    mobile: String(13_800_000_000 + hash32(SALT.talent, i, 4) % 100_000_000),
    gender: i % 2 === 0 ? 1 : 2,
    experienceYears: between(0, 15, SALT.talent, i, 5),
    age: between(21, 45, SALT.talent, i, 6),
    city: pick(CITIES, SALT.talent, i, 7),
    timeZone: pick(TIME_ZONES, SALT.talent, i, 8),
    createMs: talentCreateMs(profile, i),
  };
}

/** Interview slots: from two days after the application, at most three days apart, ending before TENANT_END. */
function slotSpacing(createMs: number, count: number): number {
  if (count === 0) { return 0; }
  return Math.min(3 * DAY, (TENANT_END - createMs - 12 * DAY) / count);
}

const OFFICE_HOURS = [9, 10, 11, 14, 15, 16, 17, 19, 20];

function beginMsOf(app: Application, i: number): number {
  const spacing = slotSpacing(app.createMs, app.interviewCount);
  const slot = app.createMs + 2 * DAY + i * spacing;
  if (spacing < DAY) { return Math.floor(slot / (15 * 60_000)) * 15 * 60_000; }
  // Mostly office hours in China; in the fixtures now and then late at night or just after midnight.
  const dayStart = Math.floor((slot + CHINA_OFFSET) / DAY) * DAY - CHINA_OFFSET;
  const r = app.profile.nightSlots ? hash32(SALT.interview, app.index, i, 1) % 23 : 2;
  const hour = r === 0 ? 23.5 : r === 1 ? 0.25 : pick(OFFICE_HOURS, SALT.interview, app.index, i, 2);
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

export function applicationAt(profile: TenantProfile, i: number, talents: Talent[]): Application {
  const special = profile.special[i];
  const job = special?.job === undefined ? pick(profile.jobs, SALT.app, i, 4) : profile.jobs[special.job] as Job;
  const talent = talents[talentIndexOf(profile, i)] as Talent;
  const createMs = createMsOf(profile, i);
  const interviewCount = special ? special.interviews : profile.roundsOf(i);
  const stages = job.process.stages;
  const active = special ? !special.inactive : unit(SALT.app, i, 6) >= 0.25;
  const app: Application = {
    index: i,
    profile,
    id: applicationIdOf(profile, i),
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
export function clockApplicationAt(
  profile: TenantProfile,
  index: number,
  plan: RecentApplicationPlan,
  nowMs: number,
  talents: Talent[],
  id?: string,
): Application {
  const anchorMs = recentAnchorMs(nowMs);
  const idDayMs = recentIdDayMs(nowMs);
  const job = profile.jobs[plan.job] as Job;
  const createMs = anchorMs + (plan.interviews[0]?.startMinutes ?? 0) * 60_000 - 3 * DAY;
  const stage = job.process.stages[plan.interviews.length > 1 ? FINAL_INTERVIEW_STAGE : FIRST_INTERVIEW_STAGE] as Stage;
  return {
    index,
    profile,
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
