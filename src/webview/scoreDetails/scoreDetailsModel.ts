// Builds what the score details page shows, from the wire data: pure, localised through `t`.
import type { Translate } from '../../feishu/translate';
import type { Interview, InterviewRecord } from '../../feishu/types';
import {
  commitStatusInfo,
  conclusionInfo,
  formatTimeRange,
  formatTimestamp,
  interviewerLabel,
  pickI18n,
  roundLabel,
  scoreText,
  type Lang,
} from '../../model/text/format';
import { levelRange, type LevelNameLookup } from '../../model/directory/jobLevelNames';
import type { ScorecardResult } from '../../model/scorecard/scorecards';
import type { RecordTarget, ScoreDetailsModel, UiText } from './protocol';
import { buildScorecardView } from '../../model/scorecard/scorecardView';
import { shownRecords } from '../../model/scorecard/shownRecords';

export interface ScoreDetailsInput {
  target: RecordTarget;
  owner: string;
  interview: Interview;
  lang: Lang;
  locale: string;
  timeZone?: string;
  t: Translate;
  sample: boolean;
  now: number;
  /** Names from the successor endpoint, by record ID; the record's own `interviewer` wins. */
  interviewerName?: (recordId: string) => string | undefined;
  stageName?: string;
  /** v2 scorecards of the interview's records, read when the panel opened; absent: not asked. */
  scorecard?: ScorecardResult;
  /** Names for the seed's level IDs. */
  levels?: LevelNameLookup;
  /** The scorecard is being read: the page says so until it arrives. */
  scorecardLoading?: boolean;
}

const EXCERPT = 140;

export function uiText(t: Translate): Record<UiText, string> {
  return {
    score: t('Score'),
    noScore: t('No score given'),
    showOther: t('Show the other language'),
    showMine: t('Show my language'),
    conclusion: t('Conclusion'),
    commitStatus: t('Commit status'),
    suggestedLevel: t('Suggested level'),
    interviewer: t('Interviewer'),
    notes: t('Interviewer\'s notes'),
    noNotes: t('No notes written'),
    interview: t('Interview'),
    round: t('Round'),
    time: t('Time'),
    stage: t('Stage'),
    otherInterviewers: t('All interviewers of this interview'),
    thisRecord: t('(this record)'),
    copyJson: t('Copy JSON'),
    reveal: t('Reveal in Tree'),
    refresh: t('Refresh'),
    sample: t('Sample data from the built-in demo tenant, not real company data.'),
    colInterviewer: t('Interviewer'),
    colConclusion: t('Conclusion'),
    colScore: t('Score'),
    colCommit: t('Commit status'),
    colNotes: t('Notes'),
    scorecard: t('Whole scorecard'),
    totalScore: t('Total score'),
    disagree: t('Interviewers disagree'),
    dimension: t('Dimension'),
    debrief: t('Debrief'),
  };
}

function nameOf(record: InterviewRecord, input: ScoreDetailsInput): string {
  return pickI18n(record.interviewer?.name, input.lang) ?? input.interviewerName?.(record.id) ?? interviewerLabel(record, input.lang, input.t);
}

export function buildScoreDetailsModel(input: ScoreDetailsInput): ScoreDetailsModel | undefined {
  const { t, lang } = input;
  const shown = shownRecords([input.interview], input.scorecard);
  const interview = { ...input.interview, interview_record_list: shown.map(s => s.record) };
  const record = interview.interview_record_list.find(r => r.id === input.target.recordId);
  if (!record) { return undefined; }
  const score = scoreText(record.interview_score, lang, t);
  const conclusion = conclusionInfo(record.conclusion, t);
  const interviewer = nameOf(record, input);
  const time = { locale: input.locale, timeZone: input.timeZone, t };
  const card = shown.find(s => s.record.id === record.id)?.card;
  const suggested = card?.modules.flatMap(m => m.dimensions).find(d => d.recommended_job_level)?.recommended_job_level;
  const levels = levelRange(record.min_job_level_id, record.max_job_level_id, { lang, t, lookup: input.levels, fromScorecard: suggested });
  return {
    target: input.target,
    owner: input.owner,
    sample: input.sample,
    title: t('{0} · {1}', interviewer, conclusion.label),
    score: { ...score },
    conclusion: { label: conclusion.label, tone: conclusion.tone },
    commit: commitStatusInfo(record.commit_status, t),
    levelRange: levels.text,
    levelNote: levels.note,
    scorecard: input.scorecardLoading ?
      { notice: t('Reading the whole scorecard…'), loading: true, columns: [], sections: [] } :
      input.scorecard && buildScorecardView({
        interview,
        currentRecordId: record.id,
        result: input.scorecard,
        lang,
        t,
        interviewerName: id => {
          const r = interview.interview_record_list.find(x => x.id === id);
          return r ? nameOf(r, input) : id;
        },
      }),
    interviewer,
    content: record.content ?? '',
    round: roundLabel(interview.round, t),
    time: formatTimeRange(interview.begin_time, interview.end_time, time),
    stage: input.stageName ?? pickI18n(interview.stage?.name, lang) ?? interview.stage_id,
    rows: interview.interview_record_list.map(r => {
      const s = scoreText(r.interview_score, lang, t);
      const c = conclusionInfo(r.conclusion, t);
      const content = r.content ?? '';
      return {
        recordId: r.id,
        interviewer: nameOf(r, input),
        conclusion: c.label,
        tone: c.tone,
        score: s.missing ? '—' : [s.level, s.name && s.name !== s.level ? s.name : undefined].filter(Boolean).join(' · '),
        commit: commitStatusInfo(r.commit_status, t).label,
        excerpt: content.length > EXCERPT ? content.slice(0, EXCERPT) + '…' : content,
        current: r.id === record.id,
      };
    }),
    loadedAt: t('Loaded {0}', formatTimestamp(input.now, time)),
    text: uiText(t),
  };
}
