// The fake's successor endpoint with time filters, and the sample interviews that move with its clock, over real HTTP.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSwitches, SAMPLE, startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';

type Obj = Record<string, unknown>;
interface Res {
  status: number;
  body: Obj;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// A fixed clock in the middle of a UTC day, so IDs (taken from the UTC day) stay put while it moves a little.
const NOON = Date.UTC(2027, 2, 10, 12, 7, 30);
let clock = NOON;
let fake: FakeFeishu;

before(async () => {
  fake = await startFakeFeishu({ now: () => clock });
});
after(async () => {
  await fake.close();
});
beforeEach(() => {
  clock = NOON;
  Object.assign(fake.switches, defaultSwitches());
  fake.resetStats();
});

async function token(): Promise<string> {
  const res = await fetch(`${fake.baseUrl}/open-apis/auth/v3/tenant_access_token/internal`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ app_id: fake.appId, app_secret: fake.appSecret }),
  });
  return (await res.json() as { tenant_access_token: string; }).tenant_access_token;
}

async function get(path: string, query: Record<string, string>): Promise<Res> {
  const url = new URL(`/open-apis${path}`, fake.baseUrl);
  for (const [key, value] of Object.entries(query)) { url.searchParams.set(key, value); }
  const res = await fetch(url, { headers: { Authorization: `Bearer ${await token()}` } });
  return { status: res.status, body: await res.json() as Obj };
}

const data = (res: Res): Obj => res.body['data'] as Obj;
const items = (res: Res): Obj[] => (data(res)['items'] ?? []) as Obj[];
const records = (interview: Obj): Obj[] => interview['interview_record_list'] as Obj[];

async function window(startMs: number, endMs: number): Promise<Obj[]> {
  const out: Obj[] = [];
  let pageToken = '';
  for (let page = 0; page < 100; page++) {
    const res = await get('/hire/v1/interviews', {
      start_time: String(startMs),
      end_time: String(endMs),
      page_size: '100',
      ...(pageToken ? { page_token: pageToken } : {}),
    });
    assert.equal(res.body['code'], 0, JSON.stringify(res.body));
    out.push(...items(res));
    if (data(res)['has_more'] !== true) { return out; }
    pageToken = data(res)['page_token'] as string;
  }
  throw new Error('more than 100 pages');
}

/** The applications appended after the fixed 300: the ones that move with the clock. */
async function recentApplicationIds(): Promise<string[]> {
  const all: string[] = [];
  let pageToken = '';
  for (;;) {
    const res = await get('/hire/v1/applications', { page_size: '100', ...(pageToken ? { page_token: pageToken } : {}) });
    all.push(...items(res) as unknown as string[]);
    if (data(res)['has_more'] !== true) { break; }
    pageToken = data(res)['page_token'] as string;
  }
  return all.slice(300);
}

describe('successor time filters', () => {
  test('bounds on the interview start, both inclusive; ms as strings; page_size up to 100', async () => {
    const around = await window(clock - 30 * DAY, clock + 3 * DAY);
    assert.ok(around.length > 0);
    for (const iv of around) {
      const begin = iv['begin_time'] as number;
      assert.ok(begin >= clock - 30 * DAY && begin <= clock + 3 * DAY);
    }
    const target = around[Math.floor(around.length / 2)]!;
    const begin = target['begin_time'] as number;
    const at = await window(begin, begin);
    assert.ok(at.some(iv => iv['id'] === target['id']), 'an interview exactly at both bounds is in');
    assert.ok(!(await window(begin + 1, begin + HOUR)).some(iv => iv['id'] === target['id']), 'one ms after its start: out');
    assert.ok(!(await window(begin - HOUR, begin - 1)).some(iv => iv['id'] === target['id']), 'one ms before its start: out');
    // end time alone, or start time alone, is enough of a filter
    const onlyStart = await get('/hire/v1/interviews', { start_time: String(begin), page_size: '5' });
    assert.equal(onlyStart.body['code'], 0);
    assert.ok(items(onlyStart).every(iv => (iv['begin_time'] as number) >= begin));
  });

  test('no filter, a bad time or page_size over 100: the parameter error 1002002 naming the field', async () => {
    const field = (res: Res): unknown => ((res.body['error'] as Obj)['field_violations'] as Obj[])[0]?.['field'];
    const none = await get('/hire/v1/interviews', { page_size: '10' });
    assert.deepEqual([none.status, none.body['code'], field(none)], [400, 1002002, 'application_id']);
    for (const [name, value] of [['start_time', '0'], ['end_time', '-1'], ['start_time', '1.5e12'], ['end_time', 'yesterday']]) {
      const bad = await get('/hire/v1/interviews', { [name as string]: value as string });
      assert.deepEqual([bad.body['code'], field(bad)], [1002002, name], `${name}=${value}`);
    }
    const big = await get('/hire/v1/interviews', { start_time: String(clock - DAY), page_size: '101' });
    assert.deepEqual([big.body['code'], field(big)], [1002002, 'page_size']);
    const pages = await get('/hire/v1/interviews', { start_time: String(clock - 200 * DAY), end_time: String(clock), page_size: '100' });
    assert.equal(items(pages).length, 100);
  });

  test('the fields the queue reads: feedback_submit_time, interview_round_summary, stage name, interviewer id and name', async () => {
    for (const iv of await window(clock - 14 * DAY, clock)) {
      assert.equal(typeof iv['interview_round_summary'], 'number');
      assert.equal(typeof iv['application_id'], 'string');
      const stage = iv['stage'] as { id: string; name: { zh_cn: string; en_us: string; }; };
      assert.ok(stage.name.zh_cn && stage.name.en_us);
      for (const record of records(iv)) {
        const interviewer = record['interviewer'] as { id: string; name: { zh_cn: string; en_us: string; }; };
        assert.equal(interviewer.id, record['user_id']);
        assert.ok(interviewer.name.zh_cn && interviewer.name.en_us);
        assert.equal('feedback_submit_time' in record, false, 'a field of the interview, not of its records');
      }
      const anySubmitted = records(iv).some(r => r['commit_status'] === 1);
      assert.equal(typeof iv['feedback_submit_time'], anySubmitted ? 'number' : 'undefined');
    }
  });
});

describe('sample interviews relative to the clock', () => {
  const owedOn = (iv: Obj): number => records(iv).filter(r => r['commit_status'] === 2).length;

  test('overdue by more than a week, ended today, in progress, not yet started, all submitted, a no-show', async () => {
    const ids = new Set(await recentApplicationIds());
    assert.equal(ids.size, SAMPLE.applicationCount - 300);
    const recent = (await window(clock - 30 * DAY, clock + 3 * DAY)).filter(iv => ids.has(iv['application_id'] as string));
    const ended = recent.filter(iv => (iv['end_time'] as number) <= clock);
    assert.ok(ended.some(iv => owedOn(iv) > 0 && (iv['end_time'] as number) < clock - 7 * DAY), 'overdue by more than a week');
    assert.ok(ended.some(iv => owedOn(iv) > 0 && (iv['end_time'] as number) > clock - 3 * HOUR), 'ended within the last hours');
    assert.ok(ended.some(iv => owedOn(iv) === 0 && records(iv).every(r => r['conclusion'] === 1 || r['conclusion'] === 2)), 'all submitted');
    assert.ok(ended.some(iv => records(iv).every(r => r['conclusion'] === 5)), 'a no-show');
    const future = recent.filter(iv => (iv['begin_time'] as number) > clock);
    const running = recent.filter(iv => (iv['begin_time'] as number) <= clock && (iv['end_time'] as number) > clock);
    for (const iv of [...future, ...running]) {
      assert.ok(records(iv).every(r => r['commit_status'] === 2 && r['conclusion'] === 3), 'nothing submitted before the interview ends');
    }
    assert.ok(future.length > 0 && running.length > 0);
    for (const iv of recent) {
      for (const r of records(iv)) {
        if (typeof r['feedback_submit_time'] === 'number') {
          assert.ok(r['feedback_submit_time'] <= clock && r['feedback_submit_time'] >= (iv['end_time'] as number));
        }
      }
    }
  });

  test('times follow the clock; IDs stay the same all day; the fixed tenant does not move', async () => {
    const ids = new Set(await recentApplicationIds());
    const before = await window(clock - 30 * DAY, clock + 3 * DAY);
    clock = NOON + 2 * HOUR;
    const later = await window(clock - 30 * DAY, clock + 3 * DAY);
    const pick = (list: Obj[], recent: boolean): Obj[] => list.filter(iv => ids.has(iv['application_id'] as string) === recent);
    assert.deepEqual(pick(later, true).map(iv => iv['id']), pick(before, true).map(iv => iv['id']));
    assert.deepEqual(pick(later, true).map(iv => iv['begin_time']), pick(before, true).map(iv => (iv['begin_time'] as number) + 2 * HOUR));
    assert.deepEqual(await recentApplicationIds(), [...ids]);
    // The fixed part: the same interviews at the same times, whatever the clock says.
    const fixedBefore = pick(await window(NOON - 30 * DAY, NOON), false);
    clock = NOON + 40 * DAY;
    assert.deepEqual(pick(await window(NOON - 30 * DAY, NOON), false), fixedBefore);
  });

  test('a recent interview is reachable as any other: by interview_id, the seed endpoint and the application detail', async () => {
    const [applicationId] = await recentApplicationIds();
    const seed = items(await get(`/hire/v1/applications/${applicationId!}/interviews`, { page_size: '50' }));
    assert.ok(seed.length > 0);
    const byId = items(await get('/hire/v1/interviews', { interview_id: seed[0]!['id'] as string }));
    assert.deepEqual(byId.map(iv => [iv['id'], iv['begin_time'], iv['round']]), [[seed[0]!['id'], seed[0]!['begin_time'], 0]]);
    const detail = await get(`/hire/v1/applications/${applicationId!}`, {});
    assert.equal((data(detail)['application'] as Obj)['id'], applicationId);
    const talentId = (data(detail)['application'] as Obj)['talent_id'] as string;
    assert.equal((await get(`/hire/v1/talents/${talentId}`, {})).body['code'], 0);
  });
});
