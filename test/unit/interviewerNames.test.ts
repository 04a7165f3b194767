// The interviewer's name in the score details panel opened from a queue row (#1 of the fixes round): the queue's
// successor listing names every record, so the panel, the tree and the debrief name them too, even in the sample's
// 10,000-interview application, where the names walk (500 interviews) never reaches this week's interviews.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';
import { formatOnly } from '../../src/feishu/translate';
import { QueueModel } from '../../src/model/queue/queueModel';
import { readSavedQueue } from '../../src/model/queue/queueSnapshot';
import { pickI18n } from '../../src/model/text/format';
import { fetchInterview } from '../../src/model/tree/findNode';
import { buildScoreDetailsModel } from '../../src/webview/scoreDetails/scoreDetailsModel';
import { connectionFor } from './helpers';
import { fakeClient, NOW, queueDeps, SHANGHAI } from './queueFixtures';
import type { HireConnection } from '../../src/model/connection/hireConnection';

function queueFor(connection: HireConnection): QueueModel {
  return new QueueModel(queueDeps(), connection);
}

/** The title the panel shows for this record, read the way the panel reads it (seed endpoint, then names). */
async function panelTitle(connection: HireConnection, applicationId: string, interviewId: string, recordId: string): Promise<string | undefined> {
  const interview = await fetchInterview(connection, applicationId, interviewId);
  assert.ok(interview, 'the seed endpoint lists the interview');
  await connection.directory.ensureNames(applicationId, [interviewId]).catch(() => false);
  return buildScoreDetailsModel({
    target: { root: 'pinned', applicationId, interviewId, recordId },
    owner: 'test',
    locale: 'en',
    timeZone: SHANGHAI,
    t: formatOnly,
    sample: true,
    now: NOW,
    interview,
    lang: 'en',
    interviewerName: id => pickI18n(connection.directory.interviewer(applicationId, id), 'en'),
  })?.title;
}

describe('the interviewer of a record opened from the queue is named', () => {
  let fake: FakeFeishu;
  before(async () => {
    fake = await startFakeFeishu({ now: () => NOW, switches: { rateLimit: false } });
  });
  after(async () => {
    await fake.close();
  });

  test('every owed record of Feedback Owed: the panel\'s title names who its group row names', async () => {
    // Not a test of pacing (both sides off): each walk to the large application's interviews waited out a minute window.
    const client = fakeClient(fake, { pacing: false });
    const connection = connectionFor(client.hire);
    const queue = queueFor(connection);
    await queue.refresh();
    const items = queue.owedGroups().flatMap(g => g.items.map(item => ({ item, name: g.interviewerName })));
    assert.ok(items.length > 10, 'the sample tenant owes feedback');
    // The case reported: the sample's largest application, whose names walk stops long before this week.
    const large = items.filter(({ item }) => item.applicationId === '6915948672904658256');
    assert.ok(large.length > 0, 'the large application owes feedback in the window');
    for (const { item, name } of items) {
      assert.ok(name, 'the group row is named');
      const title = await panelTitle(connection, item.applicationId ?? '', item.interview.id, item.record.id);
      assert.ok(title?.startsWith(`${name} · `), `${title} names ${name}`);
    }
  });

  test('a listing restored from last-known data names them too, with no request', async () => {
    const client = fakeClient(fake);
    const first = queueFor(connectionFor(client.hire));
    await first.refresh();
    const saved = JSON.parse(JSON.stringify(first.saved())) as unknown;
    const connection = connectionFor(client.hire);
    fake.resetStats();
    assert.ok(readSavedQueue(saved, connection.directory, () => undefined));
    const group = first.owedGroups().find(g => g.items.some(i => i.applicationId === '6915948672904658256'));
    const item = group?.items.find(i => i.applicationId === '6915948672904658256');
    assert.ok(group?.interviewerName && item);
    assert.equal(pickI18n(connection.directory.interviewer(item.applicationId ?? '', item.record.id), 'en'), group.interviewerName);
    assert.equal(fake.stats.requests.length, 0);
  });
});
