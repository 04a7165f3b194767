// The whole scorecard of an interview record (Hire v2 "新版"), validated. v2 has no top-level conclusion or
// v1 interview_score: the seed record stays the headline and this adds modules, dimensions and questions.
import type { I18nText, JsonObject, JsonValue } from './types';
import { eachItem, object, optArray, optI18n, optId, optInt, optObject, optString, reqId, ShapeError } from './validate';

/** 1 single choice, 2 multiple choice (`dimension_options`), 3 text, 5 job-level suggestion, 6 rating (choice),
 *  7 numeric (`dimension_score` only), 10 preset conclusion, 11 preset score, 12 preset notes. */
export type DimensionType = number;

export interface ScorecardOption {
  id?: string;
  name?: I18nText;
  score_val?: number;
  alias_name?: I18nText;
}

export interface QuestionAssessment {
  /** 1 interview question, 2 online coding. */
  question_type?: number;
  title?: I18nText;
  description?: I18nText;
  content?: string;
  abilities: Ability[];
}

export interface Ability {
  id?: string;
  name?: I18nText;
}

/** The interviewer's word on one ability (an ability the dimension's questions test). */
export interface AbilityAssessment {
  id?: string;
  ability_id?: string;
  content?: string;
}

export interface DimensionAssessment {
  id?: string;
  name?: I18nText;
  type?: DimensionType;
  weight?: number;
  content?: string;
  option?: ScorecardOption;
  options: ScorecardOption[];
  score?: number;
  recommended_job_level?: { lower?: I18nText; higher?: I18nText; };
  question_assessments: QuestionAssessment[];
  ability_assessments: AbilityAssessment[];
}

export interface ModuleAssessment {
  id?: string;
  name?: I18nText;
  /** 1 the preset "interview result" module, 2 custom. */
  type?: number;
  weight?: number;
  score?: number;
  dimensions: DimensionAssessment[];
}

export interface InterviewRecordV2 {
  raw: JsonObject;
  id: string;
  commit_status?: number;
  submit_time?: number;
  record_score?: { score?: number; total_score?: number; };
  interviewer?: { id?: string; name?: I18nText; };
  modules: ModuleAssessment[];
}

/** Weights and scores are decimals ("精确到小数点后两位"); some gateways send them as strings. */
function optDecimal(o: JsonObject, key: string, path: string): number | undefined {
  const v = o[key];
  if (v === undefined || v === null) { return undefined; }
  if (typeof v === 'number' && Number.isFinite(v)) { return v; }
  if (typeof v === 'string' && /^-?\d{1,12}(\.\d{1,6})?$/.test(v)) { return Number(v); }
  throw new ShapeError(`${path}.${key}`, 'a number', v);
}

function option(value: JsonValue, path: string): ScorecardOption {
  const o = object(value, path);
  return { id: optId(o, 'id', path), name: optI18n(o, 'name', path), score_val: optDecimal(o, 'score_val', path), alias_name: optI18n(o, 'alias_name', path) };
}

/** Lists inside a scorecard are all-or-nothing: a broken part fails the record, which then shows as unreadable. */
function all<T>(o: JsonObject, key: string, path: string, parse: (v: JsonValue, path: string) => T): T[] {
  const { items, invalid } = eachItem(optArray(o, key, path), `${path}.${key}`, parse);
  if (invalid[0]) { throw new ShapeError(`${path}.${key}[${invalid[0].index}]`, 'a valid item', invalid[0].raw); }
  return items;
}

function question(value: JsonValue, path: string): QuestionAssessment {
  const o = object(value, path);
  return {
    question_type: optInt(o, 'question_type', path),
    title: optI18n(o, 'title', path),
    description: optI18n(o, 'description', path),
    content: optString(o, 'content', path),
    abilities: all(o, 'abilities', path, (v, p) => {
      const a = object(v, p);
      return { id: optId(a, 'id', p), name: optI18n(a, 'name', p) };
    }),
  };
}

function dimension(value: JsonValue, path: string): DimensionAssessment {
  const o = object(value, path);
  const chosen = optObject(o, 'dimension_option', path);
  const level = optObject(o, 'recommended_job_level', path);
  const levelPath = `${path}.recommended_job_level`;
  return {
    id: optId(o, 'interview_feedback_form_dimension_id', path),
    name: optI18n(o, 'dimension_name', path),
    type: optInt(o, 'dimension_type', path),
    weight: optDecimal(o, 'weight', path),
    content: optString(o, 'dimension_content', path),
    option: chosen ? option(chosen, `${path}.dimension_option`) : undefined,
    options: all(o, 'dimension_options', path, option),
    score: optDecimal(o, 'dimension_score', path),
    recommended_job_level: level &&
      { lower: optI18n(level, 'lower_limit_job_level_name', levelPath), higher: optI18n(level, 'higher_limit_job_level_name', levelPath) },
    question_assessments: all(o, 'question_assessments', path, question),
    ability_assessments: all(o, 'ability_assessments', path, (v, p) => {
      const a = object(v, p);
      return { id: optId(a, 'id', p), ability_id: optId(a, 'ability_id', p), content: optString(a, 'content', p) };
    }),
  };
}

function module(value: JsonValue, path: string): ModuleAssessment {
  const o = object(value, path);
  return {
    id: optId(o, 'interview_feedback_form_module_id', path),
    name: optI18n(o, 'module_name', path),
    type: optInt(o, 'module_type', path),
    weight: optDecimal(o, 'module_weight', path),
    score: optDecimal(o, 'module_score', path),
    dimensions: all(o, 'dimension_assessments', path, dimension),
  };
}

export function parseInterviewRecordV2(value: JsonValue, path: string): InterviewRecordV2 {
  const o = object(value, path);
  const score = optObject(o, 'record_score', path);
  const interviewer = optObject(o, 'interviewer', path);
  return {
    raw: o,
    id: reqId(o, 'id', path),
    commit_status: optInt(o, 'commit_status', path),
    submit_time: optInt(o, 'submit_time', path),
    record_score: score && { score: optDecimal(score, 'score', `${path}.record_score`), total_score: optDecimal(score, 'total_score', `${path}.record_score`) },
    interviewer: interviewer && { id: optId(interviewer, 'id', `${path}.interviewer`), name: optI18n(interviewer, 'name', `${path}.interviewer`) },
    modules: all(o, 'module_assessments', path, module),
  };
}
