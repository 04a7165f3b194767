// Issue #20.4–6: Feedback Owed never drops a debt it showed unless it was submitted, says from which day it checks,
// looks further back at a stated cost, filters by job, keeps last-known data; rows say how an interview went; and a
// large company's window costs its listing plus the names of the rows open at first only.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FeishuError } from '../../src/feishu/errors';
import { formatOnly } from '../../src/feishu/translate';
import type { HireApi } from '../../src/feishu/hireApi';
import { parseInterview, type ParsedInterview } from '../../src/feishu/validate';
import { HireTreeModel } from '../../src/model/tree/hireTreeModel';
import { interviewState } from '../../src/model/queue/queueItems';
import { interviewSummary, stageText } from '../../src/model/queue/queueLabels';
import { OPEN_INTERVIEWERS, type QueueModel } from '../../src/model/queue/queueModel';
import type { DayNode, InterviewerNode } from '../../src/model/queue/queueNode';
import { startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';
import { connectionFor, until } from './helpers';
import { DAY, fakeClient, fixedInterview, HOUR, interview, MIN, model, NOW, SHANGHAI, stubApi, texts, zhT } from './queueFixtures';

/** One record by Na Li, owed or submitted. */
const fixed = (id: string, beginMs: number, commit: 1 | 2, applicationId = '6100000000000000001'): ParsedInterview =>
  fixedInterview(id, beginMs, [{ id: `${id}9`, commit, name: 'Na Li' }], applicationId);

const owedIds = (m: QueueModel): string[] => m.owedGroups().flatMap(g => g.items.map(i => i.interview.id));

describe('an owed record stays listed until it is submitted (#20.5)', () => {
  test('the clock moves past the window: the refresh reaches back for the debt shown, and lets it go once submitted', async () => {
    let clock = NOW;
    let submitted = false;
    const old = NOW - 10 * DAY;
    const s = stubApi(() => [fixed('7000000000000000001', old, submitted ? 1 : 2), interview(clock - 2 * HOUR, 30, [{ commit: 2 }])]);
    const { m } = model(s.api, { now: () => clock });
    await m.refresh();
    assert.ok(owedIds(m).includes('7000000000000000001'));

    clock = NOW + 7 * DAY; // the 14-day window now starts 3 days after the old interview
    for (let refresh = 0; refresh < 3; refresh++) {
      const report = await m.refresh();
      assert.ok(owedIds(m).includes('7000000000000000001'), `refresh ${refresh + 1}: the owed record is still listed`);
      assert.ok(report.window.startMs <= old && s.windows.at(-1)!.startMs <= old, 'the listing reached back to it');
      assert.ok(report.window.days > 14);
      assert.match(m.sinceText(), /^17 Nov$/);
    }

    submitted = true;
    await m.refresh();
    assert.ok(!owedIds(m).includes('7000000000000000001'), 'submitted: it leaves');
    const back = await m.refresh();
    assert.equal(back.window.days, 14, 'nothing owed before the window: the listing is the setting\'s again');
  });

  test('a window the user shortens (the setting) starts afresh: the debts before it are not chased', async () => {
    let days = 14;
    const s = stubApi(() => [fixed('7000000000000000004', NOW - 10 * DAY, 2)]);
    const { m } = model(s.api, { windowDays: () => days });
    await m.refresh();
    days = 3;
    const report = await m.refresh();
    assert.equal(report.window.days, 3);
    assert.deepEqual(owedIds(m), []);
  });

  test('a debt older than 90 days is kept as last seen, not checked again, and the view says so', async () => {
    let clock = NOW;
    const s = stubApi(() => [fixed('7000000000000000002', NOW - 10 * DAY, 2)]);
    const { m } = model(s.api, { now: () => clock });
    await m.refresh();
    clock = NOW + 85 * DAY;
    const report = await m.refresh();
    assert.equal(report.window.days, 90, 'the listing stops at the widest window');
    assert.ok(owedIds(m).includes('7000000000000000002'));
    assert.ok(texts(m.roots('owed')).some(t => /1 interviews with feedback owed started more than 90 days ago/.test(t)), texts(m.roots('owed')).join('\n'));
  });

  test('a refresh that fails keeps every owed record on screen', async () => {
    let fail = false;
    const s = stubApi(() => [fixed('7000000000000000003', NOW - 3 * DAY, 2)], {
      fail: () => fail ? new FeishuError({ kind: 'network', detail: 'down' }) : undefined,
    });
    const { m } = model(s.api);
    await m.refresh();
    fail = true;
    await m.refresh();
    assert.deepEqual(owedIds(m), ['7000000000000000003']);
  });
});

describe('Look Further Back (#20.5)', () => {
  test('the view says from which day it checks; further back lists more days at the cost said before', async () => {
    const list = [
      fixed('7000000000000000010', NOW - 20 * DAY, 2),
      ...Array.from({ length: 280 }, (_, i) => interview(NOW - 13 * DAY + i * HOUR, 30, [{ commit: 1 }])),
    ];
    const s = stubApi(() => list);
    const { m } = model(s.api);
    await m.refresh();
    assert.equal(m.sinceText(), '14 Nov');
    assert.ok(!owedIds(m).includes('7000000000000000010'), 'not in the last 14 days');
    assert.deepEqual(texts(m.roots('owed')), ['No feedback owed for interviews since 14 Nov.']);

    const choices = m.lookBackChoices();
    // 280 interviews in 14 days: 20 a day, so 30 days ≈ 600 ≈ 6 pages of 100.
    assert.deepEqual(choices.map(c => [c.days, c.requests]), [[30, 6], [60, 12], [90, 18]]);
    const listed = s.calls.filter(c => c === 'list').length;
    const report = await m.lookBack(30);
    assert.equal(report.window.days, 30);
    assert.equal(report.pageRequests, Math.ceil(281 / 100), 'within the estimate of 6');
    assert.equal(s.calls.filter(c => c === 'list').length - listed, report.pageRequests);
    assert.deepEqual(owedIds(m), ['7000000000000000010']);
    assert.equal(m.sinceText(), '29 Oct');
    assert.deepEqual(m.lookBackChoices().map(c => c.days), [60, 90], 'only longer windows are offered');
    await m.refresh();
    assert.equal(m.windowDays, 30, 'a refresh keeps the longer window');

    m.reset();
    assert.equal(m.windowDays, 14, 'a new connection or setting starts from the setting again');
  });

  test('the first day in Chinese, and at most 90 days', async () => {
    const { m } = model(stubApi(() => []).api, { locale: () => 'zh-cn', t: zhT });
    await m.lookBack(400);
    assert.equal(m.windowDays, 90);
    assert.equal(m.sinceText(), '8月30日');
    assert.deepEqual(m.lookBackChoices(), []);
    assert.deepEqual(texts(m.roots('owed')), ['8月30日以来的面试没有待提交的面评。']);
  });
});

describe('filter by job (#20.5)', () => {
  test('jobs by title from the labels known, no request; both views filtered; interviews not placed yet are counted', async () => {
    const s = stubApi(
      () => [
        interview(NOW - DAY, 60, [{ commit: 2 }], '6100000000000000001'),
        interview(NOW - DAY, 60, [{ commit: 2, who: 'ou_b' }], '6100000000000000002'),
        interview(NOW - 5 * DAY, 60, [{ commit: 1 }], '6100000000000000003'),
      ]
    );
    const { m } = model(s.api);
    await m.refresh();
    const calls = s.calls.length;
    const { jobs, unplaced } = m.jobs();
    assert.deepEqual(jobs.map(j => [j.jobId, j.title, j.interviews]), [['j1', 'Job j1', 1], ['j2', 'Job j2', 1]]);
    assert.equal(unplaced, 1, 'the closed day\'s candidate is not named yet');
    assert.equal(s.calls.length, calls, 'no request for the pick');

    m.setFilters({ job: { jobId: 'j2', title: 'Job j2' } });
    assert.deepEqual(m.owedGroups().map(g => g.interviewerKey), ['ou_b']);
    assert.deepEqual(m.days().flatMap(d => d.interviews.map(i => i.applicationId)), ['6100000000000000002']);
    assert.ok(texts(m.roots('recent')).some(t => /1 interviews are left out: their job is not known yet/.test(t)));
    m.setFilters({ job: undefined });
    assert.equal(m.days().flatMap(d => d.interviews).length, 3);
  });
});

describe('last-known data of the queue (#20.5)', () => {
  test('restored with no request: the same owed records, badge and names, "as of" its listing; a refresh replaces it', async () => {
    const list = () => [interview(NOW - DAY, 60, [{ commit: 2 }], '6100000000000000001'), interview(NOW - 2 * DAY, 60, [{ commit: 2, who: 'ou_b' }])];
    const first = model(stubApi(list).api);
    await first.m.refresh();
    const saved = JSON.parse(JSON.stringify(first.m.saved())) as unknown;

    const s = stubApi(list);
    const { m } = model(s.api, { now: () => NOW + 5 * MIN });
    assert.equal(m.restore(saved), true);
    await m.ensureLoaded();
    assert.deepEqual(s.calls, [], 'no request at all');
    assert.equal(m.owedCount(), first.m.owedCount());
    assert.equal(m.restoredAt, NOW);
    assert.equal(m.label('6100000000000000001')?.candidateName, 'Candidate 01');
    await m.children(m.roots('owed')[0]!);
    await m.labelsSettled();
    assert.deepEqual(s.calls, [], 'names known from the saved data are not asked again');

    await m.refresh();
    assert.equal(m.restoredAt, undefined);
  });

  test('what cannot be used is not shown', () => {
    const { m } = model(stubApi(() => []).api);
    for (const bad of [undefined, null, 'x', { version: 2 }, { version: 1, loadedAt: 1, window: { startMs: 5, endMs: 1, days: 3 }, interviews: [] }]) {
      assert.equal(m.restore(bad), false, JSON.stringify(bad));
    }
    const ok = {
      version: 1,
      loadedAt: NOW,
      window: { startMs: NOW - DAY, endMs: NOW, days: 2 },
      interviews: [{ id: 'not digits' }, fixed('7000000000000000020', NOW - HOUR * 3, 2).raw],
      infos: [{ applicationId: 'x' }],
    };
    assert.equal(m.restore(ok), true);
    assert.deepEqual(owedIds(m), ['7000000000000000020'], 'the unreadable interview is left out');
  });
});

describe('rows that say how it went (#20.4)', () => {
  test('"2 of 3 submitted · 1 pass · 1 pending · last feedback …" in both languages; the stage of an application', () => {
    const iv = interview(NOW - 2 * DAY, 60, [{ commit: 1, conclusion: 1 }, { commit: 1, conclusion: 6 }, { commit: 2 }]);
    const state = interviewState(iv, NOW);
    const submitted = Date.UTC(2026, 10, 25, 7, 5);
    assert.equal(
      interviewSummary(state, submitted, { locale: 'en', timeZone: SHANGHAI, t: formatOnly }),
      '2 of 3 submitted · 1 pass · 1 pending · last feedback 25 Nov, 15:05',
    );
    assert.equal(
      interviewSummary(state, submitted, { locale: 'zh-cn', timeZone: SHANGHAI, t: zhT }),
      '已提交 2/3 · 1 人通过 · 1 人待定 · 最近面评 11月25日 15:05',
    );
    const noShow = interviewState(interview(NOW - DAY, 60, [{ commit: 1, conclusion: 5 }]), NOW);
    assert.equal(interviewSummary(noShow, undefined, { locale: 'en', t: formatOnly }), '1 of 1 submitted · no-show');
    const later = interviewState(interview(NOW + DAY, 60, [{ commit: 2 }]), NOW);
    assert.equal(interviewSummary(later, submitted, { locale: 'en', t: formatOnly }), 'not started yet', 'no feedback time before any was submitted');
    // A server that claims feedback on an interview not begun, before it began, or in the future is not believed.
    const early = interviewState(interview(NOW + DAY, 60, [{ commit: 1, conclusion: 1 }]), NOW);
    assert.equal(interviewSummary(early, NOW - HOUR, { locale: 'en', t: formatOnly }), 'not started yet');
    assert.equal(interviewSummary(state, NOW - 3 * DAY, { locale: 'en', t: formatOnly }), '2 of 3 submitted · 1 pass · 1 pending');
    assert.equal(interviewSummary(state, NOW + DAY, { locale: 'en', t: formatOnly }), '2 of 3 submitted · 1 pass · 1 pending');
    assert.equal(stageText({ zh_name: '初试', en_name: 'First interview' }, 'zh'), '初试');
    assert.equal(stageText({ zh_name: '初试' }, 'en'), '初试');
    assert.equal(stageText({ en_name: 'Offer\nnow' }, 'en'), 'Offer now');
    assert.equal(stageText(undefined, 'en'), undefined);
  });
});

describe('a large company\'s window at the fake (#20.6)', () => {
  let fake: FakeFeishu;
  before(async () => {
    fake = await startFakeFeishu({ now: () => NOW, switches: { companyScale: true } });
  });
  after(async () => {
    await fake.close();
  });

  test('about 2,000 interviews in 20 pages; names for the interviewers open at first only; the others\' when opened', async () => {
    const client = fakeClient(fake);
    const { m } = model(client.hire);
    await client.tokens.get();
    fake.resetStats();
    const report = await m.refresh();
    assert.ok(report.interviews >= 1950 && report.interviews <= 2000, String(report.interviews));
    assert.equal(report.pageRequests, 20);
    assert.equal(fake.stats.count('successorInterviews'), 20);
    const groups = m.owedGroups();
    assert.ok(groups.length > OPEN_INTERVIEWERS * 10, `${groups.length} interviewers owe feedback`);
    const days = m.roots('recent').filter((n): n is DayNode => n.kind === 'day');
    assert.ok(days.every(d => d.open === (d.day.daysAgo <= 1 && d.day.interviews.length <= 50)), 'a day of a large company starts closed');
    const open = new Set([
      ...groups.slice(0, OPEN_INTERVIEWERS).flatMap(g => g.items.map(i => i.applicationId)),
      ...days.filter(d => d.open).flatMap(d => d.day.interviews.map(i => i.applicationId)),
    ]);
    assert.equal(fake.stats.count('application'), open.size, 'one detail per application shown, none other');
    assert.ok(report.nameRequests <= open.size * 3);
    const roots = m.roots('owed').filter((n): n is InterviewerNode => n.kind === 'interviewer');
    assert.deepEqual(roots.map(r => r.open).filter(Boolean).length, OPEN_INTERVIEWERS);
    assert.ok(days.filter(d => !d.open).length >= 12, 'the days before stay closed');

    const closed = roots[OPEN_INTERVIEWERS]!;
    const before = fake.stats.count('application');
    const rows = await m.children(closed);
    assert.ok(rows.length > 0, 'rows at once');
    await m.labelsSettled();
    const added = new Set(closed.group.items.map(i => i.applicationId).filter(id => !open.has(id)));
    assert.equal(fake.stats.count('application') - before, added.size, 'opening a group names its rows');
  });

  test('off by default: the sample tenant stays small', async () => {
    const small = await startFakeFeishu({ now: () => NOW });
    try {
      const client = fakeClient(small);
      const report = await model(client.hire).m.refresh();
      assert.ok(report.interviews < 200, String(report.interviews));
    } finally {
      await small.close();
    }
  });
});

describe('the main tree\'s interview rows (#20.4)', () => {
  test('the last feedback time comes from the successor pages the names already come from: no request of its own', async () => {
    const application = '6100000000000000009';
    const seed = fixed('7000000000000000030', NOW - 2 * DAY, 1, application);
    const successor = parseInterview({ ...seed.raw, feedback_submit_time: NOW - DAY }, 'items[0]');
    const calls: string[] = [];
    const page = <T>(items: T[]) => ({ items, hasMore: false, pageToken: undefined, invalid: [] });
    const api: Partial<HireApi> = {
      getApplication: async id => (calls.push('application'), { id, raw: {}, talent_id: 't1', job_id: 'j1', stage: { zh_name: '终面', en_name: 'Final' } }),
      getTalent: async id => (calls.push('talent'), { id, raw: {}, name: 'Wang Fang' }),
      getJob: async id => (calls.push('job'), { id, raw: {}, title: 'Engineer' }),
      listInterviews: async () => (calls.push('seed'), page([seed])),
      listInterviewsWithNames: async () => (calls.push('names'), page([successor])),
    };
    const tree = new HireTreeModel({ pageSize: () => 20, lang: () => 'en', t: formatOnly }, connectionFor(api));
    const app = await tree.pin({ id: application, raw: {}, talent_id: 't1', job_id: 'j1' });
    await tree.children(app);
    await until('the names walk', () => calls.includes('names'));
    await until('the feedback time', () => tree.interviewNode(app, seed).feedbackSubmitMs === NOW - DAY);
    assert.deepEqual(calls.filter(c => c === 'names' || c === 'seed'), ['seed', 'names'], 'one seed page and the one names page the tree asks anyway');
  });
});
