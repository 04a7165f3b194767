// What the user sees in a real VS Code when the service misbehaves: messages and nodes, never a crash.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SAMPLE } from '../../src/fakeFeishu/server';
import { signedInSession } from './signedInSession';
import type { HireNode, MessageNode } from '../../src/model/tree/hireNode';

suite('Faults in the view', () => {
  const session = signedInSession();

  const expand = (applicationId: string): Promise<HireNode[]> => session.hire.model.children(session.hire.model.applicationNode('all', applicationId));

  test('rate limited: the view says it is retrying, then the interviews show with no error', async () => {
    const seen = new Set<string>();
    const watch = setInterval(() => {
      if (session.hire.treeView.message) { seen.add(session.hire.treeView.message); }
    }, 5);
    session.fake.set({ forceRateLimit: 1, rateLimitReset: 'whole' });
    const children = await expand(SAMPLE.appWith51);
    clearInterval(watch);
    assert.ok([...seen].some(m => /Rate limited by Feishu, retrying in \d+ s/.test(m)), [...seen].join(' | '));
    assert.strictEqual(children.filter(c => c.kind === 'interview').length, 20);
    assert.strictEqual(children.some(c => c.kind === 'message'), false);
  });

  test('missing scope: an error node naming the scope, offering Check Permissions; Retry still reloads it', async () => {
    session.fake.set({ disabledScopes: ['hire:interview:readonly'] });
    const children = await expand(SAMPLE.appWith49);
    session.fake.set({ disabledScopes: [] });
    const error = children.find((c): c is MessageNode => c.kind === 'message');
    assert.ok(error, 'an error node');
    assert.strictEqual(error.action, 'checkPermissions');
    assert.match(error.text, /99991672/);
    assert.match(error.detail ?? '', /hire:interview:readonly/);
    await vscode.commands.executeCommand('feishuHire.tree.retry', error);
    assert.strictEqual((await expand(SAMPLE.appWith49)).filter(c => c.kind === 'interview').length, 20);
  });

  test('wrong domain: the node offers Set Credentials to switch Feishu / Lark', async () => {
    session.fake.set({ wrongDomain: true });
    const children = await expand(SAMPLE.appWith50);
    session.fake.set({ wrongDomain: false });
    const error = children.find((c): c is MessageNode => c.kind === 'message');
    assert.ok(error);
    assert.strictEqual(error.action, 'setCredentials');
    assert.match(error.detail ?? '', /open\.larksuite\.com/);
  });

  test('an HTML error page and malformed JSON become error nodes, never an empty tree', async () => {
    // Aimed at this application: a background walk must not use up the faults meant for this expansion.
    session.fake.set({ failNext: [{ route: 'interviews', pathIncludes: SAMPLE.appWith1, kind: 'htmlPage', count: 3 }] });
    const html = await expand(SAMPLE.appWith1);
    assert.ok(html.some(c => c.kind === 'message' && c.severity === 'error'), JSON.stringify(html.map(c => c.kind)));
    session.fake.set({ failNext: [{ route: 'interviews', pathIncludes: SAMPLE.appWith0Interviews, kind: 'malformedJson', count: 1 }] });
    const malformed = await expand(SAMPLE.appWith0Interviews);
    const node = malformed.find((c): c is MessageNode => c.kind === 'message');
    assert.ok(node && /Unexpected reply/.test(node.text), JSON.stringify(malformed));
  });
});
