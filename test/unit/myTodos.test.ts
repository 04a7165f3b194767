// My To-dos (issue 22.2) against the fake: the person's interview and evaluation to-dos with candidate, job, round
// and time, feedback owed first and oldest first, each interview to-do as the person's own record; the problems
// that need the admin become one line saying what to ask for.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { HttpClient } from '../../src/feishu/httpClient';
import { nodeFetchTransport } from '../../src/feishu/nodeFetchTransport';
import { UserTokenSource } from '../../src/feishu/oauth/userTokenSource';
import { UserApi } from '../../src/feishu/userApi';
import { formatOnly as t } from '../../src/feishu/translate';
import { TodosModel, type TodoNode, type TodoRecordNode } from '../../src/model/todos/todosModel';
import { EMPLOYEES } from '../../src/fakeFeishu/sampleConfig';
import { fakeForFile } from './fakeHttp';
import { signIn } from './fakeOAuthFlow';
import { REDIRECT } from './fakeOAuthFlow';
import { connectionFor, hireApiOf } from './helpers';

const { fake } = fakeForFile();
const INTERVIEWER = EMPLOYEES[3]!;

async function modelFor(scope?: string): Promise<TodosModel> {
  fake().registerRedirectUri(REDIRECT);
  const tokens = await signIn(fake(), INTERVIEWER.openId, scope);
  const source = new UserTokenSource({
    baseUrl: fake().baseUrl,
    appId: fake().appId,
    user: { openId: INTERVIEWER.openId, name: INTERVIEWER.name.zh_cn },
    tokens: { accessToken: tokens['access_token'] as string, expiresAtMs: Date.now() + 7_000_000, scope: [] },
  }, {
    refresh: () => Promise.reject(new Error('not in this test')),
    load: async () => undefined,
    save: async () => undefined,
    signedOut: async () => undefined,
  });
  const connection = connectionFor(hireApiOf(fake()));
  const model = new TodosModel({ now: Date.now, t });
  model.reset({ connection, api: new UserApi(new HttpClient({ baseUrl: fake().baseUrl, fetch: nodeFetchTransport }), source), user: source.user });
  return model;
}

const records = (nodes: TodoNode[]): TodoRecordNode[] => nodes.filter((n): n is TodoRecordNode => n.kind === 'record');

describe('My To-dos', () => {
  test('interview to-dos are my own unsubmitted records, with candidate, job, round and time, feedback owed first and oldest first', async () => {
    const model = await modelFor();
    await model.ensureLoaded();
    const nodes = model.roots();
    const mine = records(nodes);
    assert.ok(mine.length > 5, String(mine.length));
    for (const n of mine) {
      assert.equal(n.record.interviewer?.id, INTERVIEWER.openId);
      assert.equal(n.record.commit_status, 2);
      assert.ok(n.todo.candidateName && n.todo.jobTitle, n.id);
      assert.equal(typeof n.interview.begin_time, 'number');
      assert.equal(typeof n.interview.round, 'number');
    }
    const phases = mine.map(n => n.todo.phase);
    assert.deepEqual(phases, [...phases].sort((a, b) => (a === 'owed' ? 0 : 1) - (b === 'owed' ? 0 : 1)), 'owed first');
    const owedEnds = mine.filter(n => n.todo.phase === 'owed').map(n => n.interview.end_time!);
    assert.ok(owedEnds.length > 0);
    assert.deepEqual(owedEnds, [...owedEnds].sort((a, b) => a - b), 'oldest debt first');
    assert.deepEqual(new Set(mine.map(n => n.id)).size, mine.length);
  });

  test('a sign-in without hire:todo:readonly gets one line saying to sign in again and agree to it', async () => {
    const model = await modelFor('hire:interview:readonly');
    await model.ensureLoaded();
    const [only, ...rest] = model.roots();
    assert.deepEqual(rest, []);
    assert.equal(only?.kind, 'message');
    assert.match(only?.kind === 'message' ? only.text : '', /99991679.*hire:todo:readonly.*Sign in with Feishu again/);
  });

  test('an app without the to-dos scope for user identity: one line saying what to ask the admin for', async () => {
    const model = await modelFor();
    fake().set({ disabledScopes: ['hire:todo:readonly'] });
    await model.ensureLoaded();
    const [only] = model.roots();
    assert.match(only?.kind === 'message' ? only.text : '', /99991679|99991672/);
  });
});
