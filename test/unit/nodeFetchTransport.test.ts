// The extension's transport (node-fetch): compressed replies, the size cap on decoded bytes, cancellation
// while a body streams in. Redirects, timeouts and the plain size cap run through it in
// redirects, replySizeCap, client and smallerHoles (their real client uses it).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { HttpClient, MAX_REPLY_BYTES } from '../../src/feishu/httpClient';
import { nodeFetchTransport } from '../../src/feishu/nodeFetchTransport';
import { errorOf, loopback, realClient, TOKEN_PATH, tokenReply } from './hostileServer';

const application = { code: 0, msg: 'ok', data: { application: { id: '6949805467799537964', job_id: '7' } } };

describe('the transport (node-fetch)', () => {
  for (const [coding, encode] of [['gzip', gzipSync], ['deflate', deflateSync], ['br', brotliCompressSync]] as const) {
    test(`a ${coding} reply is decoded; the request asked for compression`, async () => {
      const server = await loopback((req, res) => {
        if (req.url === TOKEN_PATH) {
          tokenReply(res);
          return;
        }
        assert.match(String(req.headers['accept-encoding']), new RegExp(coding));
        const body = encode(Buffer.from(JSON.stringify(application)));
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': coding, 'Content-Length': String(body.length) });
        res.end(body);
      });
      const app = await realClient(server.baseUrl).hire.getApplication('6949805467799537964');
      assert.equal(app.id, '6949805467799537964');
      assert.equal(app.job_id, '7');
    });
  }

  test('requests in a row share one kept-alive connection; the headers node-fetch would add are sent up front', async () => {
    const ports = new Set<number | undefined>();
    const agents = new Set<string | undefined>();
    const server = await loopback((req, res) => {
      ports.add(req.socket.remotePort);
      agents.add(req.headers['user-agent']);
      if (req.url === TOKEN_PATH) {
        tokenReply(res);
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(application));
    });
    const client = realClient(server.baseUrl);
    for (let i = 0; i < 4; i++) { await client.hire.getApplication('6949805467799537964'); }
    assert.equal(server.requests.length, 5);
    assert.equal(ports.size, 1, `${ports.size} connections for 5 requests`);
    assert.deepEqual([...agents], ['feishu-hire-interviews']);
  });

  for (const gzip of [false, true]) {
    test(`a reply written in pieces that split its characters reads whole, its size the decoded bytes${gzip ? ' (gzip)' : ''}`, async () => {
      const reply = { code: 0, msg: 'ok', data: { content: '代码还行，只是不够聪明 ✓ '.repeat(400) } };
      const text = Buffer.from(JSON.stringify(reply));
      const sent = gzip ? gzipSync(text) : text;
      const server = await loopback((_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json', ...gzip ? { 'Content-Encoding': 'gzip' } : {} });
        // 7-byte pieces, one at a time: most of them end inside a 3-byte character.
        let at = 0;
        const next = (): void => {
          if (at >= sent.length) {
            res.end();
            return;
          }
          res.write(sent.subarray(at, at += 7), next);
        };
        next();
      });
      const got = await new HttpClient({ baseUrl: server.baseUrl, fetch: nodeFetchTransport }).request('/piecewise');
      assert.deepEqual(got.body, reply);
      assert.equal(got.bytes, text.length);
    });
  }

  test('a reply in one piece is read as it is, its size its bytes', async () => {
    const reply = { code: 0, msg: 'ok', data: { name: '张三' } };
    const server = await loopback((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(reply));
    });
    const got = await new HttpClient({ baseUrl: server.baseUrl, fetch: nodeFetchTransport }).request('/whole');
    assert.deepEqual(got.body, reply);
    assert.equal(got.bytes, Buffer.byteLength(JSON.stringify(reply)));
  });

  test('a gzip bomb (64 KB that decode to 64 MB) fails at the cap on decoded bytes, quickly', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    assert.ok(bomb.length < MAX_REPLY_BYTES / 10);
    const server = await loopback((req, res) => {
      if (req.url === TOKEN_PATH) {
        tokenReply(res);
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Content-Length': String(bomb.length) });
      res.end(bomb);
    });
    const started = Date.now();
    const e = await errorOf(realClient(server.baseUrl, { timeoutMs: 20_000 }).hire.getApplication('1'));
    assert.match(e.message, new RegExp(`larger than ${MAX_REPLY_BYTES / 1024 / 1024} MB`));
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
  });

  test('a corrupt gzip body is a bad reply, not a crash or a hang', async () => {
    const server = await loopback((req, res) => {
      if (req.url === TOKEN_PATH) {
        tokenReply(res);
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
      res.end(Buffer.from('this is not gzip at all'));
    });
    const e = await errorOf(realClient(server.baseUrl, { timeoutMs: 3000 }).hire.getApplication('1'));
    assert.notEqual(e.kind, 'timeout');
  });

  test('aborting while the body streams in stops at once and drops the connection', async () => {
    let closed = false;
    const server = await loopback((req, res) => {
      if (req.url === TOKEN_PATH) {
        tokenReply(res);
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"code":0,"data":{"application":'); // and then nothing
      res.on('close', () => {
        closed = true;
      });
    });
    const controller = new AbortController();
    const pending = realClient(server.baseUrl, { timeoutMs: 20_000 }).hire.getApplication('1', controller.signal);
    await new Promise(r => setTimeout(r, 200));
    const started = Date.now();
    controller.abort();
    const e = await errorOf(pending);
    assert.equal(e.kind, 'cancelled');
    assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms`);
    await new Promise(r => setTimeout(r, 100));
    assert.ok(closed, 'the server still holds the connection');
  });

  test('an already aborted signal sends nothing; a URL of another scheme is refused', async () => {
    const server = await loopback((_req, res) => tokenReply(res));
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(nodeFetchTransport(`${server.baseUrl}/x`, { method: 'GET', headers: {}, signal: controller.signal, redirect: 'manual' }));
    await assert.rejects(
      nodeFetchTransport('ftp://127.0.0.1/x', { method: 'GET', headers: {}, signal: new AbortController().signal, redirect: 'manual' }),
      /supported/,
    );
    await new Promise(r => setTimeout(r, 50));
    assert.deepEqual(server.requests, []);
  });
});
