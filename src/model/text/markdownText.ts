// Server text inside Markdown we write: always literal text, never links, images, HTML or formatting.
import { inertFormula } from './inertText';

/** Backslash-escapes what Markdown would read as syntax (links, HTML, emphasis, code, tables, entities). */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/g, c => `\\${c}`);
}

/** A line of text: escaped, and a leading block marker (heading, quote, list, rule) made literal. */
export function mdText(text: string): string {
  return escapeInline(text).replace(/^(\s*)([#+\-=])/gm, '$1\\$2').replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** Text on one line: line breaks become spaces. */
export function mdInline(text: string): string {
  return mdText(text.replace(/\r\n?|\n/g, ' '));
}

/**
 * A table cell: escaped, line breaks kept as <br>, which GitHub and most editors render in tables. A table pasted into
 * a sheet (a Feishu doc's table, Excel) becomes cells: one that would run as a formula is made inert as in CSV.
 */
export function mdCell(text: string): string {
  return inertFormula(text).split(/\r\n?|\n/).map(line => escapeInline(line)).join('<br>');
}

/** A quoted block, line by line; an empty line stays inside the quote. */
export function mdQuote(text: string): string {
  return text.split(/\r\n?|\n/).map(line => line === '' ? '>' : `> ${mdText(line)}`).join('\n');
}
