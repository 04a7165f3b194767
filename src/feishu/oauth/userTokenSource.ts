// A signed-in person's access token: bound to the base URL it was issued for, renewed ahead of expiry with a
// refresh token that is sent at most once (each is single-use: one refresh in flight, every token spent before it
// goes out, the newer pair another window stored is adopted first).
import { normaliseBaseUrl } from '../baseUrl';
import { FeishuError } from '../errors';
import { formatOnly, type Translate } from '../translate';
import { SIGN_IN_AGAIN, type FeishuUser, type UserTokens } from './tokenEndpoint';

/** What SecretStorage keeps for one profile's signed-in person. */
export interface UserSession {
  /** The base URL the tokens were issued for: they go nowhere else. */
  baseUrl: string;
  appId: string;
  user: FeishuUser;
  tokens: UserTokens;
}

export interface UserSessionDeps {
  refresh: (refreshToken: string) => Promise<UserTokens>;
  /** The session as stored now (another window may have refreshed it). */
  load: () => Promise<UserSession | undefined>;
  save: (session: UserSession) => Promise<void>;
  /** The refresh token is gone or refused: the stored session is erased and the person signs in again. */
  signedOut: () => Promise<void>;
  now?: () => number;
  t?: Translate;
}

const RENEW_MARGIN_MS = 5 * 60_000;

export class UserSignInNeeded extends FeishuError {
  constructor(detail: string) {
    super({ kind: 'config', detail });
  }
}

export class UserTokenSource {
  private inFlight: Promise<string> | undefined;
  /** Every refresh token we have sent, or are about to send: never again. */
  private readonly spent = new Set<string>();
  private readonly now: () => number;
  private readonly t: Translate;

  constructor(private session: UserSession, private readonly deps: UserSessionDeps) {
    this.now = deps.now ?? Date.now;
    this.t = deps.t ?? formatOnly;
  }

  get user(): FeishuUser {
    return this.session.user;
  }

  get baseUrl(): string {
    return this.session.baseUrl;
  }

  /** A valid access token for a request to `baseUrl`; refuses any other base URL than the session's. */
  async get(baseUrl: string): Promise<string> {
    if (normaliseBaseUrl(baseUrl) !== normaliseBaseUrl(this.session.baseUrl)) {
      throw new FeishuError({ kind: 'config', detail: this.t('The Feishu sign-in belongs to another base URL: sign in again for this one.') });
    }
    if (this.fresh(this.session.tokens)) { return this.session.tokens.accessToken; }
    this.inFlight ??= this.renew().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /** The service rejected this access token (expired early, revoked): the next get() renews. */
  invalidate(rejected: string): void {
    if (this.session.tokens.accessToken === rejected) { this.session = { ...this.session, tokens: { ...this.session.tokens, expiresAtMs: 0 } }; }
  }

  private fresh(tokens: UserTokens): boolean {
    return tokens.expiresAtMs - RENEW_MARGIN_MS > this.now();
  }

  private async renew(): Promise<string> {
    const newer = await this.newerStored();
    if (newer) {
      this.session = newer;
      if (this.fresh(newer.tokens)) { return newer.tokens.accessToken; }
    }
    const { refreshToken, refreshExpiresAtMs } = this.session.tokens;
    const stillValid = this.session.tokens.expiresAtMs > this.now() ? this.session.tokens.accessToken : undefined;
    if (!refreshToken || this.spent.has(refreshToken) || (refreshExpiresAtMs ?? 0) <= this.now()) {
      if (stillValid) { return stillValid; }
      return this.signOut(this.t('Your Feishu sign-in has expired. Sign in again.'));
    }
    this.spent.add(refreshToken);
    let tokens: UserTokens;
    try {
      tokens = await this.deps.refresh(refreshToken);
    } catch (e) {
      if (e instanceof FeishuError && e.code !== undefined && SIGN_IN_AGAIN.has(e.code)) {
        // Another window may have spent the same token a moment earlier and stored the pair it got: erasing the
        // store would sign that window out too, so its pair is adopted (and renewed, if need be) instead.
        const newer = await this.newerStored();
        if (newer) {
          this.session = newer;
          return this.fresh(newer.tokens) ? newer.tokens.accessToken : this.renew();
        }
        return this.signOut(this.t('Feishu refused to renew your sign-in ({0}). Sign in again.', e.code));
      }
      // Whether the service consumed it is unknown: it is not sent again; the access token serves until it expires.
      if (stillValid) { return stillValid; }
      throw e;
    }
    this.session = { ...this.session, tokens };
    await this.deps.save(this.session);
    return tokens.accessToken;
  }

  /** The session another window stored since, with a refresh token this one has not spent; else undefined. */
  private async newerStored(): Promise<UserSession | undefined> {
    const stored = await this.deps.load();
    const refreshToken = stored?.tokens.refreshToken;
    const newer = stored && stored.baseUrl === this.session.baseUrl && refreshToken !== this.session.tokens.refreshToken
      && !(refreshToken !== undefined && this.spent.has(refreshToken));
    return newer ? stored : undefined;
  }

  private async signOut(message: string): Promise<never> {
    await this.deps.signedOut();
    throw new UserSignInNeeded(message);
  }
}
