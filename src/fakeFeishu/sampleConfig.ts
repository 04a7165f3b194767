// The sample tenant's configuration, fixed since it was set up: the shapes of its records, its recruitment
// processes and stages, score levels, job levels, departments, cities, time zones, employees and jobs.
import { IdKind, makeId } from './ids';
import { between, hex, pick } from './prng';
import type { TenantKind, TenantProfile } from './tenantProfiles';

export const DAY = 86_400_000;
export const TENANT_START = Date.UTC(2021, 0, 4);
const CONFIG_SECONDS = Math.floor(Date.UTC(2021, 0, 2, 3) / 1000);
export const SALT = { app: 1, talent: 2, job: 3, interview: 4, record: 5, employee: 6 } as const;

export interface I18n {
  zh_cn: string;
  en_us: string;
}
export interface Named {
  id: string;
  zh: string;
  en: string;
}

export interface Stage extends Named {
  type: number;
}
export interface Process extends Named {
  stages: Stage[];
}
export interface Score {
  id: string;
  level: number;
  zhName: string;
  zhDescription: string;
  enName: string;
  enDescription: string;
}
export interface Employee {
  openId: string;
  unionId: string;
  userId: string;
  name: I18n;
}
export interface City {
  code: string;
  zh: string;
  en: string;
}

export interface Job {
  index: number;
  id: string;
  title: string;
  code: string;
  campus: boolean;
  process: Process;
  department: Named;
  city: City;
  minLevel: Named;
  maxLevel: Named;
  headCount: number;
  active: boolean;
  createMs: number;
}

export interface Talent {
  index: number;
  id: string;
  name: string;
  email: string;
  mobile: string;
  gender: 1 | 2;
  experienceYears: number;
  age: number;
  city: City;
  timeZone: { code: string; name: I18n; };
  createMs: number;
}

export interface StageVisit {
  stage: Stage;
  enterMs: number;
  exitMs?: number;
}

export interface Application {
  index: number;
  /** The tenant it belongs to: what its records may hold. */
  profile: TenantProfile;
  id: string;
  job: Job;
  talent: Talent;
  createMs: number;
  modifyMs: number;
  active: boolean;
  stage: Stage;
  stageVisits: StageVisit[];
  interviewCount: number;
  /** No record of this application carries an interview_score. */
  noScores: boolean;
  /** Each interview holds one record with a hostile or very long note. */
  trickyNotes: boolean;
  /** Its first interviews cover every conclusion. */
  everyConclusion: boolean;
  /** Interviewers on every interview, where fixed (the debrief's sample: 3). */
  recordsPerInterview?: number;
  termination?: { type: number; note: string; };
  deliveryType: 1 | 2;
  /** One of the applications whose interviews lie around the clock's "now" (recentInterviews.ts). */
  recent?: { anchorMs: number; idDayMs: number; plan: RecentApplicationPlan; };
  /** Application k of the large company (companyScale.ts): its IDs and interviewers are of its own block. */
  company?: number;
}

/** How the clock-bound applications of recentInterviews.ts are laid out. */
export type RecentOutcome = 'pass' | 'fail' | 'pending' | 'noShow' | 'owed' | 'notStarted';

export interface RecentRecordPlan {
  outcome: RecentOutcome; /** Index into EMPLOYEES. */
  interviewer: number;
}

export interface RecentInterviewPlan {
  /** Start relative to the anchor (now, rounded down to 15 minutes); negative is in the past. */
  startMinutes: number;
  minutes: number;
  records: RecentRecordPlan[];
}

export interface RecentApplicationPlan {
  job: number;
  talent: number;
  interviews: RecentInterviewPlan[];
}

export interface InterviewRecord {
  id: string;
  interviewer: Employee;
  content?: string;
  minLevel?: Named;
  maxLevel?: Named;
  commitStatus: 1 | 2;
  conclusion: Conclusion;
  score?: Score;
  submitMs?: number;
}

/** 1 pass, 2 fail, 3 not started, 4 not submitted, 5 no-show, 6 pending (待定). */
export type Conclusion = 1 | 2 | 3 | 4 | 5 | 6;

export interface Interview {
  id: string;
  application: Application;
  index: number;
  beginMs: number;
  endMs: number;
  stage: Stage;
  interviewType: number;
  records: InterviewRecord[];
  createMs: number;
}

const STAGE_NAMES: [string, string, number][][] = [[
  ['简历筛选', 'Resume screening', 1],
  ['笔试', 'Written test', 3],
  ['初试', 'First interview', 4],
  ['终面', 'Final interview', 4],
  ['Offer 沟通', 'Offer', 5],
  ['待入职', 'Pending onboarding', 6],
  ['已入职', 'Onboarded', 7],
], [['网申筛选', 'Application screening', 1], ['在线测评', 'Online assessment', 3], ['群面', 'Group interview', 4], ['主管面', 'Manager interview', 4], [
  'Offer',
  'Offer',
  5,
], ['待入职', 'Pending onboarding', 6]]];
export const FIRST_INTERVIEW_STAGE = 2;
export const FINAL_INTERVIEW_STAGE = 3;

function configId(group: number, index: number): string {
  return makeId(IdKind.config, group, index, CONFIG_SECONDS + group * 3600 + index);
}

export const PROCESSES: Process[] = STAGE_NAMES.map((stages, p) => ({
  id: configId(1, p),
  zh: p === 0 ? '社招流程' : '校招流程',
  en: p === 0 ? 'Experienced hire' : 'Campus hire',
  stages: stages.map(([zh, en, type], s) => ({ id: makeId(IdKind.stage, p, s, CONFIG_SECONDS + p * 60 + s), zh, en, type })),
}));

export const SCORES: Score[] = [
  ['1', '不通过，能力明显低于要求', 'one', 'Fail, ability clearly below the requirements'],
  ['2', '待定，能力略低于要求', 'two', 'Borderline, ability slightly below the requirements'],
  ['3', '通过, 能力达到要求, 建议录用', 'three', 'Pass, ability to meet the requirements, suggest to hire'],
  ['4', '强烈推荐，能力远超要求', 'four', 'Strong hire, ability well above the requirements'],
].map(([zhName, zhDescription, enName, enDescription], i) => ({
  id: configId(2, i),
  level: i + 1,
  zhName: zhName as string,
  zhDescription: zhDescription as string,
  enName: enName as string,
  enDescription: enDescription as string,
}));

export const JOB_LEVELS: Named[] = ['P3', 'P4', 'P5', 'P6', 'P7', 'P8'].map((name, i) => ({ id: configId(3, i), zh: `${name} 级`, en: `Level ${name}` }));

export const DEPARTMENTS: Named[] = [['技术部', 'Engineering'], ['产品部', 'Product'], ['设计部', 'Design'], ['销售部', 'Sales']].map(([zh, en], i) => ({
  id: configId(4, i),
  zh: zh as string,
  en: en as string,
}));

export const CITIES: City[] = [['CN_1', '北京', 'Beijing'], ['CN_9', '上海', 'Shanghai'], ['CN_7', '深圳', 'Shenzhen'], ['SG_1', '新加坡', 'Singapore']].map((
  [code, zh, en],
) => ({ code: code as string, zh: zh as string, en: en as string }));

export const TIME_ZONES: { code: string; name: I18n; }[] = [{ code: 'Asia/Shanghai', name: { zh_cn: '中国标准时间', en_us: 'China Standard Time' } }, {
  code: 'Asia/Singapore',
  name: { zh_cn: '新加坡时间', en_us: 'Singapore Time' },
}, { code: 'Europe/London', name: { zh_cn: '英国时间', en_us: 'Greenwich Mean Time' } }];

const EMPLOYEE_NAMES: [string, string][] = [
  ['陈静', 'Jing Chen'],
  ['王磊', 'Lei Wang'],
  ['李娜', 'Na Li'],
  ['张伟', 'Wei Zhang'],
  ['刘洋', 'Yang Liu'],
  ['赵敏', 'Min Zhao'],
  ['Sarah Miller', 'Sarah Miller'],
  ['David Lee', 'David Lee'],
  ['周杰', 'Jie Zhou'],
  ['吴芳', 'Fang Wu'],
  ['Priya Shah', 'Priya Shah'],
  ['孙涛', 'Tao Sun'],
];

export const EMPLOYEES: Employee[] = EMPLOYEE_NAMES.map(([zh, en], i) => ({
  openId: `ou_${hex(32, SALT.employee, i, 1)}`,
  unionId: `on_${hex(32, SALT.employee, i, 2)}`,
  userId: String(between(10_000_000, 99_999_999, SALT.employee, i, 3)),
  name: { zh_cn: zh, en_us: en },
}));

const JOB_TITLES: [string, string, boolean, number][] = [
  ['高级前端工程师', 'FE-2021-001', false, 0],
  ['Senior Backend Engineer', 'BE-2021-002', false, 0],
  ['产品经理（招聘系统）', 'PM-2021-003', false, 1],
  ['UX Designer / 交互设计师', 'UX-2022-004', false, 2],
  ['iOS 开发工程师', 'IOS-2022-005', false, 0],
  ['Data Scientist', 'DS-2022-006', false, 0],
  ['2026 校园招聘 - 软件开发工程师', 'CAMPUS-2025-007', true, 0],
  ['Campus Hire 2025 – Software Engineer Intern', 'CAMPUS-2024-008', true, 0],
  ['大客户销售经理', 'SALES-2023-009', false, 3],
  ['Site Reliability Engineer (SRE)', 'SRE-2023-010', false, 0],
];

/** The jobs, opened in the weeks before `startMs` (a tenant's first applications); codes carry their year. */
export function jobsCreatedBefore(startMs: number): Job[] {
  return JOB_TITLES.map(([title, code, campus, department], j) => {
    const createMs = startMs - 30 * DAY - j * 9 * DAY;
    const min = between(0, 3, SALT.job, j, 1);
    return {
      index: j,
      id: makeId(IdKind.job, j, 0, createMs / 1000),
      title,
      code: startMs === TENANT_START ? code : code.replace(/-\d{4}-/, `-${new Date(createMs).getUTCFullYear()}-`),
      campus,
      process: PROCESSES[campus ? 1 : 0] as Process,
      department: DEPARTMENTS[department] as Named,
      city: pick(CITIES, SALT.job, j, 2),
      minLevel: JOB_LEVELS[min] as Named,
      maxLevel: JOB_LEVELS[min + 2] as Named,
      headCount: between(1, 12, SALT.job, j, 3),
      active: j !== 7,
      createMs,
    };
  });
}

/** The fixtures' jobs (tenantProfiles.ts). */
export const JOBS: Job[] = jobsCreatedBefore(TENANT_START);

export interface Tenant {
  /** Which of the fake's tenants this is (tenantProfiles.ts). */
  kind: TenantKind;
  jobs: Job[];
  talents: Talent[];
  readonly applications: Application[];
  application(id: string): Application | undefined;
  talent(id: string): Talent | undefined;
  job(id: string): Job | undefined;
  /** The interview an ID names, decoded from the ID itself. */
  interview(id: string): Interview | undefined;
}
