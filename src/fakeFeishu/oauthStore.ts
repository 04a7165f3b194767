// The state of the fake's user sign-in (OAuth 2.0, contract §9): pending consents, authorization codes (5 minutes,
// once), user access tokens and single-use refresh tokens. Each user is an employee of the sample tenant.
import { createHash, randomBytes } from 'node:crypto';
import type { Employee } from './sampleTenant';

export const CODE_LIFETIME_MS = 5 * 60_000;
export const USER_TOKEN_LIFETIME_S = 7200;
export const REFRESH_TOKEN_LIFETIME_S = 604_800;
/** A consent page left open longer than this is stale: the user starts again. */
const CONSENT_LIFETIME_MS = 10 * 60_000;

export interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  scope: string[];
  state: string;
  codeChallenge: string;
  codeChallengeMethod: 'S256' | 'plain' | '';
}

interface Code extends AuthorizeRequest {
  user: Employee;
  expiresAtMs: number;
  used: boolean;
}

export interface UserGrant {
  appId: string;
  user: Employee;
  scope: string[];
}

interface Token extends UserGrant {
  expiresAtMs: number;
}

interface Refresh extends Token {
  used: boolean;
}

export type CodeCheck = { ok: true; grant: UserGrant; } | { ok: false; reason: 'unknown' | 'expired' | 'used' | 'client' | 'redirect' | 'verifier'; };
export type RefreshCheck = { ok: true; grant: UserGrant; } | { ok: false; reason: 'unknown' | 'expired' | 'used' | 'client'; };

const secret = (prefix: string): string => `${prefix}${randomBytes(24).toString('base64url')}`;

/** The challenge the client should have sent for `verifier` (RFC 7636 §4.2). */
export function s256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

export class OAuthStore {
  private readonly consents = new Map<string, { request: AuthorizeRequest; expiresAtMs: number; }>();
  private readonly codes = new Map<string, Code>();
  private readonly tokens = new Map<string, Token>();
  private readonly refreshes = new Map<string, Refresh>();

  constructor(private readonly now: () => number) {}

  /** A one-time ticket the consent form posts back, so a person is picked for this request only. */
  openConsent(request: AuthorizeRequest): string {
    const ticket = secret('');
    this.consents.set(ticket, { request, expiresAtMs: this.now() + CONSENT_LIFETIME_MS });
    return ticket;
  }

  takeConsent(ticket: string): AuthorizeRequest | undefined {
    const consent = this.consents.get(ticket);
    this.consents.delete(ticket);
    return consent && consent.expiresAtMs > this.now() ? consent.request : undefined;
  }

  issueCode(request: AuthorizeRequest, user: Employee): string {
    const code = secret('');
    this.codes.set(code, { ...request, user, expiresAtMs: this.now() + CODE_LIFETIME_MS, used: false });
    return code;
  }

  /** Checks a code for the token endpoint and burns it, whatever the outcome after it was found. */
  redeemCode(code: string, clientId: string, redirectUri: string, verifier: string): CodeCheck {
    const issued = this.codes.get(code);
    if (!issued) { return { ok: false, reason: 'unknown' }; }
    if (issued.used) { return { ok: false, reason: 'used' }; }
    issued.used = true;
    if (issued.expiresAtMs <= this.now()) { return { ok: false, reason: 'expired' }; }
    if (issued.clientId !== clientId) { return { ok: false, reason: 'client' }; }
    if (issued.redirectUri !== redirectUri) { return { ok: false, reason: 'redirect' }; }
    // v2 checks the verifier only when the authorization carried a challenge (its doc page says so; v3 is stricter).
    if (issued.codeChallenge !== '') {
      const expected = issued.codeChallengeMethod === 'plain' ? verifier : s256(verifier);
      if (verifier === '' || expected !== issued.codeChallenge) { return { ok: false, reason: 'verifier' }; }
    }
    return { ok: true, grant: { appId: clientId, user: issued.user, scope: issued.scope } };
  }

  /** A refresh token works once: the first use burns it, a second gets `used`. */
  redeemRefresh(refreshToken: string, clientId: string): RefreshCheck {
    const issued = this.refreshes.get(refreshToken);
    if (!issued) { return { ok: false, reason: 'unknown' }; }
    if (issued.used) { return { ok: false, reason: 'used' }; }
    if (issued.expiresAtMs <= this.now()) { return { ok: false, reason: 'expired' }; }
    if (issued.appId !== clientId) { return { ok: false, reason: 'client' }; }
    issued.used = true;
    return { ok: true, grant: { appId: issued.appId, user: issued.user, scope: issued.scope } };
  }

  /** An access token, and a refresh token when the grant includes offline_access. */
  issueTokens(grant: UserGrant): { accessToken: string; refreshToken?: string; } {
    const now = this.now();
    const accessToken = secret('u-');
    this.tokens.set(accessToken, { ...grant, expiresAtMs: now + USER_TOKEN_LIFETIME_S * 1000 });
    if (!grant.scope.includes('offline_access')) { return { accessToken }; }
    const refreshToken = secret('ur-');
    this.refreshes.set(refreshToken, { ...grant, expiresAtMs: now + REFRESH_TOKEN_LIFETIME_S * 1000, used: false });
    return { accessToken, refreshToken };
  }

  /** The grant behind a user token: undefined when unknown, 'expired' when its time is up. */
  userOf(token: string): UserGrant | 'expired' | undefined {
    const issued = this.tokens.get(token);
    if (!issued) { return undefined; }
    return issued.expiresAtMs <= this.now() ? 'expired' : issued;
  }

  expireAll(): void {
    this.tokens.clear();
    this.refreshes.clear();
    this.codes.clear();
  }
}
