// Issue #10.2: a redirect is never followed, so the app secret and the token go only to the base URL.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { humanMessage } from '../../src/feishu/errors';
import { formatOnly } from '../../src/feishu/translate';
import { errorOf, loopback, realClient, TOKEN_PATH, tokenReply } from './hostileServer';

describe('#10.2 redirects are never followed', () => {
  for (const status of [307, 308, 302]) {
    test(`a ${status} from the token endpoint or a Hire endpoint fails naming only the target host; the target receives nothing`, async () => {
      const target = await loopback((_req, res) => tokenReply(res));
      // One target plain, one with userinfo (which node-fetch would refuse to follow, echoing the whole URL).
      const onToken = await loopback((_req, res) => {
        res.writeHead(status, { Location: `http://${target.host}/collect?secret=leak#frag` });
        res.end();
      });
      const onHire = await loopback((req, res) => {
        if (req.url === TOKEN_PATH) {
          tokenReply(res);
          return;
        }
        res.writeHead(status, { Location: `http://thief:pw@${target.host}/collect?secret=leak#frag` });
        res.end();
      });
      const received = () => target.requests.map(r => `${r.method} ${r.path} ${r.body}`);
      const errors = [await errorOf(realClient(onToken.baseUrl).hire.getApplication('1'))];
      assert.deepEqual(received(), [], 'the redirect target received the token request');
      errors.push(await errorOf(realClient(onHire.baseUrl).hire.getApplication('1')));
      assert.deepEqual(received(), [], 'the redirect target received a Hire request');
      for (const e of errors) {
        assert.equal(e.httpStatus, status);
        assert.match(e.message, new RegExp(target.host.replace(/\./g, '\\.')));
        for (const secret of ['thief', 'pw', 'secret=leak', 'frag', 'collect']) {
          assert.ok(!e.message.includes(secret), `"${secret}" leaked into: ${e.message}`);
          assert.ok(!humanMessage(e, formatOnly).includes(secret), `"${secret}" leaked into the human message`);
        }
      }
      assert.equal(onToken.requests.length, 1, 'a redirect is not retried');
      assert.equal(onHire.requests.filter(r => r.path !== TOKEN_PATH).length, 1, 'a redirect is not retried');
    });
  }
});
