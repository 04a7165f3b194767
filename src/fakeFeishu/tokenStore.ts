// Tenant access tokens: 7200 s; asking again while 1800 s or more remain returns the same token,
// with less a new one, and the old one keeps working until it expires.
import { randomBytes } from 'node:crypto';

export const TOKEN_LIFETIME_S = 7200;
export const TOKEN_REUSE_MIN_S = 1800;

interface Issued {
  token: string;
  appId: string;
  expiresAtMs: number;
}

export class TokenStore {
  private readonly tokens = new Map<string, Issued>();
  private readonly current = new Map<string, Issued>();

  constructor(private readonly now: () => number) {}

  issue(appId: string): { token: string; expire: number; } {
    const now = this.now();
    const existing = this.current.get(appId);
    if (existing && existing.expiresAtMs - now >= TOKEN_REUSE_MIN_S * 1000) {
      return { token: existing.token, expire: Math.floor((existing.expiresAtMs - now) / 1000) };
    }
    const issued: Issued = { token: `t-${randomBytes(20).toString('hex')}`, appId, expiresAtMs: now + TOKEN_LIFETIME_S * 1000 };
    this.tokens.set(issued.token, issued);
    this.current.set(appId, issued);
    return { token: issued.token, expire: TOKEN_LIFETIME_S };
  }

  /** The app a live token belongs to. */
  appOf(token: string): string | undefined {
    const issued = this.tokens.get(token);
    if (!issued) { return undefined; }
    if (issued.expiresAtMs <= this.now()) {
      this.tokens.delete(token);
      return undefined;
    }
    return issued.appId;
  }

  expireAll(): void {
    this.tokens.clear();
    this.current.clear();
  }
}
