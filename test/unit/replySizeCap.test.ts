// Issue #10.6: a reply is capped while it streams in, never buffered first.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_REPLY_BYTES } from '../../src/feishu/httpClient';
import { errorOf, loopback, realClient, TOKEN_PATH, tokenReply } from './hostileServer';

describe('#10.6 replies are capped while streaming', () => {
  test('a 64 MB reply fails quickly with "larger than", and the client stops reading at the cap', async t => {
    const total = 64 * 1024 * 1024;
    const server = await loopback((req, res, self) => {
      if (req.url === TOKEN_PATH) {
        tokenReply(res);
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = (): void => {
        while (self.written.bytes < total) {
          self.written.bytes += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end('{}');
      };
      res.on('close', () => res.removeAllListeners('drain'));
      pump();
    });
    const memory = (): number => {
      const m = process.memoryUsage();
      return m.heapUsed + m.arrayBuffers;
    };
    const memoryBefore = memory();
    const started = Date.now();
    const e = await errorOf(realClient(server.baseUrl, { timeoutMs: 20_000 }).hire.getApplication('1'));
    const elapsed = Date.now() - started;
    assert.match(e.message, new RegExp(`larger than ${MAX_REPLY_BYTES / 1024 / 1024} MB`));
    assert.ok(elapsed < 5000, `took ${elapsed} ms`);
    await new Promise(r => setTimeout(r, 100));
    assert.ok(server.written.bytes < total / 2, `the server could write ${server.written.bytes} bytes: the client kept reading`);
    const grown = memory() - memoryBefore;
    t.diagnostic(
      `failed after ${elapsed} ms; the server wrote ${(server.written.bytes / 1024 / 1024).toFixed(1)} MB of 64; heap and buffers grew ${
        (grown / 1024 / 1024).toFixed(1)
      } MB`,
    );
    assert.ok(grown < 3 * MAX_REPLY_BYTES, `heap and buffers grew by ${grown} bytes`);
    assert.equal(server.requests.filter(r => r.path !== TOKEN_PATH).length, 1, 'an oversized reply is not retried');
  });

  test('a Content-Length above the cap fails at once, without waiting for the body', async t => {
    const server = await loopback((req, res) => {
      if (req.url === TOKEN_PATH) {
        tokenReply(res);
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(200 * 1024 * 1024) });
      res.write('{"code":0,'); // and then nothing: only the header can end this quickly
    });
    const started = Date.now();
    const e = await errorOf(realClient(server.baseUrl, { timeoutMs: 3000 }).hire.getApplication('1'));
    assert.match(e.message, /larger than/);
    assert.ok(Date.now() - started < 1500, `took ${Date.now() - started} ms`);
    t.diagnostic(`failed after ${Date.now() - started} ms`);
  });
});
