// Outside text (a server's `msg`, a log id from a body) on its way into a log line. A line break would let the
// server write lines of its own that look like ours; control and bidi characters could hide or reorder text.
// Each such character is written as a visible escape, so the line still shows what was sent.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function logSafe(text: string): string {
  return text.replace(UNSAFE, c => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
