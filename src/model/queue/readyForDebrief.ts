// "Ready for Debrief": applications whose interviews in the queue's window have all ended with every feedback in,
// and no decision made yet as far as the data at hand says. From the window's listing and the labels already read:
// no request of its own (free tenants share a monthly quota). Pure.
import type { Translate } from '../../feishu/translate';
import type { Application } from '../../feishu/types';
import type { ParsedInterview } from '../../feishu/validate';
import { conclusionKey } from '../debrief/rollup';
import type { ApplicationLabel } from '../directory/tenantDirectory';
import { plainNameOf } from '../text/plainName';
import { candidateText } from './queueLabels';

export interface ReadyApplication {
  applicationId: string;
  /** The window's interviews of the application, in start order. */
  interviews: ParsedInterview[];
  records: number;
  pass: number;
  fail: number;
  pending: number;
  /** When the last feedback came in (or the last interview ended): the list is newest first by it. */
  lastMs: number;
}

/** Offer, pending onboarding, onboarded: a stage type past the decision. */
const DECIDED_STAGE_TYPES = new Set([5, 6, 7]);

/** Decided as far as the label says: terminated (active_status 2) or past the interviews. Unknown counts as not. */
export function isDecided(application: Application | undefined): boolean {
  if (!application) { return false; }
  return application.active_status === 2 || DECIDED_STAGE_TYPES.has(application.stage?.type ?? 0);
}

export function readyForDebrief(
  interviews: readonly ParsedInterview[],
  nowMs: number,
  applicationOf: (applicationId: string) => Application | undefined,
): ReadyApplication[] {
  const byApplication = new Map<string, ParsedInterview[]>();
  for (const interview of interviews) {
    const id = interview.application_id;
    if (!id) { continue; }
    let list = byApplication.get(id);
    if (!list) { byApplication.set(id, list = []); }
    list.push(interview);
  }
  const ready: ReadyApplication[] = [];
  for (const [applicationId, list] of byApplication) {
    const records = list.flatMap(i => i.interview_record_list);
    const allIn = records.length > 0 && list.every(i => i.end_time !== undefined && i.end_time > 0 && i.end_time <= nowMs) // A no-show has nothing to submit; anything else must be submitted.
      && records.every(r => r.commit_status === 1 || r.conclusion === 5);
    if (!allIn || isDecided(applicationOf(applicationId))) { continue; }
    const keys = records.map(conclusionKey);
    ready.push({
      applicationId,
      interviews: list,
      records: records.length,
      pass: keys.filter(k => k === 'pass').length,
      fail: keys.filter(k => k === 'fail').length,
      pending: keys.filter(k => k === 'pending').length,
      lastMs: Math.max(...list.map(i => i.feedback_submit_time ?? i.end_time ?? 0)),
    });
  }
  return ready.sort((a, b) => b.lastMs - a.lastMs || a.applicationId.localeCompare(b.applicationId));
}

/** "张伟" · "高级前端工程师 · 3 rounds · 2 pass · 1 fail · 1 pending". */
export function readyLabel(ready: ReadyApplication, label: ApplicationLabel | undefined, t: Translate): { label: string; description: string; } {
  const counts = [
    ready.interviews.length === 1 ? t('1 round') : t('{0} rounds', ready.interviews.length),
    ready.pass > 0 ? t('{0} pass', ready.pass) : '',
    ready.fail > 0 ? t('{0} fail', ready.fail) : '',
    ready.pending > 0 ? t('{0} pending', ready.pending) : '',
  ];
  return { label: candidateText(ready.applicationId, label, t), description: [plainNameOf(label?.jobTitle), ...counts].filter(Boolean).join(' · ') };
}
