// The whole scorecard as rows (modules → dimensions → questions) and interviewers as columns, so a reader sees
// where they disagree: one interview's in the score details panel, every round's in the debrief. Pure, localised through `t`.
import { humanMessage } from '../../feishu/errors';
import type { DimensionAssessment, InterviewRecordV2, ModuleAssessment, ScorecardOption } from '../../feishu/scorecard';
import type { Translate } from '../../feishu/translate';
import type { I18nText, Interview } from '../../feishu/types';
import { jobLevelRange, pickI18n, type Lang } from '../text/format';
import type { ScorecardResult } from './scorecards';
import type { ScorecardCell, ScorecardColumn, ScorecardRow, ScorecardSection, ScorecardView } from './scorecardViewTypes';

export type { ScorecardCell, ScorecardColumn, ScorecardRow, ScorecardSection, ScorecardView } from './scorecardViewTypes';

export interface ScorecardInput {
  /** The columns, in order: one interview's records, or (a debrief) every round's, from `shownRecords`. */
  interview: Pick<Interview, 'interview_record_list'>;
  currentRecordId: string;
  result: ScorecardResult;
  lang: Lang;
  t: Translate;
  interviewerName: (recordId: string) => string;
}

/** Decimals as the service writes them, without trailing zeros: 82.5, 100, 33.33. */
export function decimalText(n: number | undefined): string {
  return n === undefined ? '' : String(Math.round(n * 100) / 100);
}

/** Types whose answers are options: interviewers who chose differently disagree. */
const OPTION_TYPES = new Set([1, 2, 6, 10, 11]);
const NUMERIC = 7;

function optionName(option: ScorecardOption | undefined, lang: Lang): string {
  return pickI18n(option?.name, lang) ?? '';
}

function cellOf(d: DimensionAssessment | undefined, lang: Lang, t: Translate): ScorecardCell {
  if (!d) { return { text: '', score: '', empty: true }; }
  let text = '';
  let score = '';
  if (d.option) {
    text = optionName(d.option, lang);
    // The preset conclusion's option carries no meaningful score.
    score = d.type === 10 ? '' : decimalText(d.option.score_val);
  } else if (d.options.length > 0) {
    text = d.options.map(o => optionName(o, lang)).filter(Boolean).join(', ');
  } else if (d.recommended_job_level) {
    text = jobLevelRange(pickI18n(d.recommended_job_level.lower, lang), pickI18n(d.recommended_job_level.higher, lang), t) ?? '';
  } else if (d.content !== undefined && d.content !== '') {
    text = d.content;
  } else if (d.score !== undefined && d.type !== NUMERIC) {
    text = decimalText(d.score);
  }
  // A rating's number, and the whole answer of a numeric dimension, go in the score column.
  if ((d.type === 6 || d.type === NUMERIC) && d.score !== undefined && score === '') { score = decimalText(d.score); }
  return { text, score, empty: text === '' && score === '' };
}

/** One row per ability any interviewer assessed on this dimension, named from the questions' abilities. */
function abilityRows(answers: (DimensionAssessment | undefined)[], lang: Lang, t: Translate): ScorecardRow[] {
  const abilityIds = [...new Set(answers.flatMap(a => a?.ability_assessments.map(x => x.ability_id ?? '') ?? []))];
  return abilityIds.map((abilityId, i) => {
    const ability = answers.flatMap(a => a?.question_assessments.flatMap(q => q.abilities) ?? []).find(x => x.id !== undefined && x.id === abilityId);
    return {
      kind: 'ability',
      label: pickI18n(ability?.name, lang) ?? t('Ability {0}', i + 1),
      detail: t('Ability assessment'),
      cells: answers.map(a => {
        const text = a?.ability_assessments.find(x => (x.ability_id ?? '') === abilityId)?.content ?? '';
        return { text, score: '', empty: text === '' };
      }),
      disagree: false,
    };
  });
}

function keyOf(id: string | undefined, name: I18nText | undefined, index: number): string {
  return id ?? name?.zh_cn ?? name?.en_us ?? `#${index}`;
}

/** Rows (dimensions and questions) the page shows at most: real scorecards have a few dozen. */
export const MAX_SCORECARD_ROWS = 1000;

/** A module's dimensions by key, the first of a repeated key winning: one lookup per cell instead of a search. */
function dimensionsByKey(module: ModuleAssessment | undefined): Map<string, DimensionAssessment> | undefined {
  if (!module) { return undefined; }
  const byKey = new Map<string, DimensionAssessment>();
  module.dimensions.forEach((d, i) => {
    const key = keyOf(d.id, d.name, i);
    if (!byKey.has(key)) { byKey.set(key, d); }
  });
  return byKey;
}

function questionTitle(title: I18nText | undefined, index: number, lang: Lang, t: Translate): string {
  return pickI18n(title, lang) ?? t('Question {0}', index + 1);
}

/** An answer's questions by title, the first of a repeated title winning. */
function answersByTitle(d: DimensionAssessment | undefined, lang: Lang, t: Translate): Map<string, string | undefined> | undefined {
  if (!d) { return undefined; }
  const byTitle = new Map<string, string | undefined>();
  d.question_assessments.forEach((q, i) => {
    const title = questionTitle(q.title, i, lang, t);
    if (!byTitle.has(title)) { byTitle.set(title, q.content); }
  });
  return byTitle;
}

interface SectionDraft {
  module: ModuleAssessment;
  dimensions: Map<string, DimensionAssessment>;
  /** Per column: the module as that interviewer filled it in. */
  byColumn: (ModuleAssessment | undefined)[];
}

export function buildScorecardView(input: ScorecardInput): ScorecardView {
  const { interview, result, lang, t } = input;
  const records = interview.interview_record_list;
  if (result.kind === 'failed') {
    const e = result.error;
    return {
      notice: e.missingScopes.length > 0
        ? t('The whole scorecard is not available: the app lacks the permission {0}. Showing the overall result only.', e.missingScopes.join(', '))
        // The gateway's plain 404: this tenant's edition does not serve v2 interview records.
        : e.kind === 'http' && e.httpStatus === 404
        ? t('The whole scorecard is not available: this tenant does not offer Hire v2 interview records. Showing the overall result only.')
        : t('The whole scorecard could not be read: {0} Showing the overall result only.', humanMessage(e, t)),
      columns: [],
      sections: [],
    };
  }
  const v2: (InterviewRecordV2 | undefined)[] = records.map(r => result.records.get(r.id));
  const columns: ScorecardColumn[] = records.map((r, i) => {
    const card = v2[i];
    const score = card?.record_score;
    const total = score?.score !== undefined
      ? (score.total_score !== undefined ? t('{0} / {1}', decimalText(score.score), decimalText(score.total_score)) : decimalText(score.score))
      : '';
    const status = !card ? t('No scorecard') : card.commit_status === 2 ? t('Not submitted') : card.modules.length === 0 ? t('No scorecard') : '';
    return { recordId: r.id, interviewer: input.interviewerName(r.id), current: r.id === input.currentRecordId, total, status };
  });

  const drafts = new Map<string, SectionDraft>();
  v2.forEach((card, column) => {
    card?.modules.forEach((module, m) => {
      const key = keyOf(module.id, module.name, m);
      let draft = drafts.get(key);
      if (!draft) {
        draft = { module, dimensions: new Map(), byColumn: records.map(() => undefined) };
        drafts.set(key, draft);
      }
      draft.byColumn[column] = module;
      module.dimensions.forEach((d, k) => {
        const dimensionKey = keyOf(d.id, d.name, k);
        if (!draft.dimensions.has(dimensionKey)) { draft.dimensions.set(dimensionKey, d); }
      });
    });
  });

  const sections: ScorecardSection[] = [];
  let shownRows = 0;
  let allRows = 0;
  for (const draft of drafts.values()) {
    for (const d of draft.dimensions.values()) { allRows += 1 + d.question_assessments.length; }
  }
  for (const draft of drafts.values()) {
    if (shownRows >= MAX_SCORECARD_ROWS) { break; }
    const rows: ScorecardRow[] = [];
    const columnDimensions = draft.byColumn.map(dimensionsByKey);
    let k = 0;
    for (const [dimensionKey, d] of draft.dimensions) {
      if (shownRows >= MAX_SCORECARD_ROWS) { break; }
      const answers = columnDimensions.map(byKey => byKey?.get(dimensionKey));
      const cells = answers.map(a => cellOf(a, lang, t));
      const chosen = new Set(cells.filter(c => !c.empty).map(c => `${c.text}\u0000${c.score}`));
      const optionLike = d.option !== undefined || OPTION_TYPES.has(d.type ?? 0);
      rows.push({
        kind: 'dimension',
        label: pickI18n(d.name, lang) ?? t('Dimension {0}', k + 1),
        detail: d.weight ? t('Weight {0}', decimalText(d.weight)) : '',
        cells,
        disagree: optionLike && chosen.size > 1,
      });
      shownRows++;
      const answerTexts = d.question_assessments.length > 0 ? answers.map(a => answersByTitle(a, lang, t)) : [];
      for (const [qi, q] of d.question_assessments.entries()) {
        if (shownRows >= MAX_SCORECARD_ROWS) { break; }
        const title = questionTitle(q.title, qi, lang, t);
        rows.push({
          kind: 'question',
          label: title,
          detail: [q.question_type === 2 ? t('Online coding') : '', pickI18n(q.description, lang) ?? ''].filter(Boolean).join(' · '),
          cells: answerTexts.map(byTitle => {
            const text = byTitle?.get(title) ?? '';
            return { text, score: '', empty: text === '' };
          }),
          disagree: false,
        });
        shownRows++;
      }
      const abilities = abilityRows(answers, lang, t);
      rows.push(...abilities);
      shownRows += abilities.length;
      k++;
    }
    const m = draft.module;
    sections.push({
      title: pickI18n(m.name, lang) ?? t('Module'),
      detail: [m.type === 1 ? t('Preset') : '', m.weight ? t('Weight {0}', decimalText(m.weight)) : ''].filter(Boolean).join(' · '),
      scores: draft.byColumn.map(module => decimalText(module?.score)),
      rows,
    });
  }
  const notice = sections.length === 0 ?
    t('No whole scorecard was filled in for this interview. Showing the overall result only.')
    : allRows > shownRows
    ? t('This scorecard has {0} rows: the first {1} are shown.', allRows, shownRows)
    : undefined;
  return { notice, columns, sections };
}
