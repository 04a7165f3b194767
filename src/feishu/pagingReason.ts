// Why a page_token walk stopped, as data: the log words it in English, the user's message in their language
// (a Chinese message with "more than 2000 pages" inside it read as a translation left half done).
import type { Translate } from './translate';

export type PagingReason =
  | { kind: 'pageBudget'; pages: number; }
  | { kind: 'byteBudget'; megabytes: string; }
  | { kind: 'emptyPages'; pages: number; }
  | { kind: 'onlySeenItems'; }
  | { kind: 'noToken'; }
  | { kind: 'longToken'; length: number; max: number; }
  | { kind: 'sameToken'; };

export function pagingDetail(reason: PagingReason, t: Translate): string {
  switch (reason.kind) {
    case 'pageBudget':
      return t('more than {0} pages', reason.pages);
    case 'byteBudget':
      return t('stopped after {0} MB, the most this walk reads', reason.megabytes);
    case 'emptyPages':
      return t('{0} empty pages in a row with has_more true', reason.pages);
    case 'onlySeenItems':
      return t('a page brought only items already seen in this walk');
    case 'noToken':
      return t('has_more is true but no page_token was sent');
    case 'longToken':
      return t('a page_token of {0} characters, above the {1} allowed', reason.length, reason.max);
    case 'sameToken':
      return t('the same page_token came back again');
  }
}
