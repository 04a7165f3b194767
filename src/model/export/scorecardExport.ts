// The v2 scorecard in exports: the long-form CSV (one row per record and dimension: module, dimension, weight,
// option, score, text) and the same lines as Markdown tables, one per record.
import { csvDocument } from './csv';
import { headers, hiddenText, rowText, type ExportOptions, type ExportRow, type RowText } from './interviewExport';
import type { ScorecardLine } from './scorecardLines';
import { mdCell, mdInline } from '../text/markdownText';

const RECORD_COLUMNS: (keyof RowText)[] = ['applicationId', 'candidate', 'job', 'interviewId', 'round', 'stage', 'recordId', 'interviewer', 'conclusion'];
const LINE_COLUMNS: (keyof ScorecardLine)[] = ['module', 'dimension', 'weight', 'option', 'score', 'text'];

function lineHeaders(o: ExportOptions): Record<keyof ScorecardLine, string> {
  const { t } = o;
  return { module: t('Module'), dimension: t('Dimension'), weight: t('Weight'), option: t('Option'), score: t('Score'), text: t('Answer') };
}

/** Every record at least once: one without a scorecard is a row with the dimension columns empty. */
export function scorecardCsv(rows: readonly ExportRow[], o: ExportOptions): string {
  const names = headers(o.t);
  const lineNames = lineHeaders(o);
  const blank: ScorecardLine = { module: '', dimension: '', weight: '', option: '', score: '', text: '' };
  return csvDocument(
    [...RECORD_COLUMNS.map(c => names[c]), ...LINE_COLUMNS.map(c => lineNames[c])],
    rows.flatMap(row => {
      const text = rowText(row, o);
      const record = RECORD_COLUMNS.map(c => text[c]);
      // A held-back record (no peeking) is one row whose answer says why.
      const lines = row.hidden ? [{ ...blank, text: hiddenText(o.t) }] : row.scorecard && row.scorecard.length > 0 ? row.scorecard : [blank];
      return lines.map(line => [...record, ...LINE_COLUMNS.map(c => line[c])]);
    }),
  );
}

/** A table per record that has a scorecard, after the records' table. */
export function scorecardMarkdown(rows: readonly ExportRow[], o: ExportOptions): string[] {
  const withCards = rows.filter(r => r.scorecard && r.scorecard.length > 0);
  if (withCards.length === 0) { return []; }
  const lineNames = lineHeaders(o);
  const out = ['', `## ${mdInline(o.t('Whole scorecards'))}`];
  for (const row of withCards) {
    const text = rowText(row, o);
    out.push('', `### ${mdInline([o.t('Round {0}', text.round || '?'), text.interviewer, text.conclusion].filter(Boolean).join(' · '))}`, '');
    out.push(...scorecardTable(row.scorecard ?? [], lineNames));
  }
  return out;
}

export function scorecardTable(lines: readonly ScorecardLine[], names: Record<keyof ScorecardLine, string>): string[] {
  return [
    `| ${LINE_COLUMNS.map(c => mdCell(names[c])).join(' | ')} |`,
    `|${LINE_COLUMNS.map(() => '---').join('|')}|`,
    ...lines.map(line => `| ${LINE_COLUMNS.map(c => mdCell(line[c])).join(' | ')} |`),
  ];
}

export { lineHeaders };
