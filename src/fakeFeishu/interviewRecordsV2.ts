// Interview records v2 ("新版"): the whole scorecard of a seed record, with the same ID, the same meaning
// (a pass scores high, a fail low, no score where the seed has none) and v2's shape: no top-level
// conclusion or interview_score, the conclusion and score as dimensions of a preset module, submit_time as
// a string, weights and scores as decimals, job-level suggestions as names. Every other round's scorecard also
// has a multiple-choice dimension (type 2), a numeric one (type 7) and ability assessments.
import { decodeId, IdKind } from './ids';
import { hash32 } from './prng';
import { failure, ok, type Reply } from './replies';
import { pageData } from './paging';
import { hireParamError, isDigits, pageRequest, pageSizeOf, scopeOf, userIdTypeOf, type HandlerContext } from './requestChecks';
import { recordCountOf } from './sampleRecords';
import { COMPANY_ID_BLOCK } from './companyScale';
import { interviewAt, type Application, type Employee, type I18n, type Interview, type InterviewRecord, type Tenant } from './sampleTenant';
import { mayView } from './userView';
import type { Json, JsonObject, UserIdType } from './wire';

const SALT = 11;
/** The list by `ids` takes at most this many (an SDK's check; the service's cap is not published). */
export const MAX_V2_IDS = 100;
/** The list without `ids` pages: page_size defaults to 10 (contract §9); its cap is not published, 100 is ours. */
export const MAX_V2_PAGE_SIZE = 100;

interface Option {
  zh: string;
  en: string;
  scoreVal: number;
}

const RATING: Option[] = [{ zh: '待提高', en: 'Needs improvement', scoreVal: 25 }, { zh: '一般', en: 'Fair', scoreVal: 50 }, {
  zh: '良好',
  en: 'Good',
  scoreVal: 75,
}, { zh: '优秀', en: 'Excellent', scoreVal: 100 }];

interface RatedDimension {
  zh: string;
  en: string;
  type: 1 | 6;
  weight: number;
}

/** The custom module's rated dimensions; weights add up to 100. */
const RATED: RatedDimension[] = [{ zh: '编码能力', en: 'Coding', type: 6, weight: 40 }, { zh: '系统设计', en: 'System design', type: 6, weight: 30 }, {
  zh: '沟通协作',
  en: 'Communication',
  type: 1,
  weight: 30,
}];

/** The options of the multiple-choice dimension (type 2). */
const STRENGTHS: Option[] = [{ zh: '后端', en: 'Backend', scoreVal: 0 }, { zh: '前端', en: 'Frontend', scoreVal: 0 }, { zh: '数据', en: 'Data', scoreVal: 0 }, {
  zh: '基础设施',
  en: 'Infrastructure',
  scoreVal: 0,
}];

const ABILITIES: I18n[] = [{ zh_cn: '基础知识', en_us: 'Fundamentals' }, { zh_cn: '算法', en_us: 'Algorithms' }];

const QUESTIONS: { title: I18n; description: I18n; type: 1 | 2; answers: string[]; }[] = [{
  title: { zh_cn: '操作系统进程调度', en_us: 'Process scheduling' },
  description: { zh_cn: '比较常见的调度算法', en_us: 'Compare common scheduling algorithms' },
  type: 1,
  answers: ['讲清了时间片轮转和优先级调度，对饥饿问题理解到位。', 'Explained round robin and priority scheduling; missed starvation.', '只答出了先来先服务。'],
}, {
  title: { zh_cn: 'LRU 缓存', en_us: 'LRU cache' },
  description: { zh_cn: '实现 O(1) 的 LRU 缓存', en_us: 'Implement an O(1) LRU cache' },
  type: 2,
  answers: ['哈希表 + 双向链表，边界处理完整，20 分钟完成。', 'Hash map + linked list, two off-by-one bugs fixed after hints.', '未能在时限内完成。'],
}];

const i18n = (zh: string, en: string): JsonObject => ({ zh_cn: zh, en_us: en });
const decimal = (n: number): number => Math.round(n * 100) / 100;
const configId = (...parts: number[]): string => String(7_100_000_000_000_000_000n + BigInt(hash32(SALT, ...parts)));

/** The record an ID names (its application, interview and position are encoded in the ID). */
export function recordById(tenant: Tenant, id: string): { interview: Interview; record: InterviewRecord; } | undefined {
  const parts = decodeId(id);
  // The large company's records (companyScale.ts) name their application in `b`, above the interview and position.
  const company = parts?.a === COMPANY_ID_BLOCK ? parts.b >> 3 : undefined;
  const app = parts && parts.kind === IdKind.record
    ? company === undefined ? tenant.applications[parts.a] : tenant.applications.find(a => a.company === company)
    : undefined;
  if (!app || !parts) { return undefined; }
  const index = company === undefined ? Math.floor(parts.b / 4) : (parts.b >> 2) & 1;
  if (index >= app.interviewCount) { return undefined; }
  const interview = interviewAt(app, index);
  const record = interview.records[parts.b % 4];
  return record && record.id === id ? { interview, record } : undefined;
}

function userIdOf(employee: Employee, type: UserIdType): string {
  return type === 'union_id' ? employee.unionId : type === 'user_id' ? employee.userId : employee.openId;
}

/** Pass leans to Good/Excellent, fail to Needs improvement/Fair; each interviewer and dimension varies. */
function ratingOf(record: InterviewRecord, dimension: number): Option {
  const h = hash32(SALT, Number(BigInt(record.id) % 1_000_003n), dimension);
  const base = record.conclusion === 1 ? 2 : record.conclusion === 6 ? 1 : 0;
  const step = h % 5 === 0 ? (record.conclusion === 1 ? -1 : 2) : h % 2;
  return RATING[Math.max(0, Math.min(3, base + step))] as Option;
}

function optionJson(option: Option, dimension: string, index: number): JsonObject {
  return { id: configId(2, dimension.length, index), name: i18n(option.zh, option.en), score_val: option.scoreVal };
}

function ratedDimensionJson(record: InterviewRecord, d: RatedDimension, index: number): JsonObject {
  const option = ratingOf(record, index);
  return {
    interview_feedback_form_dimension_id: configId(1, index),
    dimension_name: i18n(d.zh, d.en),
    dimension_type: d.type,
    weight: decimal(d.weight),
    dimension_option: optionJson(option, d.en, RATING.indexOf(option)),
    dimension_score: d.type === 6 ? option.scoreVal : undefined,
  };
}

const abilityId = (k: number): string => configId(5, k);

function questionsJson(record: InterviewRecord): JsonObject[] {
  return QUESTIONS.map((q, k) => ({
    question_type: q.type,
    title: { ...q.title },
    description: { ...q.description },
    content: q.answers[hash32(SALT, Number(BigInt(record.id) % 1_000_003n), 50 + k) % q.answers.length],
    abilities: [{ id: abilityId(k), name: { ...ABILITIES[k] as I18n } }],
  }));
}

/** The interviewer's word on each ability the questions test. */
function abilityAssessmentsJson(record: InterviewRecord): JsonObject[] {
  return ABILITIES.map((_, k) => ({
    id: configId(6, Number(BigInt(record.id) % 1_000_003n), k),
    ability_id: abilityId(k),
    content: ratingOf(record, 60 + k).scoreVal >= 75 ? '掌握扎实 / Solid' : '需要加强 / Needs work',
  }));
}

/** Types 2 and 7: a multiple choice (one or two options) and a number with no options, both unweighted. */
function extraDimensionsJson(record: InterviewRecord): JsonObject[] {
  const h = hash32(SALT, Number(BigInt(record.id) % 1_000_003n), 70);
  const chosen = [STRENGTHS[h % STRENGTHS.length] as Option, ...(h % 3 === 0 ? [STRENGTHS[(h + 1) % STRENGTHS.length] as Option] : [])];
  return [{
    interview_feedback_form_dimension_id: configId(1, 30),
    dimension_name: i18n('擅长方向', 'Strengths'),
    dimension_type: 2,
    weight: 0,
    dimension_options: chosen.map(o => optionJson(o, 'Strengths', STRENGTHS.indexOf(o))),
  }, {
    interview_feedback_form_dimension_id: configId(1, 31),
    dimension_name: i18n('在线编程得分', 'Coding test score'),
    dimension_type: 7,
    weight: 0,
    dimension_score: ratingOf(record, 71).scoreVal - h % 20,
  }];
}

/** The preset "interview result" module: conclusion, score and the record text, as v2 writes them. */
function resultModule(record: InterviewRecord): JsonObject {
  const conclusion = record.conclusion === 1 ?
    i18n('通过', 'Pass') :
    record.conclusion === 5 ?
    i18n('未到场', 'No-show')
    : record.conclusion === 6
    ? i18n('待定', 'Pending')
    : i18n('不通过', 'Fail');
  const dimensions: JsonObject[] = [{
    interview_feedback_form_dimension_id: configId(1, 100),
    dimension_name: i18n('面试结论', 'Conclusion'),
    dimension_type: 10,
    dimension_option: { id: configId(3, record.conclusion), name: conclusion, score_val: 0 },
  }];
  if (record.score) {
    dimensions.push({
      interview_feedback_form_dimension_id: configId(1, 101),
      dimension_name: i18n('面试得分', 'Score'),
      dimension_type: 11,
      dimension_option: {
        id: record.score.id,
        name: i18n(record.score.zhName, record.score.enName),
        score_val: record.score.level * 25,
        alias_name: i18n(record.score.zhDescription, record.score.enDescription),
      },
    });
  }
  dimensions.push({
    interview_feedback_form_dimension_id: configId(1, 102),
    dimension_name: i18n('面试记录', 'Interview notes'),
    dimension_type: 12,
    dimension_content: record.content,
  });
  return {
    interview_feedback_form_module_id: configId(0, 0),
    module_name: i18n('面试结论', 'Interview result'),
    module_type: 1,
    module_weight: 0,
    dimension_assessments: dimensions,
  };
}

function skillsModule(interview: Interview, record: InterviewRecord): JsonObject {
  const fullForm = interview.index % 2 === 0;
  const rated = RATED.map((d, i) => ratedDimensionJson(record, d, i));
  const moduleScore = RATED.reduce((sum, d, i) => sum + d.weight / 100 * ratingOf(record, i).scoreVal, 0);
  const level = record.minLevel || record.maxLevel ?
    [{
      interview_feedback_form_dimension_id: configId(1, 20),
      dimension_name: i18n('职级建议', 'Suggested level'),
      dimension_type: 5,
      recommended_job_level: {
        lower_limit_job_level_name: record.minLevel && i18n(record.minLevel.zh, record.minLevel.en),
        higher_limit_job_level_name: record.maxLevel && i18n(record.maxLevel.zh, record.maxLevel.en),
      },
    }] :
    [];
  return {
    interview_feedback_form_module_id: configId(0, 1),
    module_name: i18n('专业能力', 'Professional skills'),
    module_type: 2,
    module_weight: 100,
    module_score: record.score ? decimal(moduleScore) : undefined,
    dimension_assessments: [
      ...rated,
      {
        interview_feedback_form_dimension_id: configId(1, 10),
        dimension_name: i18n('技术问答', 'Technical questions'),
        dimension_type: 3,
        weight: 0,
        dimension_content: record.conclusion === 1 ? '基础扎实，思路清晰。Solid fundamentals.' : '基础薄弱，需要提示。Needed hints throughout.',
        question_assessments: questionsJson(record),
        ability_assessments: fullForm ? abilityAssessmentsJson(record) : undefined,
      },
      ...(fullForm ? extraDimensionsJson(record) : []),
      ...level,
    ],
  };
}

/** `data.interview_record` of the v2 get, or one item of the v2 list. */
export function interviewRecordV2Json(interview: Interview, record: InterviewRecord, userIdType: UserIdType): JsonObject {
  const submitted = record.commitStatus === 1;
  const scored = submitted && record.conclusion !== 5;
  const moduleScore = RATED.reduce((sum, d, i) => sum + d.weight / 100 * ratingOf(record, i).scoreVal, 0);
  const modules: Json[] = !submitted ? [] : scored ? [resultModule(record), skillsModule(interview, record)] : [resultModule(record)];
  return {
    id: record.id,
    feedback_form_id: configId(9, interview.application.job.campus ? 1 : 0),
    commit_status: record.commitStatus,
    submit_time: record.submitMs === undefined ? undefined : String(record.submitMs),
    record_score: scored && record.score ? { score: decimal(moduleScore), total_score: 100 } : undefined,
    interviewer: { id: userIdOf(record.interviewer, userIdType), name: { ...record.interviewer.name } },
    attachments: [],
    module_assessments: modules,
  };
}

const RECORD_NOT_FOUND = (): Reply => failure(400, 1002002, 'interview record does not exist');

/** GET /hire/v2/interview_records/:interview_record_id */
export function getInterviewRecordV2(ctx: HandlerContext, id: string | undefined): Reply {
  const userIdType = userIdTypeOf(ctx, hireParamError);
  if ('error' in userIdType) { return userIdType.error; }
  if (!isDigits(id)) { return hireParamError('interview_record_id', id, 'interview_record_id must be a decimal ID'); }
  const found = recordById(ctx.tenant, id);
  // A record the person's Hire role does not show reads as absent, as it does in Feishu's own pages.
  return found && viewer(ctx)(found.interview.application)
    ? ok({ interview_record: interviewRecordV2Json(found.interview, found.record, userIdType.value) })
    : RECORD_NOT_FOUND();
}

/** Which applications' records the caller may read: all with a tenant token, what the Hire role shows with a user token. */
function viewer(ctx: HandlerContext): (app: Application) => boolean {
  return ctx.user ? mayView(ctx.tenant, ctx.user.user) : () => true;
}

type RecordRef = [Application, number, number];

const fixedRefs = new Map<Tenant['kind'], RecordRef[]>();

/** Every record of the tenant in list order (application, interview, interviewer); the fixed part is counted once per tenant. */
function recordRefs(tenant: Tenant): RecordRef[] {
  const refsOf = (apps: Application[]): RecordRef[] =>
    apps.flatMap(app =>
      Array.from({ length: app.interviewCount }, (_, i) => Array.from({ length: recordCountOf(app, i) }, (__, r): RecordRef => [app, i, r])).flat()
    );
  const apps = tenant.applications;
  let fixed = fixedRefs.get(tenant.kind);
  if (!fixed) {
    fixed = refsOf(apps.filter(a => !a.recent));
    fixedRefs.set(tenant.kind, fixed);
  }
  return [...fixed, ...refsOf(apps.filter(a => a.recent))];
}

/** GET /hire/v2/interview_records: by `ids` (no paging; unknown IDs are left out), or every record page by page. */
export function listInterviewRecordsV2(ctx: HandlerContext): Reply {
  const userIdType = userIdTypeOf(ctx, hireParamError);
  if ('error' in userIdType) { return userIdType.error; }
  const ids = ctx.query.getAll('ids').filter(id => id !== '');
  if (ids.length === 0) {
    const size = pageSizeOf(ctx.query, MAX_V2_PAGE_SIZE, 10, hireParamError);
    if ('error' in size) { return size.error; }
    const mine = viewer(ctx);
    const refs = recordRefs(ctx.tenant).filter(([app]) => mine(app));
    const request = pageRequest(ctx, scopeOf('v2records', ctx.user?.user.openId ?? ''), refs.length, size.value, hireParamError);
    if ('error' in request) { return request.error; }
    return ok(pageData(request.value, ctx.switches, i => {
      const [app, index, r] = refs[i] as RecordRef;
      const interview = interviewAt(app, index);
      return interviewRecordV2Json(interview, interview.records[r] as InterviewRecord, userIdType.value);
    }));
  }
  if (ids.length > MAX_V2_IDS) { return hireParamError('ids', String(ids.length), `at most ${MAX_V2_IDS} ids`); }
  const bad = ids.find(id => !isDigits(id));
  if (bad !== undefined) { return hireParamError('ids', bad, 'ids must be decimal IDs'); }
  const items: Json[] = [];
  for (const id of ids) {
    const found = recordById(ctx.tenant, id);
    if (found && viewer(ctx)(found.interview.application)) { items.push(interviewRecordV2Json(found.interview, found.record, userIdType.value)); }
  }
  return ok({ items, has_more: false });
}
