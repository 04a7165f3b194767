// A reply's text read as the Open Platform's envelope: `code` 0 and the body, or the FeishuError its code, HTTP
// status, log id, missing scopes, field errors and rate-limit wait describe. An HTML page or broken JSON is an error too.
import { Codes, FeishuError, type FeishuErrorInit } from './errors';
import { JsonSyntaxError, parseJsonLossless } from './losslessJson';
import type { JsonObject } from './types';

/** A successful reply: its body (code 0), the log id to quote to support, the HTTP status. */
export interface ReplyEnvelope {
  body: JsonObject;
  logId?: string;
  status: number;
}

export function interpret(text: string, status: number, headerLogId: string | undefined, endpoint: string, reset: string | null): ReplyEnvelope {
  const resetSeconds = reset !== null && reset.trim() !== '' && Number.isFinite(Number(reset)) ? Number(reset) : undefined;
  // Every 429 carries the wait, whatever its body: a gateway's HTML page as much as a Feishu 99991400.
  const fail = (init: Omit<FeishuErrorInit, 'endpoint' | 'httpStatus'>): never => {
    throw new FeishuError({ endpoint, httpStatus: status, logId: headerLogId, retryAfterSeconds: status === 429 ? resetSeconds : undefined, ...init });
  };
  let body;
  try {
    body = parseJsonLossless(text);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) { throw e; }
    const start = text.trimStart().slice(0, 60).replace(/\s+/g, ' ');
    const what = /^</.test(start) ? 'an HTML page' : text.trim() === '' ? 'an empty body' : `malformed JSON (${e.message})`;
    const ok = status >= 200 && status < 300;
    return fail({ kind: ok ? 'badResponse' : 'http', detail: ok ? `${what} instead of JSON` : `HTTP ${status} with ${what}` });
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return fail({ kind: status < 300 ? 'badResponse' : 'http', detail: 'the reply is not a JSON object' });
  }
  const code = body['code'];
  const error = body['error'];
  const errorObject = typeof error === 'object' && error !== null && !Array.isArray(error) ? error : undefined;
  const bodyLogId = typeof errorObject?.['log_id'] === 'string' ? errorObject['log_id'] : undefined;
  const logId = headerLogId ?? bodyLogId;
  if (typeof code !== 'number') {
    if (status >= 200 && status < 300) {
      return fail({ kind: 'badResponse', logId, detail: 'code: expected a number' });
    }
    return fail({ kind: 'http', logId, detail: `HTTP ${status} without a Feishu code` });
  }
  if (code === 0) { return { body, logId, status }; }
  const msg = typeof body['msg'] === 'string' ? body['msg'] : undefined;
  const scopes = arrayOf(errorObject?.['permission_violations']).map(v => v['subject']).filter((s): s is string => typeof s === 'string');
  const fields = arrayOf(errorObject?.['field_violations']).filter(v => typeof v['field'] === 'string').map(v => ({
    field: String(v['field']),
    description: typeof v['description'] === 'string' ? v['description'] : undefined,
  }));
  return fail({
    kind: 'api',
    code,
    msg,
    logId,
    missingScopes: scopes,
    fieldViolations: fields,
    retryAfterSeconds: code === Codes.rateLimited || status === 429 ? resetSeconds : undefined,
    troubleshooter: typeof errorObject?.['troubleshooter'] === 'string' ? errorObject['troubleshooter'] : undefined,
  });
}

function arrayOf(v: unknown): Array<Record<string, unknown>> {
  return Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];
}
