// Issue #10.8 (core part): a base URL's userinfo and query never reach a log line or a message.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FeishuError } from '../../src/feishu/errors';
import { displayBaseUrl, normaliseBaseUrl } from '../../src/feishu/baseUrl';

describe('#10.8 base URLs never show their userinfo or query', () => {
  test('displayBaseUrl masks userinfo, query and fragment', () => {
    assert.equal(displayBaseUrl('https://alice:hunter2@proxy.example/feishu?key=abc#x'), 'https://***@proxy.example/feishu?***#***');
    assert.equal(displayBaseUrl('https://open.feishu.cn'), 'https://open.feishu.cn');
    const broken = displayBaseUrl('htps//alice:hunter2@proxy example/?key=abc');
    for (const secret of ['alice', 'hunter2', 'abc']) { assert.ok(!broken.includes(secret), broken); }
  });

  test('normaliseBaseUrl errors never echo userinfo or query', () => {
    for (const bad of ['https://alice:hunter2@proxy.example/?key=abc', 'http://alice:hunter2@proxy.example/?key=abc', 'not a url alice:hunter2@x?key=abc']) {
      const e = (() => {
        try {
          normaliseBaseUrl(bad);
        } catch (err) {
          return err as FeishuError;
        }
        return undefined;
      })();
      assert.ok(e instanceof FeishuError, bad);
      for (const secret of ['hunter2', 'key=abc', 'alice']) { assert.ok(!e.message.includes(secret), `"${secret}" in: ${e.message}`); }
    }
  });
});
