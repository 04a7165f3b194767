// Look Further Back…: the longer windows offered, each with what its listing will cost, said before it runs.
import type { QueueWindow } from './queueWindow';
import { queueWindow, WINDOW_DAYS } from './queueWindow';

/** Interviews per page of the listing (the successor's maximum). */
const PAGE_SIZE = 100;
const CHOICES = [30, 60, WINDOW_DAYS.max] as const;

export interface LookBackChoice {
  days: number;
  window: QueueWindow;
  /** Listing requests, estimated from the last refresh's interviews per day; at least 1. */
  requests: number;
}

/**
 * Windows longer than the one shown, up to 90 days. The estimate scales the last listing's density; without one it
 * is the one request a listing costs at least.
 */
export function lookBackChoices(
  current: QueueWindow,
  last: { interviews: number; days: number; } | undefined,
  nowMs: number,
  timeZone: string | undefined,
): LookBackChoice[] {
  const perDay = last && last.days > 0 ? last.interviews / last.days : 0;
  return CHOICES.filter(d => d > current.days).map(d => ({
    days: d,
    window: queueWindow(nowMs, d, timeZone),
    requests: Math.max(1, Math.ceil((perDay * d) / PAGE_SIZE)),
  }));
}
