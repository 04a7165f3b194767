import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { HireApi } from '../../src/feishu/hireApi';
import { HttpClient, type FetchLike } from '../../src/feishu/httpClient';
import { TenantTokenSource } from '../../src/feishu/tenantToken';
import { formatOnly } from '../../src/feishu/translate';
import type { HireNode } from '../../src/model/tree/hireNode';
import { HireTreeModel } from '../../src/model/tree/hireTreeModel';
import { toJson } from '../../src/model/export/recordJson';
import { connectionFor, until } from './helpers';

/** A tiny scripted service: application 100 has `count` interviews; page tokens are offsets. */
function service(count: number) {
  const log: string[] = [];
  const state = { failNext: 0, delayMs: 0, successor: true, inFlight: 0 };
  const interview = (i: number) => ({
    id: `9${String(i).padStart(18, '0')}`,
    begin_time: 1618899376474 + i * 3_600_000,
    end_time: 1618899376474 + i * 3_600_000 + 3_000_000,
    round: i % 3,
    stage_id: '77',
    interview_record_list: [{ id: `8${String(i).padStart(18, '0')}`, user_id: `ou_${i}`, conclusion: 1 + (i % 5), commit_status: 1 }],
  });
  const reply = (body: object, status = 200) => ({ status, headers: { get: () => null }, text: async () => JSON.stringify(body) });
  const fetch: FetchLike = async (url, init) => {
    const u = new URL(url);
    if (u.pathname.endsWith('tenant_access_token/internal')) { return reply({ code: 0, tenant_access_token: 't-1', expire: 7200 }); }
    log.push(u.pathname + u.search);
    state.inFlight++;
    try {
      if (state.delayMs) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(resolve, state.delayMs);
          init.signal.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(new Error('aborted'));
          });
        });
      }
      if (state.failNext > 0) {
        state.failNext--;
        return reply({ code: 99991672, msg: 'no scope', error: { permission_violations: [{ subject: 'hire:interview:readonly' }] } }, 400);
      }
      const size = Number(u.searchParams.get('page_size'));
      const offset = Number(u.searchParams.get('page_token') ?? 0);
      if (u.pathname === '/open-apis/hire/v1/interviews') {
        if (!state.successor) { return reply({ code: 99991672, msg: 'no scope' }, 400); }
        const items = Array.from({ length: Math.max(0, Math.min(size, count - offset)) }, (_, k) => {
          const iv = interview(offset + k);
          return {
            ...iv,
            stage: { id: '77', name: { zh_cn: '技术面', en_us: 'Technical' } },
            interview_record_list: iv.interview_record_list.map(r => ({ ...r, interviewer: { id: r.user_id, name: { zh_cn: '李娜', en_us: 'Li Na' } } })),
          };
        });
        return reply({ code: 0, data: { items, has_more: offset + size < count, page_token: String(offset + size) } });
      }
      if (u.pathname === '/open-apis/hire/v1/applications/100/interviews') {
        const items = Array.from({ length: Math.max(0, Math.min(size, count - offset)) }, (_, k) => interview(offset + k));
        return reply({ code: 0, data: { items, has_more: offset + size < count, page_token: String(offset + size) } });
      }
      if (u.pathname === '/open-apis/hire/v1/applications') { return reply({ code: 0, data: { items: ['100'], has_more: false } }); }
      return reply({ code: 1002201, msg: 'not found' }, 400);
    } finally {
      state.inFlight--;
    }
  };
  const http = new HttpClient({ baseUrl: 'http://127.0.0.1:1', fetch });
  const api = new HireApi(http, new TenantTokenSource(http, async () => ({ appId: 'cli_1', appSecret: 's' })));
  return { api, log, state };
}

function model(api: HireApi, changes: Array<HireNode | undefined> = []) {
  let pinned: readonly string[] = [];
  const m = new HireTreeModel(
    { pageSize: () => 20, lang: () => 'en', t: formatOnly },
    connectionFor(api, {
      pinned: {
        get: () => pinned,
        set: async ids => {
          pinned = ids;
        },
      },
    }),
  );
  m.onDidChange(n => {
    changes.push(...(Array.isArray(n) ? n : [n]));
  });
  return m;
}

const seedRequests = (log: string[]) => log.filter(l => l.startsWith('/open-apis/hire/v1/applications/100/interviews'));

describe('HireTreeModel', () => {
  test('nothing is fetched before a node is expanded; expanding fetches exactly one page', async () => {
    const s = service(45);
    const m = model(s.api);
    const app = m.applicationNode('all', '100');
    assert.equal(s.log.length, 0);
    const children = await m.children(app);
    assert.equal(children.filter(c => c.kind === 'interview').length, 20);
    assert.equal(children.at(-1)?.kind, 'loadMore');
    assert.equal(seedRequests(s.log).length, 1);
  });

  test('load more appends the next page; concurrent clicks share one request; the last page has no load more', async () => {
    const s = service(45);
    const changes: Array<HireNode | undefined> = [];
    const m = model(s.api, changes);
    const app = m.applicationNode('all', '100');
    await m.children(app);
    await Promise.all([m.loadMore(app.id), m.loadMore(app.id), m.loadMore(app.id)]);
    assert.equal(seedRequests(s.log).length, 2);
    assert.ok(changes.includes(app), 'fires a change for the parent only');
    await m.loadMore(app.id);
    const children = await m.children(app);
    assert.equal(children.filter(c => c.kind === 'interview').length, 45);
    assert.equal(children.some(c => c.kind === 'loadMore'), false);
    assert.deepEqual(seedRequests(s.log).map(l => new URL('http://x' + l).searchParams.get('page_token')), [null, '20', '40']);
    assert.equal(new Set(children.map(c => c.id)).size, children.length, 'ids are unique');
  });

  test('collapsing while a page loads cancels it and nothing stale is appended', async () => {
    const s = service(45);
    const m = model(s.api);
    const app = m.applicationNode('all', '100');
    await m.children(app);
    s.state.delayMs = 200;
    const pending = m.loadMore(app.id);
    await until('a request in flight', () => s.state.inFlight > 0);
    m.cancel(app.id);
    await pending;
    s.state.delayMs = 0;
    const children = await m.children(app);
    assert.equal(children.filter(c => c.kind === 'interview').length, 20);
    assert.equal(children.at(-1)?.kind, 'loadMore', 'the aborted page can be loaded again');
  });

  test('an error becomes a node with an action (Check Permissions for a missing scope); retry continues from the same page', async () => {
    const s = service(45);
    const m = model(s.api);
    const app = m.applicationNode('all', '100');
    s.state.failNext = 1;
    const first = await m.children(app);
    const error = first.find(c => c.kind === 'message');
    assert.ok(error && error.kind === 'message' && error.action === 'checkPermissions' && /99991672/.test(error.text), JSON.stringify(first));
    assert.match(error.detail ?? '', /hire:interview:readonly/);
    await m.loadMore(app.id);
    assert.equal((await m.children(app)).filter(c => c.kind === 'interview').length, 20);
  });

  test('a failed refresh keeps the last good data, marked stale', async () => {
    const s = service(45);
    const m = model(s.api);
    const app = m.applicationNode('all', '100');
    await m.children(app);
    await m.loadMore(app.id);
    // One failure for the page: the names the directory holds are not asked for again on a refresh.
    s.state.failNext = 1;
    await m.reloadAll();
    const children = await m.children(app);
    assert.equal(children.filter(c => c.kind === 'interview').length, 40);
    assert.ok(children.some(c => c.kind === 'message' && /Refresh failed, showing earlier data/.test(c.text)));
    await m.reloadAll();
    assert.equal((await m.children(app)).filter(c => c.kind === 'interview').length, 20, 'a successful refresh starts from page one');
  });

  test('empty application shows "No interviews"; names from the successor arrive after the first paint', async () => {
    const empty = service(0);
    const m0 = model(empty.api);
    const kids = await m0.children(m0.applicationNode('all', '100'));
    assert.deepEqual(kids.map(k => k.kind === 'message' ? k.text : k.kind), ['No interviews']);

    const s = service(3);
    const changes: Array<HireNode | undefined> = [];
    const m = model(s.api, changes);
    const app = m.applicationNode('all', '100');
    const before = await m.children(app);
    assert.equal(before[0]?.kind === 'interview' && before[0].stageName, undefined);
    const seen = changes.length;
    await until('a change event for the application', () => changes.slice(seen).includes(app));
    const after = await m.children(app);
    assert.equal(after[0]?.kind === 'interview' && after[0].stageName, 'Technical');
    const records = await m.children(after[0]!);
    assert.equal(records[0]?.kind === 'record' && records[0].interviewerName, 'Li Na');
  });

  test('a tenant without the successor endpoint keeps working with IDs and is asked only once', async () => {
    const s = service(3);
    s.state.successor = false;
    const m = model(s.api);
    await m.children(m.applicationNode('all', '100'));
    await until('the names refusal', () => m.connection?.directory.namesRefused !== undefined);
    await m.children(m.applicationNode('pinned', '100'));
    await new Promise(r => setTimeout(r, 20));
    assert.equal(s.log.filter(l => l.startsWith('/open-apis/hire/v1/interviews')).length, 1);
    const records = await m.children((await m.children(m.applicationNode('all', '100')))[0]!);
    assert.equal(records[0]?.kind === 'record' && records[0].interviewerName, undefined);
  });

  test('getParent walks back to the root and Copy as JSON gives exactly what the API sent', async () => {
    const s = service(2);
    const m = model(s.api);
    const [pinnedRoot] = m.roots();
    const app = m.applicationNode('pinned', '100');
    const interview = (await m.children(app))[0]!;
    const record = (await m.children(interview))[0]!;
    assert.equal(m.parent(record), interview);
    assert.equal(m.parent(interview)?.id, app.id);
    assert.equal(m.parent(app), pinnedRoot);
    assert.ok(record.kind === 'record');
    const json = JSON.parse(toJson([record]));
    assert.deepEqual(json, { id: '8000000000000000000', user_id: 'ou_0', conclusion: 1, commit_status: 1 });
    assert.ok(interview.kind === 'interview');
    assert.equal(JSON.parse(toJson([interview, record])).length, 2);
  });

  test('signing out while a page loads cancels it: nothing appended, no further request', async () => {
    const s = service(45);
    const m = model(s.api);
    const app = m.applicationNode('all', '100');
    await m.children(app);
    await until('no request in flight', () => s.state.inFlight === 0);
    s.state.delayMs = 300;
    const pending = m.loadMore(app.id);
    await until('a request in flight', () => s.state.inFlight > 0);
    const before = s.log.length;
    m.reset(undefined);
    await pending;
    await new Promise(r => setTimeout(r, 350));
    assert.equal(s.log.length, before, 'no request after sign-out');
    assert.deepEqual(m.roots(), []);
    assert.deepEqual(await m.children(app), []);
  });
});
