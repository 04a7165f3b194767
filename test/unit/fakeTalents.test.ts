// The fake's talents search, talent-ID lookup, a talent's applications and the jobs list behave as the docs say
// (contract §9, the official SDK's types): over real HTTP, as any client would see them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SAMPLE } from '../../src/fakeFeishu/server';
import { fakeForFile, type FakeReply, type Obj } from './fakeHttp';

const { fake, token, get } = fakeForFile();
const data = (r: FakeReply): Obj => r.body['data'] as Obj;
const items = (r: FakeReply): Obj[] => (data(r)['items'] ?? []) as Obj[];
const names = (r: FakeReply): string[] => items(r).map(i => (i['basic_info'] as Obj)['name'] as string);
const search = (keyword: string, more: [string, string][] = []): Promise<FakeReply> =>
  get('/hire/v1/talents', [['keyword', keyword], ['query_option', 'ignore_empty_error'], ['page_size', '20'], ...more]);

async function post(path: string, body: string): Promise<FakeReply> {
  const res = await fetch(new URL(`/open-apis${path}`, fake().baseUrl), {
    method: 'POST',
    headers: { Authorization: `Bearer ${token()}`, 'Content-Type': 'application/json' },
    body,
  });
  return { status: res.status, body: (await res.json()) as Obj };
}

describe('the fake talents list', () => {
  test('page_size: 10 by default, at most 20; page_token continues without repeats', async () => {
    const first = await get('/hire/v1/talents');
    assert.equal(first.body['code'], 0);
    assert.equal(items(first).length, 10);
    assert.equal(data(first)['has_more'], true);
    const second = await get('/hire/v1/talents', [['page_size', '20'], ['page_token', data(first)['page_token'] as string]]);
    assert.equal(items(second).length, 20);
    assert.equal(new Set([...items(first), ...items(second)].map(i => i['id'])).size, 30);
    for (const size of ['21', '0', 'ten']) {
      assert.equal((await get('/hire/v1/talents', [['page_size', size]])).body['code'], 1002002, size);
    }
  });

  test('the keyword is fuzzy on the name: part of it, any case, spaces ignored', async () => {
    assert.ok(names(await search('张伟')).includes('张伟'));
    assert.ok(names(await search('emma')).includes('Emma Wilson'));
    assert.ok(names(await search('EmmaWil')).includes('Emma Wilson'));
  });

  test('and / or / not: both words, either word, without the word', async () => {
    const emma = names(await search('Emma'));
    const wilson = names(await search('Wilson'));
    const both = names(await search('Emma and Wilson'));
    assert.ok(both.length > 0 && both.every(n => /emma/i.test(n) && /wilson/i.test(n)));
    assert.deepEqual(names(await search('Emma Wilson')).sort(), [...both].sort(), 'words without an operator all count');
    const either = names(await search('Emma or Wilson', [['page_size', '20']]));
    assert.ok(either.every(n => /emma|wilson/i.test(n)));
    assert.ok(either.length >= Math.min(20, new Set([...emma, ...wilson]).size));
    const notWilson = names(await search('Emma not Wilson'));
    assert.ok(notWilson.every(n => /emma/i.test(n) && !/wilson/i.test(n)));
  });

  test('sort_by 2: the exact name first', async () => {
    const byRelevance = names(await search('张伟', [['sort_by', '2']]));
    assert.equal(byRelevance[0], '张伟');
    assert.equal((await search('张伟', [['sort_by', 'x']])).body['code'], 1002002);
  });

  test('an empty result: [] with query_option=ignore_empty_error, else 1002002', async () => {
    const empty = await search('Zyxwvut');
    assert.equal(empty.body['code'], 0);
    assert.deepEqual(items(empty), []);
    const refused = await get('/hire/v1/talents', [['keyword', 'Zyxwvut']]);
    assert.equal(refused.body['code'], 1002002);
    assert.equal((await get('/hire/v1/talents', [['keyword', '张'], ['query_option', 'other']])).body['code'], 1002002);
  });

  test('each result carries basic_info (name, mobile, email) and a career_list', async () => {
    const zhang = items(await search('张伟')).find(i => i['id'] === SAMPLE.talentZhangWei) as Obj;
    const basic = zhang['basic_info'] as Obj;
    assert.match(basic['mobile'] as string, /^1\d{10}$/);
    assert.equal(basic['email'], 'candidate0@example.com');
    assert.ok(Array.isArray(zhang['career_list']));
  });

  test('20 requests a second, then 99991400 with the reset header', async () => {
    const replies = await Promise.all(Array.from({ length: 21 }, () => search('张')));
    const limited = replies.filter(r => r.body['code'] === 99991400);
    assert.equal(limited.length, 1);
    assert.equal(limited[0]?.status, 429);
  });

  test('the scope is hire:talent:readonly (or hire:talent)', async () => {
    fake().set({ disabledScopes: ['hire:talent:readonly'] });
    const refused = await search('张伟');
    assert.equal(refused.body['code'], 99991672);
    assert.match(JSON.stringify(refused.body), /hire:talent:readonly/);
  });
});

describe('the fake talent-ID lookup (batch_get_id)', () => {
  test('by exact mobile (mobile_code 86 by default) and by e-mail, any case', async () => {
    const basic = (await get(`/hire/v1/talents/${SAMPLE.talentEmmaWilson}`)).body;
    const info = ((basic['data'] as Obj)['talent'] as Obj)['basic_info'] as Obj;
    const byMobile = await post('/hire/v1/talents/batch_get_id', JSON.stringify({ mobile_number_list: [info['mobile']] }));
    assert.deepEqual(((data(byMobile)['talent_list']) as Obj[]).map(t => t['talent_id']), [SAMPLE.talentEmmaWilson]);
    const byEmail = await post('/hire/v1/talents/batch_get_id', JSON.stringify({ email_list: [(info['email'] as string).toUpperCase()] }));
    assert.deepEqual(((data(byEmail)['talent_list']) as Obj[]).map(t => t['talent_id']), [SAMPLE.talentEmmaWilson]);
    const otherCountry = await post('/hire/v1/talents/batch_get_id', JSON.stringify({ mobile_code: '65', mobile_number_list: [info['mobile']] }));
    assert.deepEqual(data(otherCountry)['talent_list'], []);
    const partial = await post('/hire/v1/talents/batch_get_id', JSON.stringify({ mobile_number_list: [(info['mobile'] as string).slice(0, 7)] }));
    assert.deepEqual(data(partial)['talent_list'], [], 'exact, not fuzzy');
  });

  test('a body that is not JSON, or lists of the wrong type, get 1002002; a GET is the gateway 404', async () => {
    assert.equal((await post('/hire/v1/talents/batch_get_id', 'nope')).body['code'], 1002002);
    assert.equal((await post('/hire/v1/talents/batch_get_id', '{"email_list":"a@b.c"}')).body['code'], 1002002);
    assert.equal((await post('/hire/v1/talents/batch_get_id', JSON.stringify({ email_list: Array(101).fill('a@b.c') }))).body['code'], 1002002);
    const res = await fetch(new URL('/open-apis/hire/v1/talents/batch_get_id', fake().baseUrl), { headers: { Authorization: `Bearer ${token()}` } });
    assert.equal(res.status, 404);
  });
});

describe('the fake\'s applications of a talent and jobs list', () => {
  test('applications?talent_id= lists only that talent’s applications', async () => {
    const list = await get('/hire/v1/applications', [['talent_id', SAMPLE.talentZhangWei], ['page_size', '100']]);
    const ids = data(list)['items'] as string[];
    assert.ok(ids.includes(SAMPLE.appWith120));
    assert.ok(!ids.includes(SAMPLE.appWith7));
  });

  test('jobs: 10 a page by default, at most 20, paged by token; scope hire:job:readonly', async () => {
    const first = await get('/hire/v1/jobs', [['page_size', '4']]);
    assert.equal(items(first).length, 4);
    const rest = await get('/hire/v1/jobs', [['page_size', '20'], ['page_token', data(first)['page_token'] as string]]);
    assert.equal(data(rest)['has_more'], false);
    assert.ok([...items(first), ...items(rest)].some(j => j['title'] === 'Senior Backend Engineer'));
    assert.equal((await get('/hire/v1/jobs', [['page_size', '21']])).body['code'], 1002002);
    fake().set({ disabledScopes: ['hire:job:readonly'] });
    assert.equal((await get('/hire/v1/jobs')).body['code'], 99991672);
  });
});
