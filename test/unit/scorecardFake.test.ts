// The fake's scorecard endpoints over real HTTP: v2 interview records and contact job levels,
// consistent with the seed records they describe.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { JOB_LEVEL_SCOPE } from '../../src/fakeFeishu/jobLevelIds';
import { SAMPLE } from '../../src/fakeFeishu/server';
import { fakeForFile, type Obj } from './fakeHttp';

const { fake, token, get } = fakeForFile();

const data = (r: { body: Obj; }): Obj => r.body['data'] as Obj;

async function seedInterviews(applicationId: string, levelType?: string): Promise<Obj[]> {
  const query: [string, string][] = [['page_size', '50']];
  if (levelType) { query.push(['job_level_id_type', levelType]); }
  const page = await get(`/hire/v1/applications/${applicationId}/interviews`, query);
  assert.equal(page.body['code'], 0);
  return data(page)['items'] as Obj[];
}

const records = (interviews: Obj[]): Obj[] => interviews.flatMap(i => i['interview_record_list'] as Obj[]);

describe('v2 interview records', () => {
  test('one request by ids returns every interviewer of an interview, same IDs, no top-level conclusion or v1 score', async () => {
    const [interview] = await seedInterviews(SAMPLE.appWith7);
    const seed = interview!['interview_record_list'] as Obj[];
    const res = await get('/hire/v2/interview_records', seed.map(r => ['ids', r['id'] as string]));
    assert.equal(res.body['code'], 0);
    const items = data(res)['items'] as Obj[];
    assert.deepEqual(items.map(i => i['id']), seed.map(r => r['id']));
    assert.equal(data(res)['has_more'], false);
    for (const item of items) {
      assert.equal('conclusion' in item, false);
      assert.equal('interview_score' in item, false);
      assert.equal(typeof item['id'], 'string');
    }
  });

  test('the scorecard agrees with the seed record: submitted, conclusion, score, notes and level names', async () => {
    const all = records(await seedInterviews(SAMPLE.appWith120));
    const ids = all.slice(0, 60).map(r => r['id'] as string);
    const items = data(await get('/hire/v2/interview_records', ids.map(id => ['ids', id])))['items'] as Obj[];
    assert.equal(items.length, ids.length);
    let scored = 0;
    for (const [k, item] of items.entries()) {
      const seed = all[k]!;
      assert.equal(item['commit_status'], seed['commit_status']);
      const modules = item['module_assessments'] as Obj[];
      if (seed['commit_status'] === 2) {
        assert.deepEqual(modules, []);
        assert.equal(item['record_score'], undefined);
        continue;
      }
      assert.match(String(item['submit_time']), /^\d{13}$/);
      const dims = modules.flatMap(m => m['dimension_assessments'] as Obj[]);
      const conclusion = dims.find(d => d['dimension_type'] === 10)!['dimension_option'] as Obj;
      assert.equal((conclusion['name'] as Obj)['en_us'], ({ 1: 'Pass', 2: 'Fail', 5: 'No-show' } as Record<number, string>)[seed['conclusion'] as number]);
      assert.equal(dims.find(d => d['dimension_type'] === 12)!['dimension_content'], seed['content']);
      const score = seed['interview_score'] as Obj | undefined;
      const scoreDim = dims.find(d => d['dimension_type'] === 11);
      assert.equal(scoreDim === undefined, score === undefined);
      if (score && seed['conclusion'] !== 5) {
        scored++;
        const total = item['record_score'] as Obj;
        assert.equal(total['total_score'], 100);
        // Pass leans high, fail low.
        if (seed['conclusion'] === 1) { assert.ok((total['score'] as number) >= 50, JSON.stringify(total)); }
        if (seed['conclusion'] === 2) { assert.ok((total['score'] as number) <= 70, JSON.stringify(total)); }
        const weights = dims.filter(d => d['dimension_type'] === 6 || d['dimension_type'] === 1).map(d => d['weight'] as number);
        assert.equal(weights.reduce((a, b) => a + b, 0), 100);
        const level = dims.find(d => d['dimension_type'] === 5)!['recommended_job_level'] as Obj;
        assert.match(String((level['lower_limit_job_level_name'] as Obj)['zh_cn']), /^P\d 级$/);
        const questions = dims.find(d => d['dimension_type'] === 3)!['question_assessments'] as Obj[];
        assert.equal(questions.length, 2);
      }
    }
    assert.ok(scored > 10, `only ${scored} scored records`);
  });

  test('get by id, unknown ids, bad ids and too many ids', async () => {
    const [first] = records(await seedInterviews(SAMPLE.appWith1));
    const one = await get(`/hire/v2/interview_records/${first!['id'] as string}`, [['user_id_type', 'union_id']]);
    assert.equal(one.body['code'], 0);
    const record = data(one)['interview_record'] as Obj;
    assert.equal(record['id'], first!['id']);
    assert.match(String((record['interviewer'] as Obj)['id']), /^on_/);
    const unknown = await get(`/hire/v2/interview_records/${SAMPLE.unknownApplicationId}`);
    assert.equal(unknown.body['code'], 1002002);
    const listed = await get('/hire/v2/interview_records', [['ids', SAMPLE.unknownApplicationId], ['ids', first!['id'] as string]]);
    assert.deepEqual((data(listed)['items'] as Obj[]).map(i => i['id']), [first!['id']]);
    assert.equal((await get('/hire/v2/interview_records', [['ids', 'abc']])).body['code'], 1002002);
    assert.equal((await get('/hire/v2/interview_records')).body['code'], 0, 'without ids the list pages');
    const many: [string, string][] = Array.from({ length: 101 }, () => ['ids', first!['id'] as string]);
    assert.equal((await get('/hire/v2/interview_records', many)).body['code'], 1002002);
  });

  test('guarded by the interviews\' scopes, hire:interview:readonly or hire:interview; no hire:interview_record scope exists', async () => {
    fake().set({ disabledScopes: [SAMPLE.interviewScope] });
    const res = await get('/hire/v2/interview_records', [['ids', '1']]);
    assert.equal(res.body['code'], 99991672);
    assert.deepEqual(((res.body['error'] as Obj)['permission_violations'] as Obj[]).map(v => v['subject']), [SAMPLE.interviewScope]);
    assert.match(res.body['msg'] as string, /hire:interview:readonly, hire:interview\]/);
    fake().set({ disabledScopes: ['hire:interview_record:readonly'] });
    assert.equal((await get('/hire/v2/interview_records', [['ids', '1']])).body['code'], 0);
  });

  test('an edition without v2 answers the gateway\'s plain 404 while the seed endpoint still answers', async () => {
    fake().set({ v2Records: 'notFound' });
    for (const path of ['/open-apis/hire/v2/interview_records?ids=1', '/open-apis/hire/v2/interview_records/1']) {
      const res = await fetch(`${fake().baseUrl}${path}`, { headers: { Authorization: `Bearer ${token()}` } });
      assert.equal(res.status, 404);
      assert.match(res.headers.get('content-type') ?? '', /^text\/plain/);
      assert.equal(await res.text(), '404 page not found');
    }
    assert.ok((await seedInterviews(SAMPLE.appWith1)).length > 0);
  });

  test('numeric IDs and extra fields apply as on every endpoint', async () => {
    const [first] = records(await seedInterviews(SAMPLE.appWith1));
    fake().set({ numericIds: true, extraFields: true });
    const res = await fetch(`${fake().baseUrl}/open-apis/hire/v2/interview_records/${first!['id'] as string}`, {
      headers: { Authorization: `Bearer ${token()}` },
    });
    const text = await res.text();
    assert.match(text, new RegExp(`"id":${first!['id'] as string}[,}]`));
    assert.match(text, /_fake_extra/);
  });
});

describe('contact job levels', () => {
  test('names resolve for job_level_id IDs only: the default people-admin IDs get 42301', async () => {
    const byContact = records(await seedInterviews(SAMPLE.appWith7, 'job_level_id')).find(r => r['min_job_level_id'])!;
    const byDefault = records(await seedInterviews(SAMPLE.appWith7)).find(r => r['id'] === byContact['id'])!;
    assert.match(String(byContact['min_job_level_id']), /^m[a-z0-9]{14}$/);
    assert.match(String(byDefault['min_job_level_id']), /^\d{19}$/);
    const level = await get(`/contact/v3/job_levels/${byContact['min_job_level_id'] as string}`);
    assert.equal(level.body['code'], 0);
    const jobLevel = data(level)['job_level'] as Obj;
    assert.equal(jobLevel['job_level_id'], byContact['min_job_level_id']);
    assert.deepEqual((jobLevel['i18n_name'] as Obj[]).map(n => n['locale']), ['zh_cn', 'en_us']);
    const miss = await get(`/contact/v3/job_levels/${byDefault['min_job_level_id'] as string}`);
    assert.deepEqual([miss.status, miss.body['code']], [404, 42301]);
  });

  test('the list pages with opaque tokens and is refused without its scope', async () => {
    const first = await get('/contact/v3/job_levels', [['page_size', '4']]);
    assert.equal(data(first)['has_more'], true);
    const second = await get('/contact/v3/job_levels', [['page_size', '4'], ['page_token', data(first)['page_token'] as string]]);
    const all = [...(data(first)['items'] as Obj[]), ...(data(second)['items'] as Obj[])];
    assert.equal(all.length, 6);
    assert.equal(data(second)['has_more'], false);
    assert.equal((await get('/contact/v3/job_levels', [['page_size', '51']])).body['code'], 1002002);
    fake().set({ disabledScopes: [JOB_LEVEL_SCOPE] });
    const refused = await get('/contact/v3/job_levels');
    assert.equal(refused.body['code'], 99991672);
    assert.equal(((refused.body['error'] as Obj)['permission_violations'] as Obj[])[0]!['subject'], JOB_LEVEL_SCOPE);
  });
});
