// Text from outside (server `msg`, IDs from links, setting values) on its way into a notification, where VS Code
// turns `[label](command:…)` and `[label](https://…)` into live links. Breaking the `](` pair keeps every character
// readable while no link can form.
const MAX_NOTIFICATION_TEXT = 600;

export function inertText(text: string): string {
  const flat = text // Bidirectional overrides and other format characters could disguise what the user reads.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\]\s*\(/g, '] (');
  return flat.length > MAX_NOTIFICATION_TEXT ? `${flat.slice(0, MAX_NOTIFICATION_TEXT)}…` : flat;
}

/**
 * A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets (full-width forms too);
 * they strip leading NULs and whitespace first, so a sign behind those counts as well.
 */
const FORMULA_START = /^[\t\r]|^[\s\u0000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A spreadsheet cell (CSV, or a Markdown table pasted into a sheet) that would run as a formula, made text (OWASP's apostrophe). */
export function inertFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
