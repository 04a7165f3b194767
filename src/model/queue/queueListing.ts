// Which days a refresh lists. The view's window, stretched back to the oldest owed record shown before: a refresh
// never drops a debt that was on screen unless it was submitted. The stretch stops at the widest window (90 days);
// older debts are kept as last seen, not checked again, and the view says so.
import { setMaxListeners } from 'node:events';
import { FeishuError } from '../../feishu/errors';
import { MAX_SUCCESSOR_PAGE_SIZE } from '../../feishu/hireApi';
import { walkPages } from '../../feishu/pager';
import type { InvalidItem } from '../../feishu/types';
import type { ParsedInterview } from '../../feishu/validate';
import type { HireConnection } from '../connection/hireConnection';
import { QUEUE_WALK_BUDGET } from '../walkBudgets';
import type { Lang } from '../text/format';
import { owedItems } from './queueItems';
import { calendarDaysBetween, queueWindow, WINDOW_DAYS, type QueueWindow } from './queueWindow';

/** What one refresh cost; the log says it, a test measures it. */
export interface RefreshReport {
  interviews: number;
  pageRequests: number;
  /** Names of the rows open at once (the first interviewers of Feedback Owed, today in Recent Interviews). */
  nameRequests: number;
  window: QueueWindow;
  error?: FeishuError;
}

export interface Listing {
  /** What the service is asked for. */
  window: QueueWindow;
  /** Interviews of the previous listing, still owed, that start before `window`: kept as they were. */
  carried: ParsedInterview[];
}

/** The start of the oldest interview with owed feedback among these; undefined when nothing is owed. */
export function oldestOwedBegin(interviews: readonly ParsedInterview[], nowMs: number, lang: Lang, timeZone: string | undefined): number | undefined {
  let oldest: number | undefined;
  for (const item of owedItems(interviews, nowMs, lang, timeZone)) {
    const begin = item.interview.begin_time;
    if (begin !== undefined && (oldest === undefined || begin < oldest)) { oldest = begin; }
  }
  return oldest;
}

/** The listing for `days` (the setting, or Look Further Back) that also covers what `previous` showed as owed. */
export function listingFor(days: number, previous: readonly ParsedInterview[], nowMs: number, lang: Lang, timeZone: string | undefined): Listing {
  const base = queueWindow(nowMs, days, timeZone);
  const oldest = oldestOwedBegin(previous, nowMs, lang, timeZone);
  if (oldest === undefined || oldest >= base.startMs) { return { window: base, carried: [] }; }
  const needed = Math.min(WINDOW_DAYS.max, calendarDaysBetween(oldest, nowMs, timeZone) + 1);
  const window = queueWindow(nowMs, Math.max(base.days, needed), timeZone);
  const carried = previous.filter(interview => (interview.begin_time ?? 0) < window.startMs && owedItems([interview], nowMs, lang, timeZone).length > 0);
  return { window, carried };
}

/** The interviews starting in `window`, every page (within the queue's walk budget); a failure is returned with what came before it. */
export async function listWindow(
  connection: HireConnection,
  window: QueueWindow,
  signal: AbortSignal,
): Promise<{ interviews: ParsedInterview[]; invalid: InvalidItem[]; requests: number; error?: FeishuError; }> {
  const interviews: ParsedInterview[] = [];
  const invalid: InvalidItem[] = [];
  let requests = 0;
  try {
    const pages = walkPages<ParsedInterview>(
      (pageToken, s) =>
        connection.api.listInterviewsInWindow(window, { pageToken, pageSize: MAX_SUCCESSOR_PAGE_SIZE, userIdType: connection.userIdType, signal: s }),
      '/open-apis/hire/v1/interviews',
      signal,
      interview => interview.id,
      QUEUE_WALK_BUDGET,
    );
    for await (const step of pages) {
      requests += step.requests;
      interviews.push(...step.items);
      // The successor's records carry their interviewers' names: the panels and the tree name them too.
      connection.directory.knowInterviews(step.items);
      invalid.push(...step.invalid);
    }
  } catch (e) {
    const error = e instanceof FeishuError ? e : new FeishuError({ kind: 'badResponse', detail: String(e), cause: e });
    return { interviews, invalid, requests: requests + 1, error }; // the request that failed counts
  }
  return { interviews, invalid, requests };
}

/** The log line of a refresh: what it cost, and why it failed. */
export function refreshLine(report: RefreshReport): string {
  const total = report.pageRequests + report.nameRequests;
  const failed = report.error ? `; failed: ${report.error.message}` : '';
  return `Feedback queue refresh (${report.window.days} days): ${total} requests = ${report.pageRequests} for ${report.interviews} interviews + ${report.nameRequests} for names${failed}`;
}

/** One signal shared by every request of a refresh: many listeners at once are expected, not a leak. */
export function newController(): AbortController {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}
