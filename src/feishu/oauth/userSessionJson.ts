// A stored user session read back from SecretStorage: anything damaged or of another shape reads as signed out.
import type { FeishuUser, UserTokens } from './tokenEndpoint';
import type { UserSession } from './userTokenSource';

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => typeof v === 'string' && v !== '' ? v : undefined;
const time = (v: unknown): number | undefined => typeof v === 'number' && Number.isFinite(v) ? v : undefined;

function readUser(v: unknown): FeishuUser | undefined {
  if (!isObject(v)) { return undefined; }
  const openId = text(v['openId']);
  const name = text(v['name']);
  if (!openId || !name) { return undefined; }
  return { openId, name, unionId: text(v['unionId']), userId: text(v['userId']), enName: text(v['enName']) };
}

function readTokens(v: unknown): UserTokens | undefined {
  if (!isObject(v)) { return undefined; }
  const accessToken = text(v['accessToken']);
  const expiresAtMs = time(v['expiresAtMs']);
  if (!accessToken || expiresAtMs === undefined) { return undefined; }
  const refreshToken = text(v['refreshToken']);
  const refreshExpiresAtMs = time(v['refreshExpiresAtMs']);
  const scope = Array.isArray(v['scope']) ? v['scope'].filter((s): s is string => typeof s === 'string') : [];
  return { accessToken, expiresAtMs, ...(refreshToken && refreshExpiresAtMs !== undefined ? { refreshToken, refreshExpiresAtMs } : {}), scope };
}

export function parseUserSession(stored: string | undefined): UserSession | undefined {
  if (!stored) { return undefined; }
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return undefined;
  }
  if (!isObject(value)) { return undefined; }
  const baseUrl = text(value['baseUrl']);
  const appId = text(value['appId']);
  const user = readUser(value['user']);
  const tokens = readTokens(value['tokens']);
  return baseUrl && appId && user && tokens ? { baseUrl, appId, user, tokens } : undefined;
}
