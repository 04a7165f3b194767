// A name from outside (candidate, interviewer, job, profile) on its way into one line of ours: a tree label, a
// reminder line, a file name, a log line. A line break would add lines of the sender's choosing to what a
// recruiter pastes; control, bidirectional and zero-width characters would disguise what is read.
const MAX_NAME_LENGTH = 200;

// NEL and the Unicode separators break lines too; `\s` covers the rest (CR, LF, tabs, no-break and ideographic spaces).
const BREAKS = /[\s\u0085]+/g;
// C0 and C1 controls, the bidi marks, embeddings, overrides and isolates, zero-width space, word joiner, BOM.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** One line, no invisible characters, trimmed, at most 200 characters; '' when nothing readable is left. */
export function plainName(name: string): string {
  const flat = name.replace(BREAKS, ' ').replace(INVISIBLE, '').replace(/ {2,}/g, ' ').trim();
  return flat.length > MAX_NAME_LENGTH ? `${flat.slice(0, MAX_NAME_LENGTH)}…` : flat;
}

/** `plainName` for an optional name: undefined when none is sent or nothing readable is left (the caller's fallback shows). */
export function plainNameOf(name: string | undefined): string | undefined {
  return name === undefined ? undefined : plainName(name) || undefined;
}

/** A file name for a save dialog: a plain name with the characters no file system accepts, and spaces, as `_`. */
export function fileNameOf(stem: string, extension: string): string {
  return `${plainName(stem).replace(/[\\/:*?"<>| ]+/g, '_') || 'export'}.${extension}`;
}
