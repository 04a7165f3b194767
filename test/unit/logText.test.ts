// Issue #18.11: server text cannot forge log lines.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { HttpClient, type FetchLike, type RequestLogEntry } from '../../src/feishu/httpClient';
import { logSafe } from '../../src/feishu/logText';
import { errorOf } from './hostileServer';

const FORGED = 'ok\n2026-12-01 10:00:00.000 [info] GET /open-apis/hire/v1/applications → 200 code=0\r\u2028\u202e';

describe('#18.11 log lines', () => {
  test('logSafe writes line breaks, control, bidi and separator characters as visible escapes', () => {
    assert.equal(logSafe('a\nb\r\nc\td'), 'a\\nb\\r\\nc\\td');
    assert.equal(
      logSafe('\u0000\u001b[31m\u007f\u0085\u2028\u2029\u202e\u2066\u200b\ufeff'),
      '\\u0000\\u001b[31m\\u007f\\u0085\\u2028\\u2029\\u202e\\u2066\\u200b\\ufeff',
    );
    assert.equal(logSafe('张三 · Zhang San (log id 2021…)'), '张三 · Zhang San (log id 2021…)', 'ordinary text is untouched');
    assert.doesNotMatch(logSafe(FORGED), /[\n\r\u2028\u2029\u202e]/);
  });

  test('an error\'s message, which the log shows, keeps a server\'s msg and body log id on one line', async () => {
    const body = JSON.stringify({ code: 1002002, msg: FORGED, error: { log_id: `L1\n[error] forged` } });
    const fetchLike: FetchLike = async () => ({ status: 400, headers: { get: () => null }, text: async () => body });
    const entries: RequestLogEntry[] = [];
    const e = await errorOf(new HttpClient({ baseUrl: 'http://127.0.0.1:1', fetch: fetchLike, onRequest: x => entries.push(x) }).request('/p'));
    assert.doesNotMatch(e.message, /[\n\r\u2028\u202e]/);
    assert.match(e.message, /ok\\n2026-12-01 .* → 200 code=0\\r\\u2028\\u202e/);
    assert.match(e.message, /log id L1\\n\[error\] forged/);
    // The request log line is built from the entry; the extension passes the whole line through logSafe.
    const entry = entries[0]!;
    assert.doesNotMatch(logSafe(`${entry.method} ${entry.path} logid=${entry.logId ?? '-'}`), /\n/);
  });
});
