// POST /open-apis/authen/v2/oauth/token and GET /open-apis/authen/v1/user_info (contract §9). The token endpoint
// needs the App Secret for every grant. Never retried here: a refresh token sent twice is a refresh token lost.
import { FeishuError } from '../errors';
import type { HttpClient } from '../httpClient';
import type { AppCredentials } from '../tenantToken';
import type { JsonObject } from '../types';

export const OAUTH_TOKEN_PATH = '/open-apis/authen/v2/oauth/token';
export const USER_INFO_PATH = '/open-apis/authen/v1/user_info';

/** What the token endpoint's refusals mean for us (its doc pages' error tables). */
export const OAuthCodes = {
  noAppAccess: 20010,
  codeInvalid: 20003,
  codeExpired: 20004,
  refreshInvalid: 20026,
  refreshExpired: 20037,
  refreshRevoked: 20064,
  refreshUsed: 20073,
} as const;

/** Codes after which the stored refresh token is worthless: the person signs in again. */
export const SIGN_IN_AGAIN = new Set<number>([
  OAuthCodes.refreshInvalid,
  OAuthCodes.refreshExpired,
  OAuthCodes.refreshRevoked,
  OAuthCodes.refreshUsed,
  OAuthCodes.noAppAccess,
]);

export interface UserTokens {
  accessToken: string;
  /** Epoch ms. */
  expiresAtMs: number;
  refreshToken?: string;
  refreshExpiresAtMs?: number;
  scope: string[];
}

export interface FeishuUser {
  openId: string;
  unionId?: string;
  /** Only when the app has contact:user.employee_id:readonly. */
  userId?: string;
  name: string;
  enName?: string;
}

/** The shortest lifetime we believe, as for tenant tokens: a tiny or missing expires_in would refresh on every call. */
const MIN_LIFETIME_S = 60;

function readTokens(body: JsonObject, now: number): UserTokens {
  const access = body['access_token'];
  if (typeof access !== 'string' || access === '') {
    throw new FeishuError({ kind: 'badResponse', endpoint: OAUTH_TOKEN_PATH, detail: 'access_token: expected a non-empty string' });
  }
  const seconds = (v: unknown): number => typeof v === 'number' && Number.isFinite(v) && v > MIN_LIFETIME_S ? v : MIN_LIFETIME_S;
  const refresh = body['refresh_token'];
  const scope = body['scope'];
  return {
    accessToken: access,
    expiresAtMs: now + seconds(body['expires_in']) * 1000,
    ...(typeof refresh === 'string' && refresh !== ''
      ? { refreshToken: refresh, refreshExpiresAtMs: now + seconds(body['refresh_token_expires_in']) * 1000 }
      : {}),
    scope: typeof scope === 'string' ? scope.split(' ').filter(s => s !== '') : [],
  };
}

export async function exchangeCode(
  http: HttpClient,
  app: AppCredentials,
  grant: { code: string; redirectUri: string; verifier: string; },
  now: () => number = Date.now,
): Promise<UserTokens> {
  const { body } = await http.request(OAUTH_TOKEN_PATH, {
    method: 'POST',
    json: {
      grant_type: 'authorization_code',
      client_id: app.appId,
      client_secret: app.appSecret,
      code: grant.code,
      redirect_uri: grant.redirectUri,
      code_verifier: grant.verifier,
    },
  });
  return readTokens(body, now());
}

export async function refreshTokens(http: HttpClient, app: AppCredentials, refreshToken: string, now: () => number = Date.now): Promise<UserTokens> {
  const { body } = await http.request(OAUTH_TOKEN_PATH, {
    method: 'POST',
    json: { grant_type: 'refresh_token', client_id: app.appId, client_secret: app.appSecret, refresh_token: refreshToken },
  });
  return readTokens(body, now());
}

export async function fetchUser(http: HttpClient, accessToken: string): Promise<FeishuUser> {
  const { body } = await http.request(USER_INFO_PATH, { headers: { Authorization: `Bearer ${accessToken}` } });
  const data = body['data'];
  const info = typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {};
  const text = (key: string): string | undefined => typeof info[key] === 'string' && info[key] !== '' ? info[key] : undefined;
  const openId = text('open_id');
  if (!openId) { throw new FeishuError({ kind: 'badResponse', endpoint: USER_INFO_PATH, detail: 'open_id: expected a non-empty string' }); }
  return { openId, unionId: text('union_id'), userId: text('user_id'), name: text('name') ?? text('en_name') ?? openId, enName: text('en_name') };
}
