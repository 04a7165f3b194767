// What people paste into Look Up Application: the ID, a link copied from the browser, a chat message. Exactly one
// application ID in it is looked up; none or several get a message saying what to enter.

export type PastedId = { kind: 'id'; applicationId: string; } | { kind: 'none'; } | { kind: 'several'; ids: string[]; };

/** Feishu IDs are 19 digits today; from 16 on keeps phone numbers (11), times in ms (13) and dates out. */
const LONG_DIGITS = /(?<![\dA-Za-z])\d{16,20}(?![\dA-Za-z])/g;
/** An ID the text names as an application's: `application_id=…`, `applicationId=…`, `/application/…`, `/applications/…`. */
const NAMED = /(?:application_?id["']?\s*[=:：]\s*["']?|\/applications?\/)(\d{1,32})(?!\d)/gi;
const MAX_TEXT = 10_000;

export function findApplicationId(text: string): PastedId {
  const input = text.slice(0, MAX_TEXT).trim();
  if (/^\d{1,32}$/.test(input)) { return { kind: 'id', applicationId: input }; }
  // A link to a talent page names the talent too: the ID named as the application's wins.
  const named = distinct([...input.matchAll(NAMED)].map(m => m[1] as string));
  if (named.length === 1) { return { kind: 'id', applicationId: named[0] as string }; }
  const all = named.length > 1 ? named : distinct([...input.matchAll(LONG_DIGITS)].map(m => m[0]));
  if (all.length === 1) { return { kind: 'id', applicationId: all[0] as string }; }
  return all.length === 0 ? { kind: 'none' } : { kind: 'several', ids: all.slice(0, 5) };
}

function distinct(ids: string[]): string[] {
  return [...new Set(ids)];
}
