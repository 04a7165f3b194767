// The fake's authorize page: the app asks for scopes, the person picks who they are from the sample tenant and
// agrees (or declines). English or Chinese by the `lang` parameter or Accept-Language; every text is escaped.
import type { Employee } from './sampleTenant';

export type PageLanguage = 'en' | 'zh';

export function pageLanguage(lang: string | null, acceptLanguage: string | undefined): PageLanguage {
  const asked = (lang ?? '').toLowerCase();
  if (asked.startsWith('zh')) { return 'zh'; }
  if (asked.startsWith('en')) { return 'en'; }
  return /^\s*zh/i.test(acceptLanguage ?? '') ? 'zh' : 'en';
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' })[c] ?? c);
}

const TEXT = {
  en: {
    title: 'Authorize',
    asks: (app: string) => `The app ${app} asks to act as you in Feishu with these permissions:`,
    who: 'Sign in as',
    deny: 'Decline',
    error: 'Authorization failed',
    noAccess: 'no access to this app',
    badClient: (id: string) => `client_id ${id || '(missing)'} is not an app of this tenant.`,
    badRedirect: (uri: string) => `redirect_uri ${uri || '(missing)'} is not registered in the app's security settings.`,
    badScopes: (scopes: string) => `The app has not enabled these user scopes: ${scopes}.`,
    expired: 'This authorization page has expired or was already used. Start the sign-in again.',
  },
  zh: {
    title: '授权',
    asks: (app: string) => `应用 ${app} 请求以你的身份使用以下权限：`,
    who: '选择登录账号',
    deny: '拒绝',
    error: '授权失败',
    noAccess: '无应用使用权限',
    badClient: (id: string) => `client_id ${id || '（缺失）'} 不是本租户的应用。`,
    badRedirect: (uri: string) => `redirect_uri ${uri || '（缺失）'} 未在应用的安全设置中配置为重定向 URL。`,
    badScopes: (scopes: string) => `应用尚未开通以下用户身份权限：${scopes}。`,
    expired: '此授权页已过期或已使用过，请重新登录。',
  },
} as const;

const STYLE = 'body{font-family:sans-serif;max-width:40em;margin:2em auto}button{display:block;margin:.4em 0;padding:.5em 1em;min-width:16em;text-align:left}';

function page(lang: PageLanguage, title: string, body: string): string {
  return `<!DOCTYPE html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>`
    + `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`
    + `<style>${STYLE}</style></head><body>${body}</body></html>`;
}

export interface ConsentView {
  lang: PageLanguage;
  appId: string;
  scopes: string[];
  ticket: string;
  people: Employee[];
  /** People who will get 20010 at the token endpoint, marked on the page. */
  withoutAccess: (e: Employee) => boolean;
}

export function consentHtml(view: ConsentView): string {
  const t = TEXT[view.lang];
  const name = (e: Employee): string => view.lang === 'zh' ? e.name.zh_cn : e.name.en_us;
  const people = view.people.map(e =>
    `<button type="submit" name="user" value="${escapeHtml(e.openId)}">${escapeHtml(name(e))}${
      view.withoutAccess(e) ? ` <small>(${escapeHtml(t.noAccess)})</small>` : ''
    }</button>`
  ).join('');
  return page(
    view.lang,
    t.title,
    `<h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.asks(view.appId))}</p><ul>${
      view.scopes.map(s => `<li><code>${escapeHtml(s)}</code></li>`).join('')
    }</ul><form method="post" action="/open-apis/authen/v1/authorize/consent"><input type="hidden" name="ticket" value="${
      escapeHtml(view.ticket)
    }"><input type="hidden" name="lang" value="${view.lang}"><h2>${escapeHtml(t.who)}</h2>${people}<button type="submit" name="user" value="deny">${
      escapeHtml(t.deny)
    }</button></form>`,
  );
}

/** The error pages' texts, in the page's language. */
export function errorText(lang: PageLanguage): (typeof TEXT)[PageLanguage] {
  return TEXT[lang];
}

export function errorHtml(lang: PageLanguage, message: string): string {
  const t = TEXT[lang];
  return page(lang, t.error, `<h1>${escapeHtml(t.error)}</h1><p>${escapeHtml(message)}</p>`);
}
