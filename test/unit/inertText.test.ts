import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { displayBaseUrl } from '../../src/feishu/httpClient';
import { inertText } from '../../src/model/text/inertText';

// VS Code's notification renderer turns [label](target) into a link for these targets.
const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;

describe('text from outside in notifications (#10.7)', () => {
  test('server text with markdown links forms no link, and every character stays readable', () => {
    const hostile = [
      'param is invalid [click here](command:feishuHire.credentials.signOut)',
      '[open](https://evil.example/steal) and [x]( command:workbench.action.reloadWindow)',
      '[nested [label]](file:///etc/passwd)',
    ];
    for (const text of hostile) {
      const safe = inertText(text);
      assert.equal(safe.match(NOTIFICATION_LINK), null, safe);
      assert.ok(safe.includes('command:') || safe.includes('https://') || safe.includes('file:'), 'the target is still shown as text');
    }
  });

  test('bidirectional overrides and control characters are dropped; long text is cut', () => {
    assert.equal(inertText('abc\u202Etxt.exe\u0007'), 'abctxt.exe');
    assert.equal(inertText('x'.repeat(5000)).length, 601);
    assert.equal(inertText('飞书 error 中文 stays'), '飞书 error 中文 stays');
  });
});

describe('base URLs in logs and messages (#10.8)', () => {
  test('a password in something that is not an http(s) URL is masked too', () => {
    for (const input of ['user:hunter2@not a url', 'ftp://user:hunter2@host/', 'mailto:hunter2@x']) {
      assert.ok(!displayBaseUrl(input).includes('hunter2'), displayBaseUrl(input));
    }
  });
});
