// The recruiter's queue (Feedback Owed, Recent Interviews): window bounds in the viewer's zone, grouping,
// every edge of issue 12, reminders in both languages, and what a refresh costs at the fake.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FeishuError } from '../../src/feishu/errors';
import { createFeishuClient } from '../../src/feishu/feishuClient';
import { nodeFetchTransport } from '../../src/feishu/nodeFetchTransport';
import { formatOnly } from '../../src/feishu/translate';
import type { ParsedInterview } from '../../src/feishu/validate';
import type { InterviewerNode, QueueRecordNode } from '../../src/model/queue/queueNode';
import { groupByDay, groupByInterviewer, interviewsInWindow, owedItems } from '../../src/model/queue/queueItems';
import { interviewerTitle } from '../../src/model/queue/queueReminder';
import { calendarDaysBetween, queueWindow, startOfDay } from '../../src/model/queue/queueWindow';
import { dayLabel, interviewerDescription, interviewLabel, owedItemLabel, stateText } from '../../src/model/queue/queueLabels';
import { refreshDue } from '../../src/model/queue/refreshSchedule';
import { SAMPLE, startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';
import { DAY, HOUR, interview, MIN, model, newId, NOW, SHANGHAI, stubApi, texts, zhT, type QueueApi, fakeClient } from './queueFixtures';

describe('the window, in the viewer\'s time zone', () => {
  test('the last N calendar days, today included, from local midnight to the last ms of today', () => {
    const shanghai = queueWindow(NOW, 14, SHANGHAI);
    assert.equal(shanghai.startMs, Date.UTC(2026, 10, 13, 16, 0)); // 14 Nov 00:00 +08
    assert.equal(shanghai.endMs, Date.UTC(2026, 10, 27, 16, 0) - 1); // 27 Nov 23:59:59.999 +08
    const la = queueWindow(NOW, 14, 'America/Los_Angeles');
    assert.equal(la.startMs, Date.UTC(2026, 10, 13, 8, 0)); // 13 Nov 00:00 -08
    assert.equal(la.endMs, Date.UTC(2026, 10, 27, 8, 0) - 1);
    assert.deepEqual(queueWindow(NOW, 1, SHANGHAI), { startMs: Date.UTC(2026, 10, 26, 16, 0), endMs: Date.UTC(2026, 10, 27, 16, 0) - 1, days: 1 });
  });

  test('a window across a DST change starts at local midnight, not 24 h multiples', () => {
    // New York leaves DST on 1 November 2026: 31 October is UTC-4, 2 November UTC-5.
    const now = Date.UTC(2026, 10, 2, 15, 0);
    const w = queueWindow(now, 4, 'America/New_York');
    assert.equal(w.startMs, Date.UTC(2026, 9, 30, 4, 0));
    assert.equal(w.endMs, Date.UTC(2026, 10, 3, 5, 0) - 1);
    assert.equal(startOfDay(now, 'America/New_York', -1), Date.UTC(2026, 10, 1, 4, 0));
    assert.equal(calendarDaysBetween(Date.UTC(2026, 9, 31, 3, 59), now, 'America/New_York'), 3);
  });

  test('bad day counts fall back to 14', () => {
    for (const days of [0, 91, 2.5, NaN]) { assert.equal(queueWindow(NOW, days, SHANGHAI).days, 14); }
    assert.equal(queueWindow(NOW, 90, SHANGHAI).days, 90);
  });

  test('the service is asked for exactly the window; an interview exactly at a bound is in, one ms outside is out', async () => {
    const w = queueWindow(NOW, 14, SHANGHAI);
    const atStart = interview(w.startMs, 60, [{ commit: 2 }]);
    const justBefore = interview(w.startMs - 1, 60, [{ commit: 2 }]);
    const atEnd = interview(w.endMs, 60, [{ commit: 1 }]);
    // A lax service that sends one interview too many: the bounds stay ours.
    const lax: QueueApi = {
      ...stubApi(() => []).api,
      async listInterviewsInWindow() {
        return { items: [justBefore, atStart, atEnd], hasMore: false, invalid: [] };
      },
    };
    assert.deepEqual(interviewsInWindow([justBefore, atStart, atEnd], w).map(i => i.id), [atStart.id, atEnd.id]);
    const s = stubApi(() => [justBefore, atStart, atEnd]);
    const { m } = model(s.api);
    await m.refresh();
    assert.deepEqual(s.windows, [{ startMs: w.startMs, endMs: w.endMs, days: 14 }]);
    assert.equal(m.owedCount(), 1);
    const { m: m2 } = model(lax);
    await m2.refresh();
    assert.equal(m2.owedCount(), 1, 'the interview 1 ms before the window is left out');
  });
});

describe('what is owed, grouped by interviewer', () => {
  const endedLongAgo = (): ParsedInterview =>
    interview(NOW - 9 * DAY, 60, [{ who: 'ou_wang', name: { zh_cn: '王磊', en_us: 'Lei Wang' }, commit: 2 }, { commit: 1 }]);

  test('only records not submitted on interviews that have ended; oldest first, interviewer owing the oldest first', () => {
    const list = [
      interview(NOW - 2 * HOUR, 60, [{ who: 'ou_li', commit: 2 }, { who: 'ou_wang', name: { en_us: 'Lei Wang' }, commit: 1 }], '6100000000000000002', 1),
      interview(NOW - 3 * DAY, 60, [{ who: 'ou_li', commit: 2 }, { who: 'ou_wang', name: { en_us: 'Lei Wang' }, commit: 2 }]),
      interview(NOW - 30 * MIN, 60, [{ who: 'ou_li', commit: 2, conclusion: 3 }]), // in progress: not owed
      interview(NOW + 2 * HOUR, 60, [{ who: 'ou_li', commit: 2, conclusion: 3 }]), // not started: not owed
      interview(NOW - 5 * DAY, 45, [{ commit: 1 }, { commit: 1, conclusion: 2 }]), // all submitted: not listed
      endedLongAgo(),
    ];
    const groups = groupByInterviewer(owedItems(list, NOW, 'en', SHANGHAI));
    assert.deepEqual(groups.map(g => [g.interviewerName, g.items.map(i => i.endedDaysAgo)]), [['Lei Wang', [9, 3]], ['Na Li', [3, 0]]]);
    const [ended2hAgo] = groups[1]!.items.slice(-1);
    assert.deepEqual(owedItemLabel(ended2hAgo!, { candidateName: '张伟', jobTitle: 'SRE' }, formatOnly), {
      label: '张伟',
      description: 'SRE · Round 2 · ended today',
    });
    assert.deepEqual(owedItemLabel(groups[0]!.items[0]!, undefined, formatOnly), {
      label: 'Application 6100000000000000001',
      description: 'Round 1 · ended 9 days ago',
    });
  });

  test('an interviewer with no name: the ID, said so; nobody at all: "Unknown interviewer"', async () => {
    const list = [
      interview(NOW - 2 * DAY, 60, [{ who: 'ou_nameless', name: null, commit: 2 }, { who: 'ou_empty', name: { zh_cn: '', en_us: '' }, commit: 2 }]),
      interview(NOW - DAY, 60, [{ who: null, commit: 2 }]),
    ];
    const groups = groupByInterviewer(owedItems(list, NOW, 'en', SHANGHAI));
    assert.deepEqual(groups.map(g => interviewerTitle(g, formatOnly)), [
      'Interviewer ou_nameless (no name sent)',
      'Interviewer ou_empty (no name sent)',
      'Unknown interviewer',
    ]);
    const { m } = model(stubApi(() => list).api);
    await m.refresh();
    assert.match(m.reminder('ou_nameless')!, /^Hi, a friendly reminder/);
    assert.match(m.reminder('')!, /^Hi, a friendly reminder/);
  });

  test('0 owed: an empty-state message and badge 0; 600 owed: six pages, every record, in order', async () => {
    const none = model(stubApi(() => [interview(NOW - DAY, 60, [{ commit: 1 }])]).api);
    await none.m.refresh();
    assert.equal(none.m.owedCount(), 0);
    assert.deepEqual(texts(none.m.roots('owed')), ['No feedback owed for interviews since 14 Nov.']);
    assert.equal(none.m.reminder(), undefined);

    const many = Array.from(
      { length: 600 },
      (_, i) =>
        interview(
          NOW - 13 * DAY + i * 30 * MIN,
          30,
          [{ who: `ou_${i % 7}`, name: { en_us: `Interviewer ${i % 7}` }, commit: 2 }],
          `61000000000000${String(i % 40).padStart(5, '0')}`,
        ),
    );
    const s = stubApi(() => many);
    const big = model(s.api);
    const report = await big.m.refresh();
    assert.equal(big.m.owedCount(), 600);
    assert.equal(report.pageRequests, 6);
    assert.equal(s.calls.filter(c => c === 'list').length, 6);
    const groups = big.m.owedGroups();
    assert.equal(groups.length, 7);
    assert.deepEqual(groups.map(g => g.interviewerKey), ['ou_0', 'ou_1', 'ou_2', 'ou_3', 'ou_4', 'ou_5', 'ou_6']);
    for (const g of groups) {
      assert.ok(g.items.every((item, k) => k === 0 || g.items[k - 1]!.endMs <= item.endMs));
    }
    const roots = big.m.roots('owed') as InterviewerNode[];
    const children = await big.m.children(roots[0]!);
    assert.equal(children.length, groups[0]!.items.length);
    // Names: one detail and one talent per application with owed records, one per job (here 10 job IDs).
    assert.equal(report.nameRequests, 40 * 2 + 10);
    assert.equal(big.m.reminder()!.split('\n').filter(l => /^\d+\. /.test(l)).length, 600);
  });

  test('a record submitted between two refreshes leaves the queue; the next refresh costs no new names', async () => {
    let submitted = false;
    const owedId = newId();
    const build =
      (): ParsedInterview[] => [
        interview(NOW - 2 * DAY, 60, [{ id: owedId, who: 'ou_wang', name: { en_us: 'Lei Wang' }, commit: submitted ? 1 : 2 }, { commit: 2 }]),
      ];
    const fixed = build();
    const s = stubApi(() => submitted ? build().map(iv => ({ ...iv, id: fixed[0]!.id })) : fixed);
    const { m, changes } = model(s.api);
    await m.refresh();
    assert.equal(m.owedCount(), 2);
    assert.deepEqual(m.owedGroups().map(g => g.interviewerKey), ['ou_wang', 'ou_lina']);
    submitted = true;
    const before = changes.count;
    const second = await m.refresh();
    assert.equal(m.owedCount(), 1);
    assert.deepEqual(m.owedGroups().map(g => g.interviewerKey), ['ou_lina']);
    assert.ok(changes.count > before, 'the views were told');
    assert.deepEqual([second.pageRequests, second.nameRequests], [1, 0]);
  });

  test('after a refresh, an interviewer who owes nothing any more and their records no longer resolve (#18.2)', async () => {
    let submitted = false;
    const fixed = interview(NOW - 2 * DAY, 60, [{ who: 'ou_wang', name: { en_us: 'Lei Wang' }, commit: 2 }, { commit: 2 }]);
    const s = stubApi(() =>
      submitted
        ? [{ ...fixed, interview_record_list: fixed.interview_record_list.map(r => r.user_id === 'ou_wang' ? { ...r, commit_status: 1 } : r) }]
        : [fixed]
    );
    const { m } = model(s.api);
    await m.refresh();
    const wang = m.roots('owed').find((n): n is InterviewerNode => n.kind === 'interviewer' && n.group.interviewerKey === 'ou_wang')!;
    const [record] = await m.children(wang);
    assert.equal(m.node(wang.id), wang);
    assert.equal(m.node(record!.id), record);
    submitted = true;
    await m.refresh();
    assert.equal(m.node(wang.id), undefined, 'a command from a stale tree item finds nothing');
    assert.equal(m.node(record!.id), undefined);
    const lina = m.roots('owed').find(n => n.kind === 'interviewer');
    assert.ok(lina && m.node(lina.id) === lina, 'nodes shown after the refresh resolve');
  });

  test('an interview that ends after the refresh becomes owed without a request', async () => {
    let now = NOW;
    const s = stubApi(() => [interview(NOW - 10 * MIN, 60, [{ commit: 2, conclusion: 3 }])]);
    const { m } = model(s.api, { now: () => now });
    await m.refresh();
    assert.equal(m.owedCount(), 0);
    now = NOW + HOUR;
    assert.equal(m.owedCount(), 1);
    assert.equal(s.calls.filter(c => c === 'list').length, 1);
  });
});

describe('recent interviews, by day in the viewer\'s zone', () => {
  test('today, yesterday, then dates; "2 of 3 submitted", pass / fail counts, no-show; not started / in progress', () => {
    const list = [
      interview(Date.UTC(2026, 10, 26, 16, 30), 60, [{ commit: 1 }, { commit: 1, conclusion: 2 }, { commit: 2 }]), // 00:30 today in Shanghai
      interview(Date.UTC(2026, 10, 26, 15, 30), 20, [{ commit: 1, conclusion: 5 }]), // 23:30 yesterday in Shanghai
      interview(NOW + HOUR, 60, [{ commit: 2, conclusion: 3 }]),
      interview(NOW - 10 * MIN, 60, [{ commit: 2, conclusion: 3 }]),
      interview(Date.UTC(2026, 10, 20, 2, 0), 60, [{ commit: 1 }]),
    ];
    const days = groupByDay(list, NOW, SHANGHAI);
    assert.deepEqual(days.map(d => [d.key, d.daysAgo, d.interviews.length]), [['2026-11-27', 0, 3], ['2026-11-26', 1, 1], ['2026-11-20', 7, 1]]);
    const options = { t: formatOnly, locale: 'en', timeZone: SHANGHAI };
    assert.deepEqual(days.map(d => dayLabel(d, options)), [{ label: 'Today', description: '3 interviews · 1 owed' }, {
      label: 'Yesterday',
      description: '1 interview',
    }, { label: 'Fri 20 Nov 2026', description: '1 interview' }]);
    assert.deepEqual(days[0]!.interviews.map(s => stateText(s, formatOnly)), ['2 of 3 submitted · 1 pass · 1 fail', 'in progress', 'not started yet']);
    assert.equal(stateText(days[1]!.interviews[0]!, formatOnly), '1 of 1 submitted · no-show');
    assert.deepEqual(interviewLabel(days[0]!.interviews[0]!, { candidateName: 'Emma Wilson' }, options), {
      label: 'Emma Wilson · Round 1',
      description: '00:30 · 2 of 3 submitted · 1 pass · 1 fail',
    });
    // In Los Angeles the same moments fall on other days.
    assert.deepEqual(groupByDay(list, NOW, 'America/Los_Angeles').map(d => d.key), ['2026-11-26', '2026-11-19']);
  });

  test('a day\'s names are fetched when the day is opened, and its records are the main tree\'s record kind', async () => {
    const s = stubApi(() => [interview(NOW - 3 * DAY, 60, [{ commit: 1 }, { commit: 1 }], '6100000000000000007')]);
    const { m, logs } = model(s.api);
    await m.refresh();
    assert.equal(s.calls.filter(c => c.startsWith('app')).length, 0, 'nothing owed: no names at refresh');
    const day = m.roots('recent').find(n => n.kind === 'day');
    const [iv] = await m.children(day!);
    assert.equal(iv!.kind, 'interview', 'the rows come at once, before their names');
    await m.labelsSettled();
    assert.equal(s.calls.filter(c => c.startsWith('app')).length, 1);
    assert.ok(logs.some(l => /Feedback queue names: 3 requests/.test(l)), logs.join('\n'));
    assert.equal(iv!.kind, 'interview');
    const records = await m.children(iv!) as QueueRecordNode[];
    assert.deepEqual(records.map(r => [r.kind, r.applicationId, r.queue, m.parent(r)?.id]), [['record', '6100000000000000007', 'recent', iv!.id], [
      'record',
      '6100000000000000007',
      'recent',
      iv!.id,
    ]]);
  });
});

describe('states of the views', () => {
  test('signed out: no nodes (the welcome shows), no requests, no badge', async () => {
    const { m } = model(undefined);
    await m.ensureLoaded();
    assert.deepEqual(m.roots('owed'), []);
    assert.deepEqual(m.roots('recent'), []);
    assert.equal(m.owedCount(), 0);
    assert.equal(m.hasLoaded, false);
  });

  test('nothing is fetched until a view asks; the second view reuses the first one\'s listing', async () => {
    const s = stubApi(() => [interview(NOW - DAY, 60, [{ commit: 2 }])]);
    const { m } = model(s.api);
    assert.deepEqual(s.calls, []);
    assert.deepEqual(m.roots('owed'), [], 'not loaded yet');
    await Promise.all([m.ensureLoaded(), m.ensureLoaded()]);
    await m.ensureLoaded();
    assert.equal(s.calls.filter(c => c === 'list').length, 1);
    assert.equal(m.roots('recent').length, 1);
  });

  test('a refused scope: the view names the permission; a later failure keeps the earlier data, marked', async () => {
    let failure: FeishuError | undefined = new FeishuError({ kind: 'api', code: 99991672, msg: 'no scope', missingScopes: ['hire:interview:readonly'] });
    const s = stubApi(() => [interview(NOW - DAY, 60, [{ commit: 2 }])], { fail: () => failure });
    const { m, logs } = model(s.api);
    await m.refresh();
    const [message] = m.roots('owed');
    assert.equal(message?.kind, 'message');
    assert.match(texts([message!])[0]!, /lacks the permission hire:interview:readonly/);
    assert.equal(message?.kind === 'message' ? message.action : undefined, 'checkPermissions');
    assert.match(texts(m.roots('recent'))[0]!, /hire:interview:readonly/);
    assert.ok(logs.some(l => /1 requests = 1 for 0 interviews \+ 0 for names; failed/.test(l)), logs.join('\n'));
    failure = undefined;
    await m.refresh();
    assert.equal(m.owedCount(), 1);
    failure = new FeishuError({ kind: 'network', detail: 'ECONNRESET' });
    await m.refresh();
    assert.equal(m.owedCount(), 1, 'earlier data kept');
    assert.match(texts(m.roots('owed'))[0]!, /^Refresh failed, showing earlier data/);
  });

  test('reset (sign-out, new settings) forgets everything and drops a refresh in flight', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>(resolve => {
      release = resolve;
    });
    const s = stubApi(() => [interview(NOW - DAY, 60, [{ commit: 2 }])]);
    const slow: QueueApi = {
      ...s.api,
      listInterviewsInWindow: async (w, r) => {
        await gate;
        return s.api.listInterviewsInWindow(w, r);
      },
    };
    const { m } = model(slow);
    const first = m.refresh();
    m.reset();
    release();
    await first;
    assert.equal(m.hasLoaded, false);
    assert.deepEqual(m.roots('owed'), []);
  });
});

describe('reminders', () => {
  test('English and Chinese (by the UI language), with candidate, job, round as users count and when it ended', async () => {
    const list = [
      interview(Date.UTC(2026, 10, 18, 2, 0), 60, [{ who: 'ou_wang', name: { zh_cn: '王磊', en_us: 'Lei Wang' }, commit: 2 }], '6100000000000000003', 1),
      interview(NOW - 2 * HOUR, 60, [{ who: 'ou_wang', name: { zh_cn: '王磊', en_us: 'Lei Wang' }, commit: 2 }], '6100000000000000004', 0),
    ];
    const en = model(stubApi(() => list).api);
    await en.m.refresh();
    assert.equal(
      en.m.reminder('ou_wang'),
      [
        'Hi Lei Wang, a friendly reminder: your feedback on these interviews has not been submitted yet:',
        '1. Candidate 03 · Job j3 · Round 2 · ended 9 days ago (Wed 18 Nov 2026)',
        '2. Candidate 04 · Job j4 · Round 1 · ended today (Fri 27 Nov 2026)',
        'Please submit it in Feishu Hire when you can. Thank you!',
      ].join('\n'),
    );
    const zh = model(stubApi(() => list).api, { t: zhT, lang: () => 'zh', locale: () => 'zh-cn' });
    await zh.m.refresh();
    const text = zh.m.reminder('ou_wang')!;
    assert.ok(!text.includes('MISSING:'), text);
    assert.match(text, /^王磊/);
    assert.match(text, /第 2 轮/);
    assert.match(text, /9 天前结束/);
    assert.match(text, /2026年11月18日/);
    assert.match(zh.m.reminder()!, /^@王磊\n/);
  });
});

describe('an interviewer row says since when they owe', () => {
  const described = (endedAgoMs: number, t = zhT) => {
    const list = [interview(NOW - endedAgoMs - HOUR, 60, [{ commit: 2 }])];
    const [group] = groupByInterviewer(owedItems(list, NOW, 'zh', SHANGHAI));
    return interviewerDescription(group!, t);
  };

  test('in Chinese "today" and "yesterday" join 最早 with no space; a number of days keeps its space', () => {
    assert.equal(described(HOUR), '1 份待提交 · 最早今天结束');
    assert.equal(described(DAY), '1 份待提交 · 最早昨天结束');
    assert.equal(described(13 * DAY), '1 份待提交 · 最早 13 天前结束');
  });

  test('in English as before', () => {
    assert.equal(described(HOUR, formatOnly), '1 owed · oldest ended today');
    assert.equal(described(DAY, formatOnly), '1 owed · oldest ended yesterday');
    assert.equal(described(13 * DAY, formatOnly), '1 owed · oldest ended 13 days ago');
  });
});

describe('names with line breaks (#18.9)', () => {
  test('a candidate, job or interviewer name adds no line to a reminder, a label or a title', async () => {
    const list = [interview(NOW - 2 * DAY, 60, [{ who: 'ou_x\nfake', name: { en_us: 'Lei\n\n@all Wang\u202e' }, commit: 2 }], '6100000000000000003')];
    const base = stubApi(() => list).api;
    const api: QueueApi = {
      ...base,
      async getTalent(id) {
        return { id, raw: {}, name: 'Zhang\r\n2. Approve offer for Zhang San\u2066' };
      },
      async getJob(id) {
        return { id, raw: {}, title: 'Engineer\nPS: reply with your password' };
      },
    };
    const { m } = model(api);
    await m.refresh();
    const one = m.reminder('ou_x\nfake')!;
    assert.deepEqual(one.split('\n'), [
      'Hi Lei @all Wang, a friendly reminder: your feedback on these interviews has not been submitted yet:',
      '1. Zhang 2. Approve offer for Zhang San · Engineer PS: reply with your password · Round 1 · ended 2 days ago (Wed 25 Nov 2026)',
      'Please submit it in Feishu Hire when you can. Thank you!',
    ]);
    assert.equal(m.reminder()!.split('\n').length, 4, 'the @ line and the three above');
    const group = m.owedGroups()[0]!;
    assert.equal(interviewerTitle(group, formatOnly), 'Lei @all Wang');
    assert.equal(interviewerTitle({ interviewerKey: 'ou_x\nfake', interviewerName: undefined }, formatOnly), 'Interviewer ou_x fake (no name sent)');
    const label = owedItemLabel(group.items[0]!, m.label(group.items[0]!.applicationId), formatOnly);
    assert.doesNotMatch(`${label.label}${label.description ?? ''}`, /[\n\r\u2066]/);
  });
});

describe('the refresh interval', () => {
  const base = { nowMs: NOW, lastLoadedMs: NOW - 20 * MIN, intervalMinutes: 15, windowFocused: true, loading: false };
  test('off by default, at least 15 minutes, never for a view not yet seen, paused without focus', () => {
    assert.equal(refreshDue(base), true);
    assert.equal(refreshDue({ ...base, intervalMinutes: 0 }), false);
    assert.equal(refreshDue({ ...base, intervalMinutes: 5 }), false);
    assert.equal(refreshDue({ ...base, lastLoadedMs: undefined }), false);
    assert.equal(refreshDue({ ...base, windowFocused: false }), false);
    assert.equal(refreshDue({ ...base, loading: true }), false);
    assert.equal(refreshDue({ ...base, lastLoadedMs: NOW - 14 * MIN }), false);
  });
});

describe('what a refresh costs, measured at the fake (sample tenant)', () => {
  let fake: FakeFeishu;
  before(async () => {
    fake = await startFakeFeishu({ now: () => NOW });
  });
  after(async () => {
    await fake.close();
  });

  test('ceil(interviews in the window / 100) listing requests plus the names the owed records need', async () => {
    const client = fakeClient(fake);
    const { m, logs } = model(client.hire);
    await client.tokens.get();
    fake.resetStats();
    const report = await m.refresh();
    const listing = fake.stats.count('successorInterviews');
    const names = fake.stats.count('application') + fake.stats.count('talent') + fake.stats.count('job');
    assert.equal(listing, Math.ceil(report.interviews / 100));
    const owedApps = new Set(m.owedGroups().flatMap(g => g.items.map(i => i.applicationId)));
    assert.equal(fake.stats.count('application'), owedApps.size);
    assert.equal(fake.stats.count('talent'), owedApps.size);
    assert.deepEqual([report.pageRequests, report.nameRequests], [listing, names]);
    assert.equal(fake.stats.requests.length, listing + names, 'nothing else was asked');
    assert.ok(m.owedCount() > 0, 'sample mode always has a queue');
    // The figure for the README / report.
    console.log(
      `default refresh in the sample tenant: ${
        listing + names
      } requests (${listing} listing for ${report.interviews} interviews + ${names} names; ${m.owedCount()} owed)`,
    );
    assert.ok(logs.some(l => l.includes(`${listing + names} requests`)));
    assert.deepEqual([listing, report.interviews, names], [1, 73, 12], 'the figure quoted in README.md');

    fake.resetStats();
    const again = await m.refresh();
    assert.deepEqual([again.pageRequests, again.nameRequests, fake.stats.requests.length], [listing, 0, listing], 'names are kept');
    // Ready for Debrief (#21) comes from the same listing: no request of its own, every interview ended and submitted.
    fake.resetStats();
    const ready = m.readyForDebrief();
    assert.equal(fake.stats.requests.length, 0);
    assert.ok(ready.length > 0, 'the sample tenant has applications ready for a debrief');
    assert.ok(
      ready.every(r =>
        r.interviews.every(i => (i.end_time ?? Infinity) <= NOW && i.interview_record_list.every(x => x.commit_status === 1 || x.conclusion === 5))
      ),
    );
    assert.deepEqual(ready.map(r => r.lastMs), [...ready.map(r => r.lastMs)].sort((a, b) => b - a), 'newest first');
    assert.equal(m.roots('recent')[0]?.kind, 'readyGroup');
  });

  test('a refused scope at the fake: the view names hire:interview:readonly', async () => {
    fake.set({ disabledScopes: [SAMPLE.interviewScope] });
    try {
      const client = createFeishuClient({
        baseUrl: fake.baseUrl,
        fetch: nodeFetchTransport,
        credentials: async () => ({ appId: fake.appId, appSecret: fake.appSecret }),
      });
      const { m } = model(client.hire);
      await m.refresh();
      assert.match(texts(m.roots('owed'))[0]!, /hire:interview:readonly/);
      assert.equal(m.owedCount(), 0);
    } finally {
      fake.set({ disabledScopes: [] });
    }
  });
});
