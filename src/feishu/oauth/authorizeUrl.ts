// The authorize page of a profile's accounts host: accounts.feishu.cn for Feishu, accounts.larksuite.com for Lark,
// the base URL itself for anything else (the fake, a private deployment that serves both).
export const AUTHORIZE_PATH = '/open-apis/authen/v1/authorize';
/** What My To-dos and the records need, and a refresh token (contract §9). */
export const USER_SCOPES = ['hire:todo:readonly', 'hire:interview:readonly', 'offline_access'] as const;

export function accountsOrigin(baseUrl: string): string {
  const url = new URL(baseUrl);
  if (url.hostname === 'open.feishu.cn') { return 'https://accounts.feishu.cn'; }
  if (url.hostname === 'open.larksuite.com') { return 'https://accounts.larksuite.com'; }
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

export interface AuthorizeParams {
  baseUrl: string;
  appId: string;
  redirectUri: string;
  state: string;
  codeChallenge: string;
  scopes?: readonly string[];
  /** The page's language: zh or en, as VS Code's. */
  lang?: 'zh' | 'en';
}

export function authorizeUrl(p: AuthorizeParams): string {
  const url = new URL(accountsOrigin(p.baseUrl) + AUTHORIZE_PATH);
  url.searchParams.set('client_id', p.appId);
  url.searchParams.set('redirect_uri', p.redirectUri);
  url.searchParams.set('scope', (p.scopes ?? USER_SCOPES).join(' '));
  url.searchParams.set('state', p.state);
  url.searchParams.set('code_challenge', p.codeChallenge);
  url.searchParams.set('code_challenge_method', 'S256');
  if (p.lang) { url.searchParams.set('lang', p.lang === 'zh' ? 'zh_cn' : 'en_us'); }
  return url.toString();
}
