// Replies as the platform writes them: the {code, msg, data} envelope, `error` details on
// failures, and the text transformations some switches ask for.
import { randomBytes } from 'node:crypto';
import type { FakeSwitches } from './switches';
import type { Json, JsonObject } from './wire';

export interface Reply {
  status: number;
  body: string | JsonObject;
  contentType?: string;
  headers?: Record<string, string>;
  /** Failures of the business gateway carry error {log_id, troubleshooter, …}; filled in at send time. */
  error?: JsonObject;
}

export function ok(data: JsonObject): Reply {
  return { status: 200, body: { code: 0, msg: 'success', data } };
}

export function failure(status: number, code: number, msg: string, details: JsonObject = {}): Reply {
  return { status, body: { code, msg }, error: details };
}

export function fieldError(status: number, code: number, msg: string, field: string, value: string | undefined, description: string): Reply {
  return failure(status, code, msg, { field_violations: [{ field, value: value ?? '', description }] });
}

/**
 * 99991672: the message lists every scope that would do and, as current replies do, links the app's permission
 * page in the developer console; the violation names the least one to enable.
 */
export function scopeError(scopes: string[], appId: string): Reply {
  const subject = scopes[0] ?? '';
  const link = `https://open.feishu.cn/app/${encodeURIComponent(appId)}/auth?q=${scopes.join(',')}&op_from=openapi&token_type=tenant`;
  return failure(
    400,
    99991672,
    `Access denied. One of the following scopes is required: [${scopes.join(', ')}].应用尚未开通所需的应用身份权限：[${
      scopes.join(', ')
    }]，点击链接申请并开通任一权限即可：${link}`,
    { permission_violations: [{ type: 'action_scope_required', subject, description: `The app needs the scope ${subject}.` }] },
  );
}

/** Plain-text 404, as the gateway answers an unknown path or method. */
export function notFound(): Reply {
  return { status: 404, body: '404 page not found', contentType: 'text/plain; charset=utf-8' };
}

/** A log id like the platform's: a timestamp, then random hex. */
export function newLogId(nowMs: number): string {
  const stamp = new Date(nowMs).toISOString().replace(/\D/g, '').slice(0, 14);
  return stamp + randomBytes(10).toString('hex').toUpperCase();
}

export function withErrorDetails(reply: Reply, logId: string): JsonObject | string {
  if (typeof reply.body === 'string' || !reply.error) { return reply.body; }
  const code = reply.body['code'];
  return {
    ...reply.body,
    error: {
      log_id: logId,
      troubleshooter: `排查建议查看(Troubleshooting suggestions): https://open.feishu.cn/search?from=openapi&log_id=${logId}&code=${String(code)}`,
      ...reply.error,
    },
  };
}

const NUMBER_MARK = '\u0000num:';

/** JSON text of a body, with unknown fields and bare-number IDs when the switches ask. */
export function serialize(body: JsonObject, switches: FakeSwitches): string {
  const value = switches.extraFields ? withExtraFields(body) : body;
  if (!switches.numericIds) { return JSON.stringify(value); }
  const text = JSON.stringify(value, (_key, v: unknown) => typeof v === 'string' && /^\d{16,}$/.test(v) ? NUMBER_MARK + v : v);
  return text.replace(/"\\u0000num:(\d+)"/g, '$1');
}

function withExtraFields(value: Json): Json {
  if (Array.isArray(value)) { return value.map(withExtraFields); }
  if (value === null || typeof value !== 'object') { return value; }
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(value)) { out[key] = withExtraFields(v); }
  out['_fake_extra'] = { added_in: 'a later API version', values: [1, 'two', null, { deep: true }] };
  out['x_unannounced_flag'] = false;
  return out;
}

/** Every value under `data` (or, without `data`, besides code/msg) turned into another JSON type. */
export function withWrongTypes(body: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(body)) {
    out[key] = key === 'code' || key === 'msg' ? v : corrupt(v);
  }
  return out;
}

function corrupt(value: Json): Json {
  if (Array.isArray(value)) { return value.map(corrupt); }
  if (value === null || value === undefined) { return value; }
  switch (typeof value) {
    case 'string':
      return value.length === 0 ? 0 : value.length;
    case 'number':
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    default: {
      const out: JsonObject = {};
      for (const [key, v] of Object.entries(value)) { out[key] = corrupt(v); }
      return out;
    }
  }
}
