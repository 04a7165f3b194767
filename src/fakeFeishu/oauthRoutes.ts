// The user sign-in endpoints (contract §9): the authorize page on the accounts host, the consent it posts back, and
// POST /open-apis/authen/v2/oauth/token (RFC 6749 shapes: top-level fields, `error` / `error_description`).
import { consentHtml, errorHtml, errorText, pageLanguage } from './consentPage';
import {
  OAuthStore,
  REFRESH_TOKEN_LIFETIME_S,
  USER_TOKEN_LIFETIME_S,
  type AuthorizeRequest,
  type CodeCheck,
  type RefreshCheck,
  type UserGrant,
} from './oauthStore';
import type { Reply } from './replies';
import type { Employee } from './sampleTenant';
import { WITHOUT_APP_ACCESS } from './userView';
import type { JsonObject } from './wire';

export const AUTHORIZE_PATH = '/open-apis/authen/v1/authorize';
export const CONSENT_PATH = '/open-apis/authen/v1/authorize/consent';
export const OAUTH_TOKEN_PATH = '/open-apis/authen/v2/oauth/token';

/** What the sample app enables for user identity (用户身份权限); `disabledScopes` takes some away. */
export const USER_SCOPES = ['hire:todo:readonly', 'hire:interview:readonly', 'offline_access', 'contact:user.employee_id:readonly'];

export interface OAuthContext {
  store: OAuthStore;
  appId: string;
  appSecret: string;
  /** Redirect URLs registered in the app's security settings: exact matches only. */
  redirectUris: ReadonlySet<string>;
  userScopeEnabled: (scope: string) => boolean;
  people: readonly Employee[];
}

const html = (status: number, body: string): Reply => ({ status, body, contentType: 'text/html; charset=utf-8' });
const redirect = (location: string): Reply => ({ status: 302, body: '', contentType: 'text/plain; charset=utf-8', headers: { Location: location } });

function withQuery(uri: string, params: Record<string, string>): string {
  const url = new URL(uri);
  for (const [k, v] of Object.entries(params)) { url.searchParams.set(k, v); }
  return url.toString();
}

/** GET the authorize page: bad client or redirect URL get an error page and never a redirect (RFC 6749 §4.1.2.1). */
export function authorizePage(ctx: OAuthContext, query: URLSearchParams, acceptLanguage: string | undefined): Reply {
  const lang = pageLanguage(query.get('lang'), acceptLanguage);
  const clientId = query.get('client_id') ?? '';
  const redirectUri = query.get('redirect_uri') ?? '';
  const text = errorText(lang);
  if (clientId !== ctx.appId) { return html(400, errorHtml(lang, text.badClient(clientId))); }
  if (!ctx.redirectUris.has(redirectUri)) { return html(400, errorHtml(lang, text.badRedirect(redirectUri))); }
  const state = query.get('state') ?? '';
  const responseType = query.get('response_type');
  if (responseType !== null && responseType !== 'code') {
    return redirect(withQuery(redirectUri, { error: 'unsupported_response_type', state }));
  }
  const method = query.get('code_challenge_method') ?? '';
  const challenge = query.get('code_challenge') ?? '';
  if ((method !== '' && method !== 'S256' && method !== 'plain') || (method !== '' && challenge === '')) {
    return redirect(
      withQuery(redirectUri, { error: 'invalid_request', error_description: 'code_challenge_method must be S256 or plain, with a code_challenge', state }),
    );
  }
  const scope = (query.get('scope') ?? '').split(' ').filter(s => s !== '');
  const unknown = scope.filter(s => !ctx.userScopeEnabled(s));
  if (unknown.length > 0) { return html(400, errorHtml(lang, text.badScopes(unknown.join(', ')))); }
  const request: AuthorizeRequest = {
    clientId,
    redirectUri,
    scope,
    state,
    codeChallenge: challenge,
    codeChallengeMethod: challenge === '' ? '' : method === 'S256' ? 'S256' : 'plain',
  };
  const ticket = ctx.store.openConsent(request);
  return html(
    200,
    consentHtml({ lang, appId: clientId, scopes: scope, ticket, people: [...ctx.people], withoutAccess: e => e.openId === WITHOUT_APP_ACCESS.openId }),
  );
}

/** POST from the consent page: a code for the person picked, or access_denied, back to the redirect URL with the state. */
export function consent(ctx: OAuthContext, body: string, acceptLanguage?: string): Reply {
  const form = new URLSearchParams(body);
  const request = ctx.store.takeConsent(form.get('ticket') ?? '');
  if (!request) {
    const lang = pageLanguage(form.get('lang'), acceptLanguage);
    return html(400, errorHtml(lang, errorText(lang).expired));
  }
  const pick = form.get('user') ?? '';
  const user = ctx.people.find(e => e.openId === pick);
  if (!user) { return redirect(withQuery(request.redirectUri, { error: 'access_denied', state: request.state })); }
  return redirect(withQuery(request.redirectUri, { code: ctx.store.issueCode(request, user), state: request.state }));
}

/** The token endpoint's answers to a refused code or refresh token, from its doc pages' error tables. */
const CODE_ERRORS: Record<Exclude<CodeCheck, { ok: true; }>['reason'], [number, string, string]> = {
  unknown: [20003, 'invalid_grant', 'The authorization code is invalid.'],
  expired: [20004, 'invalid_grant', 'The authorization code has expired.'],
  used: [20065, 'invalid_grant', 'The authorization code has been used.'],
  client: [20003, 'invalid_grant', 'The authorization code was issued to another app.'],
  redirect: [20071, 'invalid_grant', 'redirect_uri does not match the one of the authorization.'],
  verifier: [20049, 'invalid_grant', 'code_verifier does not match the code_challenge.'],
};
const REFRESH_ERRORS: Record<Exclude<RefreshCheck, { ok: true; }>['reason'], [number, string, string]> = {
  unknown: [20026, 'invalid_grant', 'The refresh token is invalid.'],
  expired: [20037, 'invalid_grant', 'The refresh token has expired.'],
  used: [20073, 'invalid_grant', 'The refresh token has been used.'],
  client: [20026, 'invalid_grant', 'The refresh token was issued to another app.'],
};

function oauthError(code: number, error: string, description: string): Reply {
  return { status: 400, body: { code, error, error_description: description } };
}

function parseBody(body: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
    }
  } catch {
    // Not JSON: RFC 6749 clients send a form.
  }
  return Object.fromEntries(new URLSearchParams(body));
}

function granted(ctx: OAuthContext, grant: UserGrant): Reply {
  // The docs: a person without the app's availability gets 20010 here, at the code and at each refresh.
  if (grant.user.openId === WITHOUT_APP_ACCESS.openId) { return oauthError(20010, 'invalid_grant', 'The user does not have permission to use this app.'); }
  const { accessToken, refreshToken } = ctx.store.issueTokens(grant);
  const body: JsonObject = { code: 0, access_token: accessToken, expires_in: USER_TOKEN_LIFETIME_S, token_type: 'Bearer', scope: grant.scope.join(' ') };
  if (refreshToken) {
    body['refresh_token'] = refreshToken;
    body['refresh_token_expires_in'] = REFRESH_TOKEN_LIFETIME_S;
  }
  return { status: 200, body };
}

/** POST /open-apis/authen/v2/oauth/token: authorization_code (with the PKCE verifier) and refresh_token grants. */
export function oauthToken(ctx: OAuthContext, rawBody: string): Reply {
  const body = parseBody(rawBody);
  const grantType = body['grant_type'] ?? '';
  const clientId = body['client_id'] ?? '';
  const clientSecret = body['client_secret'] ?? '';
  if (grantType !== 'authorization_code' && grantType !== 'refresh_token') {
    return grantType === ''
      ? oauthError(20001, 'invalid_request', 'grant_type is required.')
      : oauthError(20036, 'unsupported_grant_type', `grant_type ${grantType} is not supported.`);
  }
  if (clientId === '' || clientSecret === '') { return oauthError(20001, 'invalid_request', 'client_id and client_secret are required.'); }
  if (clientId !== ctx.appId || clientSecret !== ctx.appSecret) { return oauthError(20002, 'invalid_client', 'The client secret is invalid.'); }
  if (grantType === 'refresh_token') {
    const token = body['refresh_token'] ?? '';
    if (token === '') { return oauthError(20001, 'invalid_request', 'refresh_token is required.'); }
    const check = ctx.store.redeemRefresh(token, clientId);
    return check.ok ? granted(ctx, check.grant) : oauthError(...REFRESH_ERRORS[check.reason]);
  }
  const code = body['code'] ?? '';
  if (code === '') { return oauthError(20001, 'invalid_request', 'code is required.'); }
  const check = ctx.store.redeemCode(code, clientId, body['redirect_uri'] ?? '', body['code_verifier'] ?? '');
  return check.ok ? granted(ctx, check.grant) : oauthError(...CODE_ERRORS[check.reason]);
}
