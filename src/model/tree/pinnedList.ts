// Looked-up applications: a list the user builds one lookup at a time, kept in globalState and expanded on every
// start, so it has a bound. At the bound a lookup is refused with a message rather than a pin silently dropped.
export const MAX_PINNED_APPLICATIONS = 100;

/** The list with `applicationId` first (unchanged, the same array, when it is in already); undefined when full. */
export function withPinned(ids: readonly string[], applicationId: string): readonly string[] | undefined {
  if (ids.includes(applicationId)) { return ids; }
  return ids.length >= MAX_PINNED_APPLICATIONS ? undefined : [applicationId, ...ids];
}

/** A stored list as read: no repeats, at most the bound (a list written elsewhere may hold more). */
export function pinnedFrom(ids: readonly string[]): string[] {
  return [...new Set(ids)].slice(0, MAX_PINNED_APPLICATIONS);
}
