// A v2 scorecard flattened for exports: one line per dimension (and per question under it), each with its module,
// weight, chosen option, score and text. Pure, localised through `t`.
import type { DimensionAssessment, InterviewRecordV2 } from '../../feishu/scorecard';
import type { Translate } from '../../feishu/translate';
import { decimalText } from '../scorecard/scorecardView';
import { jobLevelRange, pickI18n, type Lang } from '../text/format';

export interface ScorecardLine {
  module: string;
  dimension: string;
  weight: string;
  option: string;
  score: string;
  text: string;
}

function answerOf(d: DimensionAssessment, lang: Lang, t: Translate): Pick<ScorecardLine, 'option' | 'score' | 'text'> {
  const chosen = d.option ? [d.option] : d.options;
  const option = chosen.map(o => pickI18n(o.name, lang) ?? '').filter(Boolean).join(', ');
  // The preset conclusion's option carries no meaningful score (as in the panel).
  const optionScore = d.type === 10 ? undefined : d.option?.score_val;
  const level = d.recommended_job_level && jobLevelRange(pickI18n(d.recommended_job_level.lower, lang), pickI18n(d.recommended_job_level.higher, lang), t);
  return { option, score: decimalText(optionScore ?? d.score), text: level ?? d.content ?? '' };
}

export function scorecardLines(card: InterviewRecordV2, lang: Lang, t: Translate): ScorecardLine[] {
  const lines: ScorecardLine[] = [];
  card.modules.forEach((m, mi) => {
    const module = pickI18n(m.name, lang) ?? t('Module {0}', mi + 1);
    m.dimensions.forEach((d, di) => {
      const dimension = pickI18n(d.name, lang) ?? t('Dimension {0}', di + 1);
      lines.push({ module, dimension, weight: decimalText(d.weight), ...answerOf(d, lang, t) });
      d.question_assessments.forEach((q, qi) => {
        const title = pickI18n(q.title, lang) ?? t('Question {0}', qi + 1);
        lines.push({ module, dimension: `${dimension} › ${title}`, weight: '', option: '', score: '', text: q.content ?? '' });
      });
    });
  });
  return lines;
}
