// The score details panel for a record of the sample tenant, inside a real VS Code.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SAMPLE } from '../../src/fakeFeishu/server';
import { signedInSession } from './signedInSession';
import { until } from './testingParts';

suite('Score details', () => {
  const session = signedInSession();

  test('opens one reusable panel beside the editor for a record, with a strict CSP', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('feishuHire.application.lookUp', SAMPLE.appWith7), true);
    const app = session.hire.model.applicationNode('pinned', SAMPLE.appWith7);
    const interviews = (await session.hire.model.children(app)).filter(n => n.kind === 'interview');
    const records = (await session.hire.model.children(interviews[0]!)).filter(n => n.kind === 'record');
    assert.ok(records.length > 0);
    await vscode.commands.executeCommand('feishuHire.record.showDetails', records[0]);
    const first = session.hire.scoreDetailsPanel();
    assert.ok(first, 'a panel');
    assert.strictEqual(first.panel.viewType, 'feishuHire.scoreDetails');
    assert.strictEqual(first.currentTarget?.recordId, records[0]!.kind === 'record' ? records[0]!.record.id : '');
    const html = first.panel.webview.html;
    assert.match(html, /default-src 'none'/);
    assert.match(html, /script-src 'nonce-[A-Za-z0-9_-]+'/);
    assert.doesNotMatch(html, /unsafe-inline/);
    assert.strictEqual(first.panel.webview.options.localResourceRoots?.length, 1);
    assert.match(first.panel.webview.options.localResourceRoots![0]!.path, /\/media$/);
    // A fixed pause failed on a loaded CI machine: wait for the load instead.
    await until('the title names the interviewer and conclusion once loaded', () => first.panel.title !== 'Score details');
    const last = records.at(-1)!;
    await vscode.commands.executeCommand('feishuHire.record.showDetails', last);
    const second = session.hire.scoreDetailsPanel();
    assert.strictEqual(second, first, 'the same panel is reused');
    assert.strictEqual(second?.currentTarget?.recordId, last.kind === 'record' ? last.record.id : '');
    second?.dispose();
  });
});
