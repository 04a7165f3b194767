// PKCE (RFC 7636) and the `state` of one sign-in: random, URL-safe, compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes as base64url: 43 characters, inside RFC 7636's 43–128 of [A-Z a-z 0-9 - . _ ~]. */
export function createVerifier(random: (n: number) => Buffer = randomBytes): string {
  return random(32).toString('base64url');
}

/** The S256 challenge of a verifier: BASE64URL(SHA256(ASCII(verifier))). */
export function challengeS256(verifier: string): string {
  if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) { throw new RangeError('a PKCE verifier is 43 to 128 unreserved characters'); }
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/** An unguessable state for one authorization request (CSRF protection, RFC 6749 §10.12). */
export function createState(random: (n: number) => Buffer = randomBytes): string {
  return random(24).toString('base64url');
}

/** Whether the state that came back is the one we sent, without leaking how much of it matched. */
export function stateMatches(expected: string, received: string | null | undefined): boolean {
  if (typeof received !== 'string' || expected === '') { return false; }
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(received, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
