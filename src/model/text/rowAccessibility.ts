// What a screen reader says for a tree row: what its icon shows (a conclusion, feedback owed, an error), then the
// row's own text. The icon alone carries that meaning for a sighted user; a screen reader reads no icon.
import type { Translate } from '../../feishu/translate';

export type RowMeaning =
  | 'list'
  | 'interview'
  | 'record'
  | 'recordOwed'
  | 'loadMore'
  | 'error'
  | 'warning'
  | 'information'
  | 'interviewer'
  | 'day'
  | 'interviewOwed'
  | 'interviewEnded'
  | 'interviewNotOver'
  | 'readyApplication';

function meaningText(meaning: RowMeaning, t: Translate): string {
  switch (meaning) {
    case 'list':
      return t('List');
    case 'interview':
      return t('Interview');
    case 'record':
      return t('Interview feedback');
    case 'recordOwed':
      return t('Feedback owed');
    case 'loadMore':
      return t('More items');
    case 'error':
      return t('Error');
    case 'warning':
      return t('Warning');
    case 'information':
      return t('Information');
    case 'interviewer':
      return t('Interviewer');
    case 'day':
      return t('Day');
    case 'interviewOwed':
      return t('Interview, feedback owed');
    case 'interviewEnded':
      return t('Interview, ended, all feedback in');
    case 'interviewNotOver':
      return t('Interview, not over yet');
    case 'readyApplication':
      return t('Ready for Debrief');
  }
}

/** "Interview feedback: Pass · 4 · Sun Tao, not submitted": the icon's meaning first, then the row's texts. */
export function rowAccessibilityLabel(meaning: RowMeaning, texts: readonly (string | undefined)[], lang: 'zh' | 'en', t: Translate): string {
  const [colon, comma] = lang === 'zh' ? ['：', '，'] : [': ', ', '];
  // A description such as "· Refresh" starts with the separator a sighted user reads past.
  const rest = texts.map(text => text?.replace(/^[\s·]+/, '').trim()).filter((text): text is string => Boolean(text));
  return `${meaningText(meaning, t)}${rest.length > 0 ? colon + rest.join(comma) : ''}`;
}
