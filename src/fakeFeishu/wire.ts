// The sample tenant in the wire shapes of the contract. Fields the service would leave out are
// undefined here and vanish in JSON.stringify.
import { levelIdFor, type JobLevelIdType } from './jobLevelIds';
import { careerListJson } from './sampleCareers';
import type { Application, Employee, Interview, InterviewRecord, Job, Named, Talent } from './sampleTenant';

export type Json = string | number | boolean | null | undefined | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

export type UserIdType = 'open_id' | 'union_id' | 'user_id';

function userIdOf(employee: Employee, userIdType: UserIdType): string {
  return userIdType === 'union_id' ? employee.unionId : userIdType === 'user_id' ? employee.userId : employee.openId;
}

function recordJson(record: InterviewRecord, userIdType: UserIdType, levelIdType: JobLevelIdType): JsonObject {
  const score = record.score;
  return {
    id: record.id,
    user_id: userIdOf(record.interviewer, userIdType),
    content: record.content,
    min_job_level_id: levelIdFor(record.minLevel, levelIdType),
    max_job_level_id: levelIdFor(record.maxLevel, levelIdType),
    commit_status: record.commitStatus,
    conclusion: record.conclusion,
    interview_score: score &&
      {
        id: score.id,
        level: score.level,
        zh_name: score.zhName,
        zh_description: score.zhDescription,
        en_name: score.enName,
        en_description: score.enDescription,
      },
  };
}

/** An item of `GET /hire/v1/applications/{id}/interviews`. */
export function seedInterviewJson(interview: Interview, userIdType: UserIdType, levelIdType: JobLevelIdType = 'people_admin_job_level_id'): JsonObject {
  return {
    id: interview.id,
    begin_time: interview.beginMs,
    end_time: interview.endMs,
    round: interview.index,
    stage_id: interview.stage.id,
    interview_record_list: interview.records.map(r => recordJson(r, userIdType, levelIdType)),
  };
}

const i18n = (named: { zh: string; en: string; }): JsonObject => ({ zh_cn: named.zh, en_us: named.en });

/**
 * The interview's status from its records (contract §9: 2 not started, 3 none evaluated, 4 all pass, 5 all fail,
 * 6 no-show, 7–18 mixed and partial states). The docs' 7–18 tell mixes apart that we do not model: all are 7 here.
 */
export function roundSummaryOf(interview: Interview): number {
  const records = interview.records;
  const all = (test: (r: InterviewRecord) => boolean): boolean => records.length > 0 && records.every(test);
  if (all(r => r.conclusion === 3)) { return 2; }
  if (records.every(r => r.commitStatus !== 1)) { return 3; }
  if (all(r => r.commitStatus === 1 && r.conclusion === 1)) { return 4; }
  if (all(r => r.commitStatus === 1 && r.conclusion === 2)) { return 5; }
  if (all(r => r.commitStatus === 1 && r.conclusion === 5)) { return 6; }
  return 7;
}

/** An item of the successor `GET /hire/v1/interviews`: the seed's fields plus names; feedback_submit_time is the interview's. */
export function successorInterviewJson(interview: Interview, userIdType: UserIdType, levelIdType: JobLevelIdType = 'people_admin_job_level_id'): JsonObject {
  const submitted = interview.records.map(r => r.submitMs ?? 0).filter(ms => ms > 0);
  return {
    ...seedInterviewJson(interview, userIdType, levelIdType),
    interview_record_list: interview.records.map(r => ({
      ...recordJson(r, userIdType, levelIdType),
      interviewer: { id: userIdOf(r.interviewer, userIdType), name: { ...r.interviewer.name } },
    })),
    feedback_submit_time: submitted.length > 0 ? Math.max(...submitted) : undefined,
    application_id: interview.application.id,
    stage: { id: interview.stage.id, name: i18n(interview.stage) },
    interview_type: interview.interviewType,
    talent_time_zone: { code: interview.application.talent.timeZone.code, name: { ...interview.application.talent.timeZone.name } },
    biz_create_time: interview.createMs,
    biz_modify_time: Math.max(interview.createMs, ...submitted),
    interview_round_summary: roundSummaryOf(interview),
  };
}

const levelJson = (level: Named): JsonObject => ({ id: level.id, zh_name: level.zh, en_name: level.en, active_status: 1 });

/** `data.application` of `GET /hire/v1/applications/{id}`. */
export function applicationJson(app: Application, withJob: boolean): JsonObject {
  return {
    id: app.id,
    job_id: app.job.id,
    talent_id: app.talent.id,
    stage: { id: app.stage.id, zh_name: app.stage.zh, en_name: app.stage.en, type: app.stage.type },
    active_status: app.active ? 1 : 2,
    delivery_type: app.deliveryType,
    create_time: String(app.createMs),
    modify_time: String(app.modifyMs),
    stage_time_list: app.stageVisits.map(v => ({
      stage_id: v.stage.id,
      enter_time: String(v.enterMs),
      exit_time: v.exitMs === undefined ? undefined : String(v.exitMs),
    })),
    termination_type: app.termination?.type,
    termination_reason_note: app.termination?.note,
    job_info: withJob ?
      {
        id: app.job.id,
        name: app.job.title,
        code: app.job.code,
        department: { id: app.job.department.id, name: i18n(app.job.department) },
        process_id: app.job.process.id,
        process_type: app.job.campus ? 2 : 1,
      } :
      undefined,
  };
}

/** `data.talent` of `GET /hire/v1/talents/{id}`. */
export function talentJson(talent: Talent): JsonObject {
  return {
    id: talent.id,
    is_in_agency_period: false,
    is_onboarded: false,
    basic_info: {
      name: talent.name,
      mobile_code: '86',
      mobile: talent.mobile,
      email: talent.email,
      experience_years: talent.experienceYears,
      age: talent.age,
      gender: talent.gender,
      current_city: { city_code: talent.city.code, zh_name: talent.city.zh, en_name: talent.city.en },
      create_time: String(talent.createMs),
    },
    education_list: [],
    career_list: careerListJson(talent),
  };
}

/** `data.job` of `GET /hire/v1/jobs/{id}`. */
export function jobJson(job: Job): JsonObject {
  return {
    id: job.id,
    title: job.title,
    code: job.code,
    description: `${job.title}\n负责核心业务 / Own a core part of the product.`,
    requirement: '3 年以上相关经验 / 3+ years of relevant experience',
    recruitment_type: job.campus
      ? { id: '2', zh_name: '校招', en_name: 'Campus', active_status: 1 }
      : { id: '1', zh_name: '社招', en_name: 'Experienced', active_status: 1 },
    department: { id: job.department.id, zh_name: job.department.zh, en_name: job.department.en },
    city: { city_code: job.city.code, zh_name: job.city.zh, en_name: job.city.en },
    min_job_level: levelJson(job.minLevel),
    max_job_level: levelJson(job.maxLevel),
    head_count: job.headCount,
    active_status: job.active ? 1 : 2,
    process_id: job.process.id,
    create_time: job.createMs,
  };
}
