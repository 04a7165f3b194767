// A job level of the contact API (GET /open-apis/contact/v3/job_levels): the names behind the IDs of type
// job_level_id that Hire records carry when asked with job_level_id_type=job_level_id.
import type { I18nText, JsonValue } from './types';
import { eachItem, object, optArray, optInt, optString, reqId } from './validate';

export interface JobLevel {
  id: string;
  name?: string;
  i18n: I18nText;
  /** The tenant's ordering of levels (`order`), for comparing ranges; absent on some replies. */
  order?: number;
}

/** `i18n_name` is a list of {locale, value}; unknown locales are ignored. */
export function parseJobLevel(value: JsonValue, path: string): JobLevel {
  const o = object(value, path);
  const i18n: I18nText = {};
  for (const entry of eachItem(optArray(o, 'i18n_name', path), `${path}.i18n_name`, (v, p) => object(v, p)).items) {
    const locale = optString(entry, 'locale', path)?.toLowerCase().replace('-', '_');
    const text = optString(entry, 'value', path);
    if (locale === 'zh_cn' && text) { i18n.zh_cn = text; }
    if (locale === 'en_us' && text) { i18n.en_us = text; }
  }
  return { id: reqId(o, 'job_level_id', path), name: optString(o, 'name', path), i18n, order: optInt(o, 'order', path) };
}
