// Behind a company's HTTP proxy: `http.proxy` names a real proxy process on loopback (the `proxy` package,
// scripts/loopbackProxy.mjs) and the fake Feishu serves https behind it, so every request of the extension
// goes through a CONNECT tunnel that VS Code's proxy support opens around node-fetch's https request.
//
// Test-only trust: the fake's certificate is made by the runner (scripts/testCertificate.mjs) and handed to
// the extension host in NODE_EXTRA_CA_CERTS. VS Code's proxy support passes its own CA list (Node's bundled
// roots plus the system's) when `http.systemCertificates` is on, which replaces Node's extra CAs, so this
// suite turns that setting off while it runs. `http.proxyStrictSSL` would not help: it governs VS Code's
// own requests, not an extension's.
import * as assert from 'assert';
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { createInterface } from 'readline';
import * as vscode from 'vscode';
import type { HireTesting } from '../../src/extension';
import { startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';
import { EXTENSION_ID, testingParts } from './testingParts';

/** VS Code's proxy support always goes direct to localhost and 127.0.0.1; the rest of 127/8 is loopback too. */
const FAKE_HOST = '127.0.0.2';
const PROXY_SETTINGS = ['proxy', 'systemCertificates'] as const;

suite('Behind an HTTP proxy (http.proxy, https through CONNECT)', () => {
  let hire: HireTesting;
  let fake: FakeFeishu;
  let proxy: ChildProcess;
  let proxyLog = '';
  let proxyUrl: string;

  suiteSetup(async function() {
    this.timeout(60_000);
    const tlsError = process.env['FEISHU_HIRE_TEST_TLS_ERROR'];
    const key = process.env['FEISHU_HIRE_TEST_TLS_KEY'];
    const cert = process.env['FEISHU_HIRE_TEST_TLS_CERT'];
    assert.ok(key && cert, tlsError ?? 'no test certificate: run this suite through scripts/runIntegrationTests.mjs');
    hire = await testingParts();
    await vscode.commands.executeCommand('feishuHire.credentials.signOut');
    fake = await startFakeFeishu({ host: FAKE_HOST, tls: { key: fs.readFileSync(key, 'utf8'), cert: fs.readFileSync(cert, 'utf8') } });

    const root = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
    proxy = spawn(process.execPath, [path.join(root, 'scripts', 'loopbackProxy.mjs')], {
      cwd: root,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', DEBUG: 'proxy*', DEBUG_COLORS: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    proxy.stderr!.on('data', (chunk: Buffer) => {
      proxyLog += chunk.toString('utf8');
    });
    const line = await new Promise<string>((resolve, reject) => {
      proxy.once('exit', code => reject(new Error(`the proxy exited (${code}): ${proxyLog}`)));
      createInterface({ input: proxy.stdout! }).once('line', resolve);
    });
    proxyUrl = `http://127.0.0.1:${(JSON.parse(line) as { port: number; }).port}`;

    const http = vscode.workspace.getConfiguration('http');
    await http.update('proxy', proxyUrl, vscode.ConfigurationTarget.Global);
    await http.update('systemCertificates', false, vscode.ConfigurationTarget.Global);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('feishuHire.credentials.signOut');
    const http = vscode.workspace.getConfiguration('http');
    for (const setting of PROXY_SETTINGS) { await http.update(setting, undefined, vscode.ConfigurationTarget.Global); }
    proxy?.kill();
    await fake?.close();
  });

  test('signing in and the tree go through the proxy, in CONNECT tunnels to the fake', async () => {
    assert.match(fake.baseUrl, /^https:\/\/127\.0\.0\.2:\d+$/);
    const stored = await vscode.commands.executeCommand('feishuHire.credentials.setFrom', {
      baseUrl: fake.baseUrl,
      appId: fake.appId,
      appSecret: fake.appSecret,
    });
    assert.strictEqual(stored, true, `sign-in through the proxy failed; proxy log:\n${proxyLog}`);
    const all = hire.model.roots()[1]!;
    const apps = await hire.model.children(all);
    assert.ok(apps.filter(a => a.kind === 'application').length >= 20, `got ${apps.map(a => a.kind).join(', ')}`);
    const interviews = await hire.model.children(apps.find(a => a.kind === 'application')!);
    assert.ok(interviews.some(n => n.kind === 'interview'), `got ${interviews.map(n => n.kind).join(', ')}`);

    const target = new URL(fake.baseUrl).host;
    const tunnels = proxyLog.split('\n').filter(l => l.includes(`CONNECT ${target} `));
    assert.ok(tunnels.length >= 1, `the proxy's log shows no CONNECT to ${target}:\n${proxyLog}`);
    assert.ok(fake.stats.count('token') >= 1 && fake.stats.count('applications') >= 1, 'the fake heard the token and the list');
  });

  test('the proxy\'s log never holds the secret or the token in clear', async () => {
    assert.ok(proxyLog.length > 0, 'the proxy logged nothing');
    assert.ok(!proxyLog.includes(fake.appSecret), 'the app secret is in the proxy log');
    assert.ok(!/Bearer|tenant_access_token|t-[0-9a-z]{8,}/i.test(proxyLog), 'a token is in the proxy log');
    // A plain-http request through the same proxy is logged with its headers: the log would show them.
    assert.doesNotMatch(proxyLog, /GET http:\/\//);
  });

  test('with the proxy down, requests fail as a network error instead of going direct', async () => {
    const http = vscode.workspace.getConfiguration('http');
    await http.update('proxy', 'http://127.0.0.1:9', vscode.ConfigurationTarget.Global);
    try {
      // Signed out first: the names the tree was still fetching through the old tunnels stop, and cannot count.
      await vscode.commands.executeCommand('feishuHire.credentials.signOut');
      const before = fake.stats.count('token');
      const stored = await vscode.commands.executeCommand('feishuHire.credentials.setFrom', {
        baseUrl: fake.baseUrl,
        appId: fake.appId,
        appSecret: fake.appSecret,
      });
      assert.strictEqual(stored, false);
      assert.strictEqual(fake.stats.count('token'), before, 'the credential check reached the fake without the proxy');
    } finally {
      await http.update('proxy', proxyUrl, vscode.ConfigurationTarget.Global);
    }
  });
});
