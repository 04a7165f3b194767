// The window of the recruiter's queue: the last N calendar days, today included, in the VIEWER's time zone
// (not the tenant's, not UTC), and calendar-day arithmetic in that zone (DST days have 23 or 25 hours).

const DAY = 86_400_000;

export const WINDOW_DAYS = { min: 1, max: 90, fallback: 14 } as const;

/** Epoch ms, both bounds inclusive: what the successor's start_time / end_time take. */
export interface QueueWindow {
  startMs: number;
  endMs: number;
  days: number;
}

/** Building a formatter costs far more than using one: a queue of hundreds of records reuses them. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
  let format = formatters.get(timeZone ?? '');
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone ?? '', format);
  }
  return format;
}

function zoneParts(ms: number, timeZone: string | undefined): { year: number; month: number; day: number; hour: number; minute: number; second: number; } {
  const format = formatterFor(timeZone);
  const out: Record<string, number> = {};
  for (const p of format.formatToParts(new Date(ms))) { out[p.type] = Number(p.value); }
  return {
    year: out['year'] ?? 1970,
    month: out['month'] ?? 1,
    day: out['day'] ?? 1,
    hour: out['hour'] ?? 0,
    minute: out['minute'] ?? 0,
    second: out['second'] ?? 0,
  };
}

/** How far the zone's wall clock is ahead of UTC at that moment. */
function offsetMs(ms: number, timeZone: string | undefined): number {
  const p = zoneParts(ms, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
}

function computedDayKey(ms: number, timeZone: string | undefined): string {
  const p = zoneParts(ms, timeZone);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Calendar days already worked out, as [start, end) in ms: 2,000 interviews fall on a handful of days. */
const spans: Array<{ zone: string; startMs: number; endMs: number; key: string; }> = [];
const MAX_SPANS = 64;

/** "2026-11-27": the calendar day of a moment in the zone. */
export function dayKey(ms: number, timeZone: string | undefined): string {
  const zone = timeZone ?? '';
  const known = spans.find(span => span.zone === zone && ms >= span.startMs && ms < span.endMs);
  if (known) { return known.key; }
  const key = computedDayKey(ms, timeZone);
  const startMs = midnightOf(key, 0, timeZone);
  const endMs = midnightOf(key, 1, timeZone);
  if (ms >= startMs && ms < endMs) {
    spans.unshift({ zone, startMs, endMs, key });
    spans.length = Math.min(spans.length, MAX_SPANS);
  }
  return key;
}

function dayNumber(key: string): number {
  const [y, m, d] = key.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY;
}

/** Calendar days from `fromMs` to `toMs` in the zone: 0 the same day, 1 the day before, … */
export function calendarDaysBetween(fromMs: number, toMs: number, timeZone: string | undefined): number {
  return dayNumber(dayKey(toMs, timeZone)) - dayNumber(dayKey(fromMs, timeZone));
}

/** Local midnight of the calendar day `offsetDays` after the day of `ms`. */
export function startOfDay(ms: number, timeZone: string | undefined, offsetDays = 0): number {
  return midnightOf(dayKey(ms, timeZone), offsetDays, timeZone);
}

function midnightOf(key: string, offsetDays: number, timeZone: string | undefined): number {
  const wallMidnight = (dayNumber(key) + offsetDays) * DAY;
  // Two rounds settle the offset, also on a DST change day.
  let guess = wallMidnight - offsetMs(wallMidnight, timeZone);
  guess = wallMidnight - offsetMs(guess, timeZone);
  return guess;
}

/** The last `days` calendar days, today included: from midnight `days - 1` days ago to the last ms of today. */
export function queueWindow(nowMs: number, days: number, timeZone: string | undefined): QueueWindow {
  const n = Number.isInteger(days) && days >= WINDOW_DAYS.min && days <= WINDOW_DAYS.max ? days : WINDOW_DAYS.fallback;
  return { startMs: startOfDay(nowMs, timeZone, -(n - 1)), endMs: startOfDay(nowMs, timeZone, 1) - 1, days: n };
}
