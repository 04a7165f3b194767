// Labels for times, rounds, scores and conclusions, shared by the tree and the score details panel.
// Localised through the `t` parameter; times in the viewer's time zone with the zone always shown.
import type { Translate } from '../../feishu/translate';
import type { I18nText, InterviewRecord, InterviewScore } from '../../feishu/types';

export type Lang = 'zh' | 'en';

export interface TimeOptions {
  locale: string;
  /** IANA zone; the runtime's own when absent. */
  timeZone?: string;
  t: Translate;
}

export function languageOf(locale: string): Lang {
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Rounds count from 0 on the wire and from 1 for people. */
export function roundLabel(round: number | undefined, t: Translate): string {
  return round === undefined || round < 0 ? t('Round ?') : t('Round {0}', round + 1);
}

function validTime(ms: number | undefined): ms is number {
  return ms !== undefined && Number.isFinite(ms) && ms > 0 && ms < 8.64e15;
}

function intlLocale(locale: string): string {
  return languageOf(locale) === 'zh' ? 'zh-CN' : 'en-GB';
}

function parts(ms: number, options: TimeOptions, fields: Intl.DateTimeFormatOptions): Record<string, string> {
  const format = new Intl.DateTimeFormat(intlLocale(options.locale), { ...fields, timeZone: options.timeZone, hourCycle: 'h23' });
  const out: Record<string, string> = {};
  for (const p of format.formatToParts(new Date(ms))) { out[p.type] = p.value; }
  return out;
}

export function dayText(ms: number, options: TimeOptions): string {
  const p = parts(ms, options, { weekday: 'short', day: 'numeric', month: languageOf(options.locale) === 'zh' ? 'numeric' : 'short', year: 'numeric' });
  return languageOf(options.locale) === 'zh'
    ? `${p['year']}年${p['month']}月${p['day']}日 ${p['weekday']}`
    : `${p['weekday']} ${p['day']} ${p['month']} ${p['year']}`;
}

function clockText(ms: number, options: TimeOptions): string {
  const p = parts(ms, options, { hour: '2-digit', minute: '2-digit' });
  return `${p['hour']}:${p['minute']}`;
}

/** "GMT+8", "GMT-5", "GMT" — the offset in force at that moment. */
function zoneText(ms: number, options: Pick<TimeOptions, 'timeZone'>): string {
  const p = new Intl.DateTimeFormat('en-US', { timeZone: options.timeZone, timeZoneName: 'shortOffset' }).formatToParts(new Date(ms));
  // ICU builds differ on UTC ("GMT" or "GMT+0"); show one form.
  const zone = p.find(x => x.type === 'timeZoneName')?.value ?? 'GMT';
  return zone === 'GMT+0' || zone === 'UTC' ? 'GMT' : zone;
}

/** "Tue 20 Apr 2021 14:16–16:02 (GMT+8)"; the end date is repeated only when it falls on another day. */
export function formatTimeRange(beginMs: number | undefined, endMs: number | undefined, options: TimeOptions): string {
  if (!validTime(beginMs)) { return options.t('Time unknown'); }
  const begin = `${dayText(beginMs, options)} ${clockText(beginMs, options)}`;
  if (!validTime(endMs) || endMs < beginMs) { return `${begin} (${zoneText(beginMs, options)})`; }
  const sameDay = dayText(beginMs, options) === dayText(endMs, options);
  const end = sameDay ? clockText(endMs, options) : `${dayText(endMs, options)} ${clockText(endMs, options)}`;
  return `${begin}–${end} (${zoneText(beginMs, options)})`;
}

export function formatTimestamp(ms: number | undefined, options: TimeOptions): string {
  if (!validTime(ms)) { return options.t('Time unknown'); }
  return `${dayText(ms, options)} ${clockText(ms, options)} (${zoneText(ms, options)})`;
}

export type Tone = 'pass' | 'fail' | 'pending' | 'neutral' | 'warning' | 'unknown';

export interface ConclusionInfo {
  label: string;
  codicon: string;
  tone: Tone;
}

/** 1 pass, 2 fail, 3 not started, 4 not submitted, 5 no-show, 6 pending (待定: the current docs; the 2022 seed page stops at 5). */
export function conclusionInfo(conclusion: number | undefined, t: Translate): ConclusionInfo {
  switch (conclusion) {
    case 1:
      return { label: t('Pass'), codicon: 'pass', tone: 'pass' };
    case 2:
      return { label: t('Fail'), codicon: 'error', tone: 'fail' };
    case 3:
      return { label: t('Not started'), codicon: 'circle-large-outline', tone: 'neutral' };
    case 4:
      return { label: t('Not submitted'), codicon: 'edit', tone: 'warning' };
    case 5:
      return { label: t('No-show'), codicon: 'circle-slash', tone: 'warning' };
    case 6:
      return { label: t('Pending'), codicon: 'clock', tone: 'pending' };
    case undefined:
      return { label: t('No conclusion'), codicon: 'question', tone: 'unknown' };
    default:
      return { label: t('Unknown conclusion {0}', conclusion), codicon: 'question', tone: 'unknown' };
  }
}

export function commitStatusInfo(status: number | undefined, t: Translate): { label: string; submitted: boolean | undefined; } {
  switch (status) {
    case 1:
      return { label: t('Submitted'), submitted: true };
    case 2:
      return { label: t('Not submitted'), submitted: false };
    case undefined:
      return { label: t('Unknown'), submitted: undefined };
    default:
      return { label: t('Unknown status {0}', status), submitted: undefined };
  }
}

export interface ScoreText {
  level?: string;
  name?: string;
  description?: string;
  /** The same in the other language, a click away in the details panel. */
  otherName?: string;
  otherDescription?: string;
  missing: boolean;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

export function scoreText(score: InterviewScore | undefined, lang: Lang, _t: Translate): ScoreText {
  if (!score || (score.level === undefined && !score.zh_name && !score.en_name)) { return { missing: true }; }
  const zh = { name: score.zh_name || undefined, description: score.zh_description || undefined };
  const en = { name: score.en_name || undefined, description: score.en_description || undefined };
  const [mine, other] = lang === 'zh' ? [zh, en] : [en, zh];
  const level = score.level === undefined ? undefined : String(score.level);
  // Tenants often name a score by its number ("4", "four"): shown beside the number it only repeats it.
  const name = mine.name ?? other.name;
  return {
    level,
    name: name === level || (score.level !== undefined && name?.trim().toLowerCase() === NUMBER_WORDS[score.level]) ? undefined : name,
    description: mine.description ?? other.description,
    otherName: other.name,
    otherDescription: other.description,
    missing: false,
  };
}

export function pickI18n(text: I18nText | string | undefined, lang: Lang): string | undefined {
  if (text === undefined || typeof text === 'string') { return text || undefined; }
  const [first, second] = lang === 'zh' ? [text.zh_cn, text.en_us] : [text.en_us, text.zh_cn];
  return first || second || undefined;
}

/** Name where known (successor endpoint or a names map by user ID), else the user ID. */
export function interviewerLabel(record: InterviewRecord, lang: Lang, t: Translate, names?: ReadonlyMap<string, I18nText | string>): string {
  return pickI18n(record.interviewer?.name, lang)
    ?? (record.user_id ? pickI18n(names?.get(record.user_id), lang) : undefined)
    ?? record.user_id
    ?? t('Unknown interviewer');
}

export function jobLevelRange(min: string | undefined, max: string | undefined, t: Translate): string | undefined {
  if (!min && !max) { return undefined; }
  if (min && max) { return min === max ? min : t('{0} to {1}', min, max); }
  return min ? t('from {0}', min) : t('up to {0}', max ?? '');
}
