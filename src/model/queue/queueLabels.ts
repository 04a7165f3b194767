// What the two queue views print for a day, an interview's state and an owed record (localised through `t`).
import type { Translate } from '../../feishu/translate';
import type { ApplicationLabel } from '../directory/tenantDirectory';
import type { ApplicationStage } from '../../feishu/types';
import type { DayGroup, InterviewState, OwedGroup, OwedItem } from './queueItems';
import { dayText, roundLabel, type TimeOptions } from '../text/format';
import { plainNameOf } from '../text/plainName';

export interface Labelled {
  label: string;
  description?: string;
}

export function endedText(daysAgo: number, t: Translate): string {
  if (daysAgo <= 0) { return t('ended today'); }
  return daysAgo === 1 ? t('ended yesterday') : t('ended {0} days ago', daysAgo);
}

export function candidateText(applicationId: string | undefined, label: ApplicationLabel | undefined, t: Translate): string {
  return plainNameOf(label?.candidateName) ?? (applicationId ? t('Application {0}', applicationId) : t('Unknown candidate'));
}

/** "Today", "Yesterday", then the date; "3 interviews · 2 owed". */
export function dayLabel(day: DayGroup, options: TimeOptions): Labelled {
  const { t } = options;
  const label = day.daysAgo === 0
    ? t('Today')
    : day.daysAgo === 1
    ? t('Yesterday')
    : day.daysAgo < 0
    ? t('Upcoming: {0}', dayText(day.dayMs, options))
    : dayText(day.dayMs, options);
  const count = day.interviews.length;
  const owed = day.interviews.reduce((sum, s) => sum + s.owed, 0);
  const parts = [count === 1 ? t('1 interview') : t('{0} interviews', count)];
  if (owed > 0) { parts.push(t('{0} owed', owed)); }
  return { label, description: parts.join(' · ') };
}

/** "2 of 3 submitted · 1 pass · 1 fail · 1 pending · no-show", or where the interview stands when it has not ended. */
export function stateText(state: InterviewState, t: Translate): string {
  if (state.phase === 'notStarted') { return t('not started yet'); }
  if (state.phase === 'inProgress') { return t('in progress'); }
  const parts = [t('{0} of {1} submitted', state.submitted, state.total)];
  if (state.pass > 0) { parts.push(t('{0} pass', state.pass)); }
  if (state.fail > 0) { parts.push(t('{0} fail', state.fail)); }
  if (state.pending > 0) { parts.push(t('{0} pending', state.pending)); }
  if (state.noShow > 0) { parts.push(t('no-show')); }
  return parts.join(' · ');
}

/** "last feedback 2 Dec 14:05" in the viewer's zone and language. */
export function lastFeedbackText(ms: number, options: TimeOptions): string {
  const zh = options.locale.toLowerCase().startsWith('zh');
  const when = new Intl.DateTimeFormat(zh ? 'zh-CN' : 'en-GB', {
    day: 'numeric',
    month: zh ? 'long' : 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: options.timeZone,
  }).format(new Date(ms));
  return options.t('last feedback {0}', when);
}

/** Feedback of an interview that has begun, after it began and not in the future: anything else is a reply's error. */
function believable(state: InterviewState, ms: number | undefined): ms is number {
  const begin = state.interview.begin_time;
  return ms !== undefined && ms > 0 && state.submitted > 0 && (state.phase === 'ended' || state.phase === 'inProgress')
    && (begin === undefined || ms >= begin) && ms <= state.asOfMs;
}

/** How an interview went, as Recent Interviews says it, and when its last feedback came in: the main tree's row too. */
export function interviewSummary(state: InterviewState, feedbackSubmitMs: number | undefined, options: TimeOptions): string {
  const last = believable(state, feedbackSubmitMs) ? lastFeedbackText(feedbackSubmitMs, options) : undefined;
  return [stateText(state, options.t), last].filter(Boolean).join(' · ');
}

/** The application's current stage in the viewer's language, the other one when it has only that. */
export function stageText(stage: ApplicationStage | undefined, lang: 'zh' | 'en'): string | undefined {
  const text = lang === 'zh' ? stage?.zh_name || stage?.en_name : stage?.en_name || stage?.zh_name;
  return plainNameOf(text);
}

export function interviewLabel(state: InterviewState, label: ApplicationLabel | undefined, options: TimeOptions): Labelled {
  const { t } = options;
  const begin = state.interview.begin_time;
  const clock = begin === undefined ?
    undefined :
    new Intl.DateTimeFormat(options.locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: options.timeZone,
    }).format(new Date(begin));
  return {
    label: `${candidateText(state.applicationId, label, t)} · ${roundLabel(state.interview.round, t)}`,
    description: [clock, interviewSummary(state, state.interview.feedback_submit_time, options)].filter(Boolean).join(' · '),
  };
}

export function owedItemLabel(item: OwedItem, label: ApplicationLabel | undefined, t: Translate): Labelled {
  return {
    label: candidateText(item.applicationId, label, t),
    description: [plainNameOf(label?.jobTitle), roundLabel(item.interview.round, t), endedText(item.endedDaysAgo, t)].filter(Boolean).join(' · '),
  };
}

export function interviewerDescription(group: OwedGroup, t: Translate): string {
  const oldest = group.items[0];
  const count = group.items.length === 1 ? t('1 owed') : t('{0} owed', group.items.length);
  return oldest ? `${count} · ${oldestText(oldest.endedDaysAgo, t)}` : count;
}

/** Whole phrases for today and yesterday: Chinese joins 最早 to a word (最早昨天结束) but spaces it from a number. */
function oldestText(daysAgo: number, t: Translate): string {
  if (daysAgo <= 0) { return t('oldest ended today'); }
  return daysAgo === 1 ? t('oldest ended yesterday') : t('oldest {0}', endedText(daysAgo, t));
}

/** "17 Nov" / "11月17日": a day in the viewer's zone and language (midday of the day given by its midnight: clear of DST hours). */
export function sinceText(dayStartMs: number, locale: string, timeZone: string | undefined): string {
  const zh = locale.toLowerCase().startsWith('zh');
  return new Intl.DateTimeFormat(zh ? 'zh-CN' : 'en-GB', { day: 'numeric', month: zh ? 'long' : 'short', timeZone }).format(new Date(dayStartMs + 43_200_000));
}
