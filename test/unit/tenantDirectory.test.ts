// Issue #17 (and #18.6): the connection's directory is the one place names are fetched. The tree, the queue and an
// export of the same candidate's application cost one talent and one job request between them; a refused
// permission is asked once per connection, not once per refresh.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FeishuError } from '../../src/feishu/errors';
import type { HireApi } from '../../src/feishu/hireApi';
import { formatOnly } from '../../src/feishu/translate';
import type { JsonObject, Page } from '../../src/feishu/types';
import { parseInterview, type ParsedInterview } from '../../src/feishu/validate';
import { collectApplicationExport } from '../../src/model/export/applicationExport';
import { QueueModel } from '../../src/model/queue/queueModel';
import { HireTreeModel } from '../../src/model/tree/hireTreeModel';
import { connectionFor, until } from './helpers';

const NOW = Date.UTC(2026, 10, 27, 1, 30);
const HOUR = 3_600_000;
const APPLICATION = '6100000000000000001';

/** One application whose one interview ended an hour ago with one record not submitted. */
function interview(): ParsedInterview {
  const json: JsonObject = {
    id: '7100000000000000001',
    begin_time: NOW - 2 * HOUR,
    end_time: NOW - HOUR,
    round: 0,
    stage_id: '55',
    application_id: APPLICATION,
    interview_record_list: [{
      id: '7200000000000000001',
      commit_status: 2,
      conclusion: 4,
      user_id: 'ou_lina',
      interviewer: { id: 'ou_lina', name: { zh_cn: '李娜', en_us: 'Na Li' } },
    }],
  };
  return parseInterview(json, 'interview');
}

/** A scripted service; `refuse` makes talents and jobs answer 99991672 (the app lacks the permission). */
function service(options: { refuse?: boolean; } = {}) {
  const calls: string[] = [];
  const page = <T>(items: T[]): Page<T> => ({ items, hasMore: false, pageToken: undefined, invalid: [] });
  const refused = (scope: string) => new FeishuError({ kind: 'api', code: 99991672, msg: 'no permission', missingScopes: [scope] });
  const api: Partial<HireApi> = {
    async getApplication(id) {
      calls.push(`application ${id}`);
      return { id, raw: {}, talent_id: 't1', job_id: 'j1' };
    },
    async getTalent(id) {
      calls.push(`talent ${id}`);
      if (options.refuse) { throw refused('hire:talent:readonly'); }
      return { id, raw: {}, name: '王芳' };
    },
    async getJob(id) {
      calls.push(`job ${id}`);
      if (options.refuse) { throw refused('hire:job:readonly'); }
      return { id, raw: {}, title: '前端工程师' };
    },
    async listInterviews() {
      calls.push('interviews');
      return page([interview()]);
    },
    async listInterviewsWithNames() {
      calls.push('names');
      return page([interview()]);
    },
    async listInterviewRecordsV2() {
      calls.push('v2');
      return page([]);
    },
    async listInterviewsInWindow() {
      calls.push('window');
      return page([interview()]);
    },
    async listJobLevels() {
      calls.push('levels');
      return page([]);
    },
  };
  return { api, calls, count: (what: string) => calls.filter(c => c.startsWith(what)).length };
}

const treeDeps = { pageSize: () => 20, lang: () => 'en' as const, t: formatOnly };
const queueDeps = {
  now: () => NOW,
  lang: () => 'en' as const,
  locale: () => 'en',
  timeZone: () => 'Asia/Shanghai',
  t: formatOnly,
  windowDays: () => 14,
  log: () => undefined,
};

describe('the tenant directory (#17)', () => {
  test('tree, queue and export need the same candidate and job: one talent and one job request in all', async () => {
    const s = service();
    const connection = connectionFor(s.api);
    const tree = new HireTreeModel(treeDeps, connection);
    const queue = new QueueModel(queueDeps, connection);

    const pinned = await tree.pin({ id: APPLICATION, raw: {}, talent_id: 't1', job_id: 'j1' });
    await tree.children(pinned);
    await until('the tree to have the names', () => tree.applicationNode('pinned', APPLICATION).candidateName === '王芳');
    await queue.refresh();
    assert.equal(queue.label(APPLICATION)?.candidateName, '王芳');
    const exported = await collectApplicationExport({ connection, lang: 'en', t: formatOnly }, APPLICATION);
    assert.equal(exported.candidate, '王芳');
    assert.equal(exported.job, '前端工程师');

    assert.equal(s.count('talent'), 1, s.calls.join(', '));
    assert.equal(s.count('job'), 1, s.calls.join(', '));
    assert.equal(s.count('application'), 0, 'the pinned detail is not asked for again');
    assert.equal(s.count('names'), 1, 'the names walk is shared by the tree and the export');
  });

  test('a refused name permission is asked once per connection, not once per refresh', async () => {
    const s = service({ refuse: true });
    const connection = connectionFor(s.api);
    const queue = new QueueModel(queueDeps, connection);
    for (let i = 0; i < 3; i++) {
      const report = await queue.refresh();
      assert.equal(report.nameRequests, i === 0 ? 3 : 0, `refresh ${i + 1}: ${s.calls.join(', ')}`);
    }
    assert.equal(s.count('talent'), 1);
    assert.equal(s.count('job'), 1);
    assert.equal(queue.label(APPLICATION)?.candidateName, '', 'settled without a name: the row shows the ID');

    // A new connection (a sign-in again, say) asks once more.
    queue.reset(connectionFor(s.api));
    await queue.refresh();
    assert.equal(s.count('talent'), 2);
  });

  test('a transient failure is asked again on the next refresh, and only then', async () => {
    const s = service();
    let fail = true;
    const flaky: Partial<HireApi> = {
      ...s.api,
      async getTalent(id) {
        s.calls.push(`talent ${id}`);
        if (fail) { throw new FeishuError({ kind: 'network', detail: 'reset' }); }
        return { id, raw: {}, name: '王芳' };
      },
    };
    const connection = connectionFor(flaky);
    await connection.directory.ensureApplication(APPLICATION);
    await connection.directory.ensureApplication(APPLICATION);
    assert.equal(s.count('talent'), 1, 'a failure is not retried on every look');
    fail = false;
    connection.directory.retryFailures();
    const label = await connection.directory.ensureApplication(APPLICATION);
    assert.equal(label?.candidateName, '王芳');
    assert.equal(s.count('talent'), 2);
    assert.equal(s.count('application'), 1, 'the detail read before is kept');
  });

  test('a retired connection sends nothing more', async () => {
    const s = service();
    const controller = new AbortController();
    const connection = connectionFor(s.api, { signal: controller.signal });
    controller.abort();
    await assert.rejects(connection.directory.ensureApplication(APPLICATION), (e: unknown) => e instanceof FeishuError && e.kind === 'cancelled');
    assert.equal(await connection.directory.ensureNames(APPLICATION, ['7100000000000000001']), false);
  });
});
