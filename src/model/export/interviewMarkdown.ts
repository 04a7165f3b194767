// Copy as Markdown: one interview (every interviewer) or one record, for pasting into a doc.
import { commitStatusInfo, conclusionInfo, formatTimeRange, roundLabel, scoreText, jobLevelRange } from '../text/format';
import { hiddenText, type ExportOptions, type ExportRow } from './interviewExport';
import { mdInline, mdQuote } from '../text/markdownText';
import { lineHeaders, scorecardTable } from './scorecardExport';

function recordSection(row: ExportRow, o: ExportOptions): string[] {
  const { record: r, names } = row;
  const { t } = o;
  const score = scoreText(r.interview_score, o.lang, t);
  const scoreLine = score.missing
    ? t('No score given')
    : [score.level, score.name && score.name !== score.level ? score.name : undefined].filter(Boolean).join(' · ');
  const who = names.interviewer ?? r.user_id ?? t('Unknown interviewer');
  if (row.hidden) { return [`### ${mdInline(who)} — ${mdInline(t('Hidden until you submit'))}`, '', `*${mdInline(hiddenText(t))}*`, '']; }
  const lines = [`### ${mdInline(who)} — ${mdInline(conclusionInfo(r.conclusion, t).label)}`, ''];
  const field = (name: string, value: string | undefined): void => {
    if (value) { lines.push(`- **${mdInline(name)}:** ${mdInline(value)}`); }
  };
  field(t('Score'), score.description ? `${scoreLine} — ${score.description}` : scoreLine);
  field(t('Commit status'), commitStatusInfo(r.commit_status, t).label);
  field(t('Suggested level'), jobLevelRange(names.minLevel ?? r.min_job_level_id, names.maxLevel ?? r.max_job_level_id, t));
  field(t('Record ID'), r.id);
  lines.push('');
  lines.push(r.content ? mdQuote(r.content) : `*${mdInline(t('No notes written'))}*`);
  lines.push('');
  if (row.scorecard && row.scorecard.length > 0) { lines.push(...scorecardTable(row.scorecard, lineHeaders(o)), ''); }
  return lines;
}

/** The interview's heading, then each row's record (all of an interview's rows, or one). */
export function interviewMarkdown(rows: readonly ExportRow[], o: ExportOptions): string {
  const first = rows[0];
  if (!first) { return ''; }
  const iv = first.interview;
  const time = formatTimeRange(iv.begin_time, iv.end_time, { locale: o.locale, timeZone: o.timeZone, t: o.t });
  const about = [first.candidate, first.job, first.names.stage].filter((x): x is string => Boolean(x));
  const lines = [`## ${mdInline(`${roundLabel(iv.round, o.t)} · ${time}`)}`, ''];
  if (about.length > 0) { lines.push(mdInline(about.join(' · ')), ''); }
  for (const row of rows) { lines.push(...recordSection(row, o)); }
  return lines.join('\n').replace(/\n+$/, '\n');
}
