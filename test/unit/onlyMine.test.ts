// Mine everywhere (#22.3): who "I" am by the profile's ID type, Only Mine in Feedback Owed and Recent Interviews
// beside Filter by Job, and Copy Reminder never reminding me of my own feedback.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fetchUser } from '../../src/feishu/oauth/tokenEndpoint';
import { parseUserSession } from '../../src/feishu/oauth/userSessionJson';
import { interviewersSeen, meOfPick, meOfUser, ofMine, readPicks, userNameIn } from '../../src/model/mine/me';
import { othersThanMe } from '../../src/model/queue/queueFilters';
import { groupByInterviewer, owedItems } from '../../src/model/queue/queueItems';
import type { InterviewerNode } from '../../src/model/queue/queueNode';
import type { Viewer } from '../../src/model/noPeeking/othersHidden';
import { DAY, interview, model, NOW, SHANGHAI, stubApi, texts } from './queueFixtures';

const user = { openId: 'ou_me', unionId: 'on_me', userId: 'u_me', name: 'Me' };

describe('who I am, by the ID type the profile uses', () => {
  test('the signed-in person is named in the viewer\'s language (user_info\'s name is the Chinese one)', () => {
    assert.equal(userNameIn({ name: '张伟', enName: 'Wei Zhang' }, 'en'), 'Wei Zhang');
    assert.equal(userNameIn({ name: '张伟', enName: 'Wei Zhang' }, 'zh'), '张伟');
    assert.equal(userNameIn({ name: '张伟' }, 'en'), '张伟');
  });
  test('the signed-in person matches by the one ID of the profile\'s user_id_type, not by the others', () => {
    assert.deepEqual([...meOfUser(user, 'open_id')!.ids], ['ou_me']);
    assert.deepEqual([...meOfUser(user, 'union_id')!.ids], ['on_me']);
    assert.deepEqual([...meOfUser(user, 'user_id')!.ids], ['u_me']);
    assert.equal(meOfUser(user, 'open_id')!.from, 'signedIn');
  });

  test('user_id without its scope (user_info sent none), or no union_id: unknown, so I Am… is offered, never a wrong match', () => {
    assert.equal(meOfUser({ openId: 'ou_me', unionId: 'on_me' }, 'user_id'), undefined);
    assert.equal(meOfUser({ openId: 'ou_me' }, 'union_id'), undefined);
  });

  test('user_info\'s user_id is read when sent and kept in the stored session; absent, it stays absent', async () => {
    const http = (data: Record<string, unknown>) => ({ request: async () => ({ body: { code: 0, data } }) });
    const withId = await fetchUser(http({ open_id: 'ou_me', union_id: 'on_me', user_id: 'u_me', name: 'Me' }) as never, 'tok');
    assert.equal(withId.userId, 'u_me');
    const without = await fetchUser(http({ open_id: 'ou_me', name: 'Me' }) as never, 'tok');
    assert.equal(without.userId, undefined);
    const stored = JSON.stringify({ baseUrl: 'https://open.feishu.cn', appId: 'cli', user: withId, tokens: { accessToken: 'a', expiresAtMs: 1 } });
    assert.equal(parseUserSession(stored)?.user.userId, 'u_me');
  });

  test('a pick is one ID; the interviewers seen are offered most interviews first, each counted once per interview', () => {
    assert.deepEqual([...meOfPick({ id: 'ou_wang', name: 'Wang' }).ids], ['ou_wang']);
    const list = [
      interview(NOW - 2 * DAY, 60, [{ who: 'ou_wang', name: { en_us: 'Wang Lei' }, commit: 2 }, { who: 'ou_lina', commit: 1 }]),
      interview(NOW - DAY, 60, [{ who: 'ou_wang', name: { en_us: 'Wang Lei' }, commit: 1 }, { who: 'ou_wang', commit: 1 }]),
      interview(NOW - DAY, 60, [{ who: null, commit: 2 }]),
    ];
    assert.deepEqual(interviewersSeen(list, 'en').map(p => [p.id, p.name, p.interviews]), [['ou_wang', 'Wang Lei', 2], ['ou_lina', 'Na Li', 1]]);
    assert.deepEqual(ofMine(list, meOfPick({ id: 'ou_lina' })).map(i => i.id), [list[0]!.id]);
  });

  test('a record naming nobody is never mine', () => {
    const list = [interview(NOW - DAY, 60, [{ who: null, commit: 2 }])];
    const groups = groupByInterviewer(owedItems(list, NOW, 'en', SHANGHAI));
    assert.equal(othersThanMe(groups, { ids: new Set(['']) }).length, 1);
  });
});

function queue(me: () => Viewer | undefined) {
  const list = [
    // I owe this one; Wang owes it too.
    interview(
      NOW - 3 * DAY,
      60,
      [{ who: 'ou_me', name: { en_us: 'Me' }, commit: 2 }, { who: 'ou_wang', name: { en_us: 'Wang Lei' }, commit: 2 }],
      '6100000000000000001',
    ),
    // Only Wang, another job.
    interview(NOW - 2 * DAY, 60, [{ who: 'ou_wang', name: { en_us: 'Wang Lei' }, commit: 2 }], '6100000000000000002'),
    // Mine, submitted, the second job.
    interview(NOW - DAY, 60, [{ who: 'ou_me', name: { en_us: 'Me' }, commit: 1 }], '6100000000000000002'),
  ];
  return { ...model(stubApi(() => list).api, { me }), list };
}

describe('Only Mine in Feedback Owed and Recent Interviews', () => {
  test('on: Feedback Owed keeps only what I owe, Recent Interviews only the interviews I am on; off: everyone again', async () => {
    const { m } = queue(() => meOfPick({ id: 'ou_me' }));
    await m.refresh();
    assert.deepEqual(texts(m.roots('owed')), ['Me', 'Wang Lei']);
    m.setFilters({ mine: true });
    assert.equal(m.onlyMine, true);
    assert.deepEqual(texts(m.roots('owed')), ['Me']);
    assert.equal(m.owedCount(), 1, 'the badge counts my debts only');
    const days = m.roots('recent').filter(n => n.kind === 'day');
    const listed = (await Promise.all(days.map(d => m.children(d)))).flat();
    assert.equal(listed.length, 2, 'the two interviews I am on');
    m.setFilters({ mine: false });
    assert.deepEqual(texts(m.roots('owed')), ['Me', 'Wang Lei']);
  });

  test('with nobody known, Only Mine does not hold: the views show everyone and say nothing is filtered', async () => {
    let me: Viewer | undefined = meOfPick({ id: 'ou_me' });
    const { m } = queue(() => me);
    await m.refresh();
    m.setFilters({ mine: true });
    me = undefined;
    m.setFilters();
    assert.equal(m.onlyMine, false);
    assert.deepEqual(texts(m.roots('owed')), ['Me', 'Wang Lei']);
  });

  test('beside Filter by Job: both hold at once, and a reset (another profile) clears both', async () => {
    const { m } = queue(() => meOfPick({ id: 'ou_me' }));
    await m.refresh();
    await m.ensureLabelsFor('owed');
    await m.ensureLabelsFor('recent');
    m.setFilters({ job: { jobId: 'j2' }, mine: true });
    assert.deepEqual(texts(m.roots('owed')), ['No feedback owed for interviews since 14 Nov.'], 'my debt is for job j1');
    m.setFilters({ job: { jobId: 'j1' } });
    assert.deepEqual(texts(m.roots('owed')), ['Me'], 'Only Mine stays on when the job changes');
    m.reset();
    assert.equal(m.onlyMine, false);
    assert.equal(m.filter, undefined);
  });
});

describe('Only Mine in Ready for Debrief', () => {
  const A = '6100000000000000011';
  const B = '6100000000000000012';
  const C = '6100000000000000013';
  const ready = (m: ReturnType<typeof model>['m']) =>
    m.roots('recent').flatMap(n => n.kind === 'readyGroup' ? n.ready.map(r => [r.applicationId, r.interviews.length, r.pass]) : []);

  test('on: only the candidates I interviewed, still judged and counted on every interviewer\'s feedback; off: all again', async () => {
    const list = [
      // A: my round and Wang's, all in: ready, mine, both rounds counted.
      interview(NOW - 3 * DAY, 60, [{ who: 'ou_me', commit: 1 }], A),
      interview(NOW - 2 * DAY, 60, [{ who: 'ou_wang', commit: 1 }], A),
      // B: Wang's only, all in: ready, not mine.
      interview(NOW - 2 * DAY, 60, [{ who: 'ou_wang', commit: 1 }], B),
      // C: mine is in, Wang still owes his round: not ready, whoever looks.
      interview(NOW - 3 * DAY, 60, [{ who: 'ou_me', commit: 1 }], C),
      interview(NOW - 2 * DAY, 60, [{ who: 'ou_wang', commit: 2 }], C),
    ];
    const { m } = model(stubApi(() => list).api, { me: () => meOfPick({ id: 'ou_me' }) });
    await m.refresh();
    await m.ensureLabelsFor('recent');
    assert.deepEqual(ready(m), [[A, 2, 2], [B, 1, 1]]);
    m.setFilters({ mine: true });
    assert.deepEqual(ready(m), [[A, 2, 2]]);
    assert.deepEqual(m.readyForDebrief().map(r => r.applicationId), [A], 'what the view shows is what the model hands out');
    m.setFilters({ mine: false });
    assert.deepEqual(ready(m), [[A, 2, 2], [B, 1, 1]]);
  });

  test('beside Filter by Job: only that job\'s ready candidates, and with Only Mine too, those of mine among them', async () => {
    const list = [interview(NOW - 2 * DAY, 60, [{ who: 'ou_me', commit: 1 }], A), interview(NOW - 2 * DAY, 60, [{ who: 'ou_wang', commit: 1 }], B)];
    const { m } = model(stubApi(() => list).api, { me: () => meOfPick({ id: 'ou_me' }) });
    await m.refresh();
    await m.ensureLabelsFor('recent');
    m.setFilters({ job: { jobId: 'j2' } });
    assert.deepEqual(ready(m), [[B, 1, 1]], 'B is of job j2, A of j1');
    m.setFilters({ mine: true });
    assert.deepEqual(ready(m), []);
    m.setFilters({ job: { jobId: 'j1' } });
    assert.deepEqual(ready(m), [[A, 1, 1]]);
  });

  test('on, and I interviewed none of the ready candidates: no Ready for Debrief group', async () => {
    const list = [interview(NOW - 2 * DAY, 60, [{ who: 'ou_wang', commit: 1 }], B), interview(NOW - DAY, 60, [{ who: 'ou_me', commit: 2 }], A)];
    const { m } = model(stubApi(() => list).api, { me: () => meOfPick({ id: 'ou_me' }) });
    await m.refresh();
    assert.deepEqual(ready(m), [[B, 1, 1]]);
    m.setFilters({ mine: true });
    assert.deepEqual(ready(m), []);
  });
});

describe('Copy Reminder never reminds me of my own feedback', () => {
  test('everyone\'s reminder leaves me out; mine alone is undefined; whom to pick lists the others only', async () => {
    const { m } = queue(() => meOfPick({ id: 'ou_me' }));
    await m.refresh();
    const all = m.reminder()!;
    assert.match(all, /^@Wang Lei\n/);
    assert.doesNotMatch(all, /@Me\b/);
    assert.equal(m.reminder('ou_me'), undefined);
    assert.ok(m.reminder('ou_wang'));
    assert.deepEqual(m.remindable().map(g => g.interviewerKey), ['ou_wang']);
  });

  test('nobody known: everyone is reminded as before', async () => {
    const { m } = queue(() => undefined);
    await m.refresh();
    assert.deepEqual(m.remindable().map(g => g.interviewerKey), ['ou_me', 'ou_wang']);
    assert.match(m.reminder()!, /@Me\n/);
  });

  test('Only Mine on and only I owe: nothing to remind anyone of', async () => {
    const { m } = queue(() => meOfPick({ id: 'ou_me' }));
    await m.refresh();
    m.setFilters({ mine: true });
    assert.equal(m.owedCount(), 1);
    assert.equal(m.reminder(), undefined);
    const mine = m.roots('owed').find((n): n is InterviewerNode => n.kind === 'interviewer');
    assert.equal(mine?.group.interviewerKey, 'ou_me');
  });
});

describe('the I Am… picks kept in globalState', () => {
  test('damaged or foreign values read as no pick; an oversized ID is dropped, a long name cut', () => {
    for (const bad of [undefined, null, 'ou_me', [{ id: 'ou_me' }], 42]) { assert.deepEqual(readPicks(bad), {}); }
    assert.deepEqual(readPicks({ p1: { id: 'ou_me', name: 'Me' }, p2: { id: '' }, p3: 'x', p4: { id: 'x'.repeat(201) }, p5: { id: 7 } }), {
      p1: { id: 'ou_me', name: 'Me' },
    });
    assert.equal(readPicks({ p1: { id: 'ou_me', name: 'n'.repeat(500) } })['p1']!.name!.length, 200);
  });
});
