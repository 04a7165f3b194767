// Issue #18.3: tree ids that cannot collide or throw, in every view. Service IDs are placed in ids escaped, so no
// ID can add a level or pose as another; repeated records are dropped; the unnamed interviewer has its own id.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatOnly } from '../../src/feishu/translate';
import type { JsonObject, Page } from '../../src/feishu/types';
import { parseInterview, type ParsedInterview } from '../../src/feishu/validate';
import { QueueModel } from '../../src/model/queue/queueModel';
import type { QueueNode } from '../../src/model/queue/queueNode';
import { HireTreeModel } from '../../src/model/tree/hireTreeModel';
import { applicationNodeId, escapeSegment, interviewNodeId, parseMainTreeId, recordNodeId, unescapeSegment } from '../../src/model/tree/nodeId';
import { connectionFor } from './helpers';

const NOW = Date.UTC(2026, 10, 27, 1, 30);
const HOUR = 3_600_000;

function interview(id: string, records: JsonObject[], applicationId = '6100000000000000001'): ParsedInterview {
  return parseInterview(
    { id, begin_time: NOW - 3 * HOUR, end_time: NOW - 2 * HOUR, round: 0, application_id: applicationId, interview_record_list: records },
    'interview',
  );
}
const owed = (id: string, who?: string): JsonObject => ({ id, commit_status: 2, conclusion: 4, ...(who === undefined ? {} : { user_id: who }) });
const page = <T>(items: T[]): Page<T> => ({ items, hasMore: false, pageToken: undefined, invalid: [] });

async function queueWith(interviews: ParsedInterview[]): Promise<QueueModel> {
  const connection = connectionFor({
    async listInterviewsInWindow() {
      return page(interviews);
    },
    async getApplication(id) {
      return { id, raw: {} };
    },
  });
  const queue = new QueueModel({
    now: () => NOW,
    lang: () => 'en',
    locale: () => 'en',
    timeZone: () => 'UTC',
    t: formatOnly,
    windowDays: () => 14,
    log: () => undefined,
  }, connection);
  await queue.refresh();
  return queue;
}

const ids = (nodes: QueueNode[]): string[] => nodes.map(n => n.id);
const unique = (list: string[]): boolean => new Set(list).size === list.length;

describe('node ids (#18.3)', () => {
  test('the escape is total and reversible: no string makes it throw, no two strings share an escape', () => {
    for (const value of ['1/rec/91', '%2F', '~', '', '\ud800', 'a%b/c~d', '李娜']) {
      assert.equal(unescapeSegment(escapeSegment(value)), value);
      assert.ok(!escapeSegment(value).includes('/'));
    }
    assert.notEqual(escapeSegment('%2F'), escapeSegment('/'));
  });

  test('main tree: interview "1/rec/91" is not record 91 of interview 1', () => {
    const app = applicationNodeId('pinned', '100');
    const sneaky = interviewNodeId(app, '1/rec/91');
    assert.notEqual(sneaky, recordNodeId(interviewNodeId(app, '1'), '91'));
    assert.deepEqual(parseMainTreeId(sneaky), { level: 'interview', root: 'pinned', applicationId: '100', interviewId: '1/rec/91' });
    assert.equal(parseMainTreeId('pinned/app/100/iv/1/rec/91')?.level, 'record');
    assert.equal(parseMainTreeId('owed/who/x'), undefined);
  });

  test('the main tree drops a record listed twice and escapes what it places in ids', async () => {
    const tree = new HireTreeModel(
      { pageSize: () => 20, lang: () => 'en', t: formatOnly },
      connectionFor({
        async listInterviews() {
          return page([interview('1/rec/91', [owed('7'), owed('7')])]);
        },
      }),
    );
    const app = tree.applicationNode('all', '100');
    const [iv] = await tree.children(app);
    assert.equal(iv?.kind, 'interview');
    assert.equal(parseMainTreeId(iv!.id)?.level, 'interview');
    const records = await tree.children(iv!);
    assert.deepEqual(records.map(r => r.kind), ['record']);
  });

  test('Feedback Owed: ids name the interview, a repeated record shows once, "~" and the unnamed interviewer differ, a lone surrogate does not throw', async () => {
    const queue = await queueWith([
      interview('9001', [owed('8001', '~'), owed('8002'), owed('8001', '~')]),
      interview('9002', [owed('8001', '~')]),
      interview('9003', [owed('8003', 'ou_\ud800')]),
    ]);
    const groups = queue.roots('owed').filter(n => n.kind === 'interviewer');
    assert.equal(groups.length, 3, 'the "~" interviewer, the unnamed one and the odd ID');
    assert.ok(unique(ids(groups)));
    const records = (await Promise.all(groups.map(g => queue.children(g)))).flat();
    assert.ok(unique(ids(records)), ids(records).join(' '));
    assert.equal(records.filter(r => r.kind === 'record' && r.record.id === '8001').length, 2, 'once per interview');
    for (const node of [...groups, ...records]) { assert.equal(queue.node(node.id), node); }
  });

  test('Recent Interviews: a record listed twice shows once', async () => {
    const queue = await queueWith([interview('9001', [owed('8001', 'ou_1'), owed('8001', 'ou_1')])]);
    const [day] = queue.roots('recent').filter(n => n.kind === 'day');
    const [iv] = await queue.children(day!);
    const records = await queue.children(iv!);
    assert.deepEqual(records.map(r => r.kind === 'record' && r.record.id), ['8001']);
  });
});
