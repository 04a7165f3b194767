// Exports of interview records as CSV, Markdown or JSON, one row per record. The builders take plain rows
// (interview, record, names), so any list of records — an application, owed feedback, recent interviews —
// exports the same way.
import type { Translate } from '../../feishu/translate';
import type { Interview, InterviewRecord } from '../../feishu/types';
import { csvDocument } from './csv';
import { commitStatusInfo, conclusionInfo, formatTimestamp, pickI18n, scoreText, type Lang } from '../text/format';
import { isoInZone } from '../text/isoTime';
import { mdCell, mdInline } from '../text/markdownText';
import type { ScorecardLine } from './scorecardLines';
import { scorecardCsv, scorecardMarkdown } from './scorecardExport';

export interface ExportRow {
  applicationId?: string;
  candidate?: string;
  job?: string;
  interview: Interview;
  record: InterviewRecord;
  /** Names where known; the builders fall back to IDs. */
  names: { interviewer?: string; stage?: string; minLevel?: string; maxLevel?: string; };
  /** The v2 scorecard, flattened, when it was read ([] when the record has none); absent when not asked. */
  scorecard?: ScorecardLine[];
  /** Another interviewer's record held back until I submit mine (feishuHire.hideOthersUntilSubmitted). */
  hidden?: boolean;
}

/** What a held-back row says in place of the verdict, in every format. */
export function hiddenText(t: Translate): string {
  return t('Hidden until you submit your own feedback on this interview (feishuHire.hideOthersUntilSubmitted)');
}

/** The line an export with held-back rows starts with; undefined when none was. */
export function hiddenNotice(rows: readonly ExportRow[], t: Translate): string | undefined {
  const n = rows.filter(r => r.hidden).length;
  return n === 0 ?
    undefined :
    t(
      '{0} records of other interviewers are hidden until you submit your own feedback on those interviews (feishuHire.hideOthersUntilSubmitted). Submit in Feishu, then export again.',
      n,
    );
}

/** `scorecardCsv`: the long form, one row per record and dimension. */
export type ExportFormat = 'csv' | 'scorecardCsv' | 'markdown' | 'json';

export interface ExportOptions {
  t: Translate;
  lang: Lang;
  locale: string;
  /** The user's IANA zone; the runtime's own when absent. */
  timeZone?: string;
  /** A heading for Markdown ("张伟 · 高级前端工程师"). */
  title?: string;
}

/** What one row says, as text, shared by every format. */
export interface RowText {
  applicationId: string;
  candidate: string;
  job: string;
  interviewId: string;
  round: string;
  stage: string;
  start: string;
  end: string;
  startIso: string;
  endIso: string;
  recordId: string;
  interviewer: string;
  interviewerId: string;
  conclusion: string;
  scoreLevel: string;
  scoreName: string;
  commit: string;
  minLevel: string;
  maxLevel: string;
  notes: string;
}

export function rowText(row: ExportRow, o: ExportOptions): RowText {
  const { interview: iv, record: r, names } = row;
  const time = { locale: o.locale, timeZone: o.timeZone, t: o.t };
  const score = scoreText(r.interview_score, o.lang, o.t);
  const hidden = row.hidden === true;
  return {
    applicationId: row.applicationId ?? iv.application_id ?? '',
    candidate: row.candidate ?? '',
    job: row.job ?? '',
    interviewId: iv.id,
    round: iv.round === undefined ? '' : String(iv.round + 1),
    stage: names.stage ?? pickI18n(iv.stage?.name, o.lang) ?? iv.stage_id ?? '',
    start: iv.begin_time === undefined ? '' : formatTimestamp(iv.begin_time, time),
    end: iv.end_time === undefined ? '' : formatTimestamp(iv.end_time, time),
    startIso: isoInZone(iv.begin_time, o.timeZone),
    endIso: isoInZone(iv.end_time, o.timeZone),
    recordId: r.id,
    interviewer: names.interviewer ?? pickI18n(r.interviewer?.name, o.lang) ?? r.user_id ?? '',
    interviewerId: r.user_id ?? '',
    conclusion: hidden ? o.t('Hidden until you submit') : conclusionInfo(r.conclusion, o.t).label,
    scoreLevel: hidden ? '' : score.level ?? '',
    scoreName: hidden ? '' : score.name ?? '',
    commit: commitStatusInfo(r.commit_status, o.t).label,
    minLevel: names.minLevel ?? r.min_job_level_id ?? '',
    maxLevel: names.maxLevel ?? r.max_job_level_id ?? '',
    notes: hidden ? hiddenText(o.t) : r.content ?? '',
  };
}

const CSV_COLUMNS: (keyof RowText)[] = [
  'applicationId',
  'candidate',
  'job',
  'interviewId',
  'round',
  'stage',
  'start',
  'end',
  'startIso',
  'endIso',
  'recordId',
  'interviewer',
  'interviewerId',
  'conclusion',
  'scoreLevel',
  'scoreName',
  'commit',
  'minLevel',
  'maxLevel',
  'notes',
];

export function headers(t: Translate): Record<keyof RowText, string> {
  return {
    applicationId: t('Application ID'),
    candidate: t('Candidate'),
    job: t('Job'),
    interviewId: t('Interview ID'),
    round: t('Round'),
    stage: t('Stage'),
    start: t('Start'),
    end: t('End'),
    startIso: t('Start (ISO 8601)'),
    endIso: t('End (ISO 8601)'),
    recordId: t('Record ID'),
    interviewer: t('Interviewer'),
    interviewerId: t('Interviewer ID'),
    conclusion: t('Conclusion'),
    scoreLevel: t('Score level'),
    scoreName: t('Score name'),
    commit: t('Commit status'),
    minLevel: t('Suggested level from'),
    maxLevel: t('Suggested level to'),
    notes: t('Notes'),
  };
}

export function toCsv(rows: readonly ExportRow[], o: ExportOptions): string {
  const names = headers(o.t);
  return csvDocument(
    CSV_COLUMNS.map(c => names[c]),
    rows.map(row => {
      const text = rowText(row, o);
      return CSV_COLUMNS.map(c => text[c]);
    }),
  );
}

const MARKDOWN_COLUMNS: (keyof RowText)[] = [
  'round',
  'start',
  'stage',
  'interviewer',
  'conclusion',
  'scoreLevel',
  'scoreName',
  'commit',
  'minLevel',
  'maxLevel',
  'notes',
];

export function toMarkdown(rows: readonly ExportRow[], o: ExportOptions): string {
  const names = headers(o.t);
  const interviews = new Set(rows.map(r => r.interview.id)).size;
  const notice = hiddenNotice(rows, o.t);
  const lines = [
    `# ${mdInline(o.title ?? o.t('Interviews'))}`,
    '',
    mdInline(o.t('{0} interviews, {1} records', interviews, rows.length)),
    '',
    ...notice === undefined ? [] : [`> ${mdInline(notice)}`, ''],
    `| ${MARKDOWN_COLUMNS.map(c => mdCell(names[c])).join(' | ')} |`,
    `|${MARKDOWN_COLUMNS.map(() => '---').join('|')}|`,
    ...rows.map(row => {
      const text = rowText(row, o);
      return `| ${MARKDOWN_COLUMNS.map(c => mdCell(text[c])).join(' | ')} |`;
    }),
    ...scorecardMarkdown(rows, o),
  ];
  return lines.join('\n') + '\n';
}

/** Stable English keys for programs; IDs stay strings, codes sit beside their labels. */
export function toExportJson(rows: readonly ExportRow[], o: ExportOptions): string {
  return JSON.stringify(
    rows.map(row => {
      const text = rowText(row, o);
      const r = row.record;
      return {
        application_id: text.applicationId || undefined,
        candidate: row.candidate,
        job: row.job,
        interview_id: row.interview.id,
        round: row.interview.round,
        stage: text.stage || undefined,
        begin_time: row.interview.begin_time,
        end_time: row.interview.end_time,
        begin_time_iso: text.startIso || undefined,
        end_time_iso: text.endIso || undefined,
        record_id: r.id,
        interviewer: text.interviewer || undefined,
        interviewer_id: r.user_id,
        hidden: row.hidden ? hiddenText(o.t) : undefined,
        conclusion: r.conclusion,
        conclusion_label: row.hidden ? undefined : text.conclusion,
        score_level: r.interview_score?.level,
        score_name: text.scoreName || undefined,
        commit_status: r.commit_status,
        commit_status_label: text.commit,
        min_job_level: r.min_job_level_id === undefined ? undefined : { id: r.min_job_level_id, name: row.names.minLevel },
        max_job_level: r.max_job_level_id === undefined ? undefined : { id: r.max_job_level_id, name: row.names.maxLevel },
        notes: r.content,
        scorecard: row.hidden ? undefined : row.scorecard,
      };
    }),
    null,
    2,
  ) + '\n';
}

export function exportText(format: ExportFormat, rows: readonly ExportRow[], o: ExportOptions): string {
  switch (format) {
    case 'csv':
      return toCsv(rows, o);
    case 'scorecardCsv':
      return scorecardCsv(rows, o);
    case 'markdown':
      return toMarkdown(rows, o);
    case 'json':
      return toExportJson(rows, o);
  }
}
