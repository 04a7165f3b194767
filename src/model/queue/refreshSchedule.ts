// When the optional refresh interval fires: never by default (quota first), at most every 15 minutes,
// only for views that have been looked at, and never while the window is in the background.

export const REFRESH_MINUTES = { off: 0, min: 15, max: 1440 } as const;

export interface ScheduleState {
  nowMs: number;
  /** When the queue last loaded; undefined when it never has (a view never shown costs nothing). */
  lastLoadedMs: number | undefined;
  /** 0 = off. */
  intervalMinutes: number;
  windowFocused: boolean;
  loading: boolean;
}

export function refreshDue(s: ScheduleState): boolean {
  if (s.intervalMinutes < REFRESH_MINUTES.min || s.lastLoadedMs === undefined || !s.windowFocused || s.loading) { return false; }
  return s.nowMs - s.lastLoadedMs >= s.intervalMinutes * 60_000;
}

/** 0 (off) or 15..1440; anything else is a settings problem. */
export function isValidRefreshMinutes(value: unknown): value is number {
  return value === REFRESH_MINUTES.off
    || (typeof value === 'number' && Number.isInteger(value) && value >= REFRESH_MINUTES.min && value <= REFRESH_MINUTES.max);
}
