// Copy Debrief as Markdown: the whole debrief page as text for a Feishu doc, in the viewer's language. Every
// server text is escaped, and table cells a sheet would run as formulas are inert (mdCell).
import type { DebriefModel } from '../../webview/debrief/protocol';
import { mdCell, mdInline, mdQuote } from '../text/markdownText';

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${header.map(mdCell).join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map(r => `| ${r.map(mdCell).join(' | ')} |`)];
}

export function debriefMarkdown(model: DebriefModel): string {
  const x = model.text;
  const lines: string[] = [`# ${mdInline(model.title)}`, ''];
  const facts: [string, string][] = [[x.candidate, model.candidate], [x.job, model.job], [x.stage, model.stage]];
  for (const [name, value] of facts) {
    if (value) { lines.push(`- **${mdInline(name)}:** ${mdInline(value)}`); }
  }
  if (model.notice) { lines.push('', `*${mdInline(model.notice)}*`); }
  lines.push('', `## ${mdInline(x.rounds)}`, '');
  if (model.rounds.length === 0) { lines.push(mdInline(x.noRounds), ''); }
  for (const round of model.rounds) {
    lines.push(`### ${mdInline([round.title, round.time].filter(Boolean).join(' · '))}`, '');
    lines.push(
      ...table(
        [x.colInterviewer, x.colConclusion, x.colScore, x.colTotal],
        round.records.map(
          r => [r.interviewer, r.mark && !r.conclusion.includes(r.mark) ? `${r.conclusion} (${r.mark})` : r.conclusion, r.score, r.total || '—']
        ),
      ),
    );
    lines.push('');
    for (const r of round.records) {
      if (!r.note) { continue; }
      lines.push(`**${mdInline(r.interviewer)}:**`, '', mdQuote(r.note), '');
    }
  }
  const { rollup } = model;
  lines.push(`## ${mdInline(x.rollup)}`, '');
  lines.push(`- **${mdInline(x.conclusions)}:** ${mdInline(rollup.counts.map(c => `${c.label} ${c.count}`).join(' · '))}`);
  lines.push(`- **${mdInline(x.totals)}:** ${mdInline(rollup.totals)}`);
  if (rollup.levels.length > 0) {
    lines.push(`- **${mdInline(x.levels)}:** ${mdInline(rollup.levels.map(l => `${l.who}: ${l.range}`).join('; '))}`);
  }
  lines.push(`- **${mdInline(x.overlap)}:** ${mdInline(rollup.overlap)}`, '');
  const card = model.scorecard;
  lines.push(`## ${mdInline(x.dimensions)}`, '');
  if (card.notice) { lines.push(`*${mdInline(card.notice)}*`, ''); }
  if (card.sections.length > 0) {
    const header = [x.dimension, ...card.columns.map((c, i) => `${model.columnRounds[i] ?? ''} ${c.interviewer}`.trim())];
    const rows: string[][] = [[x.totalScore, ...card.columns.map(c => c.total || c.status || '—')]];
    for (const section of card.sections) {
      rows.push([section.title, ...section.scores]);
      for (const row of section.rows) {
        rows.push([
          `${row.disagree ? '≠ ' : ''}${row.label}`,
          ...row.cells.map(c => c.empty ? '—' : [c.text, c.score ? `(${c.score})` : ''].filter(Boolean).join(' ')),
        ]);
      }
    }
    lines.push(...table(header, rows), '');
  }
  lines.push(`*${mdInline(model.loadedAt)}*`);
  return lines.join('\n') + '\n';
}
