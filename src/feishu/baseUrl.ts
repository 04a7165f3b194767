// The base URL of a tenant's Open Platform: checked before any credential is sent to it, masked wherever shown.
import { FeishuError } from './errors';
import { formatOnly, type Translate } from './translate';

/**
 * A base URL as it may appear in logs and messages: userinfo, query and fragment masked (a proxy
 * password or key often sits there), e.g. `https://***@proxy.example/?***`. Works on unparsable text too.
 */
export function displayBaseUrl(input: string): string {
  const text = input.trim();
  let url: URL;
  const masked = (): string => text.replace(/[^\s/?#]*@/g, '***@').replace(/\?.*$/s, '?***').replace(/#.*$/s, '#***');
  try {
    url = new URL(text);
  } catch {
    return masked();
  }
  // `user:pass@host` parses as a URL of scheme "user:" with the password in its path.
  if (url.protocol !== 'https:' && url.protocol !== 'http:') { return masked(); }
  let shown = `${url.protocol}//${url.username || url.password ? '***@' : ''}${url.host}`;
  if (url.pathname !== '/' || url.search || url.hash) { shown += url.pathname; }
  if (url.search) { shown += '?***'; }
  if (url.hash) { shown += '#***'; }
  return shown;
}

/**
 * Checks a base URL: https, or plain http on loopback only (the fake server, local proxies).
 * Returns the normalised origin-plus-path without a trailing slash, or throws a config error
 * whose text shows the URL masked, in the user's language when `t` is given (it is shown as the setting's problem).
 */
export function normaliseBaseUrl(input: string, t: Translate = formatOnly): string {
  const text = input.trim();
  const shown = displayBaseUrl(text);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FeishuError({
      kind: 'config',
      detail: t('"{0}" is not a URL. Use https://open.feishu.cn, https://open.larksuite.com or another https URL.', shown),
    });
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new FeishuError({ kind: 'config', detail: t('"{0}" must use https (plain http is allowed only for 127.0.0.1, localhost and [::1]).', shown) });
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new FeishuError({ kind: 'config', detail: t('"{0}" must not contain credentials, a query or a fragment.', shown) });
  }
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}
