// CSV as Excel and LibreOffice read it: UTF-8 with a BOM (so Chinese opens correctly), CRLF line ends,
// RFC 4180 quoting, and cells that a spreadsheet would run as a formula made inert.
import { inertFormula } from '../text/inertText';

/** Characters that force quoting: separators of every locale's CSV dialect, quotes, line breaks. */
const NEEDS_QUOTES = /[",;\t\r\n]|^\s|\s$/;

/** One cell: formula starts neutralised with a leading apostrophe (OWASP's advice), then quoted if needed. */
export function csvField(value: string): string {
  const safe = inertFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

/** The whole file: BOM, header, rows, each line ended by CRLF. */
export function csvDocument(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + [header, ...rows].map(r => csvLine(r) + '\r\n').join('');
}
