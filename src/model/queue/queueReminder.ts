// The reminder a recruiter pastes into Feishu chat: what one interviewer (or everyone) still owes, in the
// UI's language through `t`. Plain text only; the extension sends nothing.
import type { Translate } from '../../feishu/translate';
import type { ApplicationLabel } from '../directory/tenantDirectory';
import type { OwedGroup, OwedItem } from './queueItems';
import { dayText, roundLabel, type TimeOptions } from '../text/format';
import { plainNameOf } from '../text/plainName';
import { candidateText, endedText } from './queueLabels';

export interface ReminderContext extends TimeOptions {
  label: (applicationId: string) => ApplicationLabel | undefined;
}

/** "Wang Lei" / "Interviewer ou_123 (no name sent)" / "Unknown interviewer". */
export function interviewerTitle(group: Pick<OwedGroup, 'interviewerKey' | 'interviewerName'>, t: Translate): string {
  const name = plainNameOf(group.interviewerName);
  if (name) { return name; }
  const key = plainNameOf(group.interviewerKey);
  return key ? t('Interviewer {0} (no name sent)', key) : t('Unknown interviewer');
}

/** Candidate (or the application ID), job, round as users count, when it ended. */
export function owedLine(item: OwedItem, ctx: ReminderContext): string {
  const { t } = ctx;
  const label = item.applicationId ? ctx.label(item.applicationId) : undefined;
  const candidate = candidateText(item.applicationId, label, t);
  const when = `${endedText(item.endedDaysAgo, t)} (${dayText(item.endMs, ctx)})`;
  return [candidate, plainNameOf(label?.jobTitle), roundLabel(item.interview.round, t), when].filter(Boolean).join(' · ');
}

export function reminderFor(group: OwedGroup, ctx: ReminderContext): string {
  const { t } = ctx;
  const name = plainNameOf(group.interviewerName);
  const lines = [
    name
      ? t('Hi {0}, a friendly reminder: your feedback on these interviews has not been submitted yet:', name)
      : t('Hi, a friendly reminder: your feedback on these interviews has not been submitted yet:'),
    ...group.items.map((item, i) => `${i + 1}. ${owedLine(item, ctx)}`),
    t('Please submit it in Feishu Hire when you can. Thank you!'),
  ];
  return lines.join('\n');
}

/** Every interviewer's reminder, one block each, for the whole view. */
export function reminderForAll(groups: readonly OwedGroup[], ctx: ReminderContext): string {
  return groups.map(group => `@${interviewerTitle(group, ctx.t)}\n${reminderFor(group, ctx)}`).join('\n\n');
}

/** One interviewer's reminder when a key is given, else everyone's; undefined when they (or all) owe nothing. */
export function reminderOf(groups: readonly OwedGroup[], interviewerKey: string | undefined, ctx: ReminderContext): string | undefined {
  if (interviewerKey === undefined) { return groups.length > 0 ? reminderForAll(groups, ctx) : undefined; }
  const group = groups.find(g => g.interviewerKey === interviewerKey);
  return group && reminderFor(group, ctx);
}
