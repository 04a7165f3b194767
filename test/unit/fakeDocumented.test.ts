// Where the fake refused or sent what the documented service does not (issue 19, contract §9): one test per
// item, over real HTTP, and the extension's rendering of every v2 dimension type the sample now holds.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createFeishuClient } from '../../src/feishu/feishuClient';
import { nodeFetchTransport } from '../../src/feishu/nodeFetchTransport';
import { parseInterviewRecordV2 } from '../../src/feishu/scorecard';
import { formatOnly as t } from '../../src/feishu/translate';
import type { JsonObject } from '../../src/feishu/types';
import { parseInterview } from '../../src/feishu/validate';
import { readScorecards } from '../../src/model/scorecard/scorecards';
import { buildScorecardView } from '../../src/model/scorecard/scorecardView';
import { SAMPLE } from '../../src/fakeFeishu/server';
import { fakeForFile, type FakeReply, type Obj } from './fakeHttp';

const { fake: fakeNow, get } = fakeForFile();
const data = (r: FakeReply): Obj => r.body['data'] as Obj;
const items = (r: FakeReply): Obj[] => (data(r)['items'] ?? []) as Obj[];
const records = (interview: Obj): Obj[] => interview['interview_record_list'] as Obj[];
const dimensions = (record: Obj): Obj[] => (record['module_assessments'] as Obj[]).flatMap(m => m['dimension_assessments'] as Obj[]);

describe('the fake answers what the docs say', () => {
  test('the v2 list without ids pages: 10 by default, opaque tokens, the next page continues', async () => {
    const first = await get('/hire/v2/interview_records');
    assert.equal(first.body['code'], 0);
    assert.equal(items(first).length, 10);
    assert.equal(data(first)['has_more'], true);
    const second = await get('/hire/v2/interview_records', [['page_size', '25'], ['page_token', data(first)['page_token'] as string]]);
    assert.equal(items(second).length, 25);
    const ids = [...items(first), ...items(second)].map(i => i['id']);
    assert.equal(new Set(ids).size, 35);
    assert.equal((await get('/hire/v2/interview_records', [['page_size', '101']])).body['code'], 1002002);
    // With ids it does not page.
    const byIds = await get('/hire/v2/interview_records', [['ids', ids[0] as string], ['page_size', '1']]);
    assert.deepEqual([items(byIds).map(i => i['id']), data(byIds)['has_more']], [[ids[0]], false]);
  });

  test('the applications list takes page_size up to 200', async () => {
    const page = await get('/hire/v1/applications', [['page_size', '200']]);
    assert.equal(page.body['code'], 0);
    assert.equal(items(page).length, 200);
    assert.equal((await get('/hire/v1/applications', [['page_size', '201']])).body['code'], 1002002);
  });

  test('interview_round_summary is an interview status from 2 to 18, matching the records', async () => {
    const list = items(await get('/hire/v1/interviews', [['application_id', SAMPLE.appWith120], ['page_size', '100']]));
    assert.ok(list.length === 100);
    const seen = new Set<number>();
    for (const iv of list) {
      const summary = iv['interview_round_summary'] as number;
      assert.ok(Number.isInteger(summary) && summary >= 2 && summary <= 18, String(summary));
      seen.add(summary);
      const rs = records(iv);
      if (rs.every(r => r['commit_status'] === 2) && rs.some(r => r['conclusion'] !== 3)) { assert.equal(summary, 3, 'none evaluated'); }
      if (rs.every(r => r['commit_status'] === 1 && r['conclusion'] === 1)) { assert.equal(summary, 4, 'all pass'); }
      if (rs.every(r => r['commit_status'] === 1 && r['conclusion'] === 2)) { assert.equal(summary, 5, 'all fail'); }
    }
    assert.ok(seen.has(4) && seen.has(5) && seen.has(7), [...seen].join(','));
  });

  test('feedback_submit_time is a field of the interview, not of its records, and the client reads it there', async () => {
    const list = items(await get('/hire/v1/interviews', [['application_id', SAMPLE.appWith7], ['page_size', '100']]));
    for (const iv of list) {
      for (const r of records(iv)) { assert.equal('feedback_submit_time' in r, false); }
      assert.equal(typeof iv['feedback_submit_time'], records(iv).some(r => r['commit_status'] === 1) ? 'number' : 'undefined');
    }
    const submitted = list.find(iv => typeof iv['feedback_submit_time'] === 'number')!;
    assert.equal(parseInterview(submitted as JsonObject, 'item').feedback_submit_time, submitted['feedback_submit_time']);
  });

  test('job.create_time is a number (ms)', async () => {
    const job = data(await get(`/hire/v1/jobs/${SAMPLE.jobChineseTitle}`))['job'] as Obj;
    assert.equal(typeof job['create_time'], 'number');
    assert.ok(Number.isInteger(job['create_time']) && (job['create_time'] as number) > Date.UTC(2020, 0, 1));
  });

  test('delivery_type is 1 (sourced by HR) or 2 (the candidate applied), and both occur', async () => {
    const ids = items(await get('/hire/v1/applications', [['page_size', '200']])).map(String);
    // 40 of them: under the fake's 50/s, which is not what this test is about.
    const types = await Promise.all(ids.slice(0, 40).map(async id => (data(await get(`/hire/v1/applications/${id}`))['application'] as Obj)['delivery_type']));
    assert.ok(types.every(d => d === 1 || d === 2), types.join(','));
    assert.deepEqual([...new Set(types)].sort(), [1, 2]);
  });

  test('the job-level name filter is an exact match', async () => {
    const exact = await get('/contact/v3/job_levels', [['name', 'P5 级']]);
    assert.deepEqual(items(exact).map(l => l['name']), ['P5 级']);
    assert.deepEqual(items(await get('/contact/v3/job_levels', [['name', 'P5']])), []);
    assert.deepEqual(items(await get('/contact/v3/job_levels', [['name', '级']])), []);
  });

  test('v2 dimension types 2 (options) and 7 (a score only) and ability_assessments appear in the sample', async () => {
    const [interview] = items(await get(`/hire/v1/applications/${SAMPLE.appWith7}/interviews`, [['page_size', '50']]));
    const submitted = records(interview!).filter(r => r['commit_status'] === 1 && r['conclusion'] !== 5);
    assert.ok(submitted.length > 0);
    const v2 = items(await get('/hire/v2/interview_records', submitted.map(r => ['ids', r['id'] as string])));
    for (const record of v2) {
      const dims = dimensions(record);
      const multiple = dims.find(d => d['dimension_type'] === 2)!;
      assert.ok(Array.isArray(multiple['dimension_options']) && (multiple['dimension_options'] as Obj[]).length >= 1);
      assert.equal(multiple['dimension_option'], undefined);
      const numeric = dims.find(d => d['dimension_type'] === 7)!;
      assert.equal(typeof numeric['dimension_score'], 'number');
      assert.equal(numeric['dimension_option'], undefined);
      const assessed = dims.find(d => Array.isArray(d['ability_assessments']))!;
      const abilityIds = (assessed['question_assessments'] as Obj[]).flatMap(q => (q['abilities'] as Obj[]).map(a => a['id']));
      for (const a of assessed['ability_assessments'] as Obj[]) {
        assert.ok(abilityIds.includes(a['ability_id']), 'an assessment names an ability of the questions');
        assert.equal(typeof a['content'], 'string');
      }
    }
  });
});

describe('the details panel renders every v2 dimension type', () => {
  test('multiple choice as the chosen options, numeric in the score column, abilities as rows of their own', async () => {
    const fake = fakeNow();
    const c = createFeishuClient({
      baseUrl: fake.baseUrl,
      fetch: nodeFetchTransport,
      credentials: async () => ({ appId: fake.appId, appSecret: fake.appSecret }),
    });
    const [interview] = (await c.hire.listInterviews(SAMPLE.appWith7, { pageSize: 10 })).items;
    const result = await readScorecards(c.hire, interview!, 'open_id');
    assert.equal(result.kind, 'loaded');
    const view = buildScorecardView({
      interview: interview!,
      currentRecordId: interview!.interview_record_list[0]!.id,
      result,
      lang: 'en',
      t,
      interviewerName: id => id,
    });
    const rows = view.sections.flatMap(s => s.rows);
    const strengths = rows.find(r => r.label === 'Strengths')!;
    const submittedColumns = view.columns.map((col, i) => ({ col, i })).filter(({ col }) => col.status === '').map(({ i }) => i);
    assert.ok(submittedColumns.length > 0);
    for (const i of submittedColumns) {
      assert.match(strengths.cells[i]!.text, /^(Backend|Frontend|Data|Infrastructure)(, (Backend|Frontend|Data|Infrastructure))?$/);
    }
    const numeric = rows.find(r => r.label === 'Coding test score')!;
    for (const i of submittedColumns) {
      assert.equal(numeric.cells[i]!.text, '');
      assert.match(numeric.cells[i]!.score, /^\d+$/);
    }
    const abilities = rows.filter(r => r.kind === 'ability');
    assert.deepEqual(abilities.map(r => r.label), ['Fundamentals', 'Algorithms']);
    assert.ok(abilities.every(r => r.detail === 'Ability assessment' && submittedColumns.every(i => /Solid|Needs work/.test(r.cells[i]!.text))));
  });

  test('an ability without a name in the questions is numbered; unknown types still show their answer', () => {
    const raw: JsonObject = {
      id: '7100000000000000009',
      commit_status: 1,
      module_assessments: [{
        module_name: { en_us: 'M' },
        dimension_assessments: [{ dimension_name: { en_us: 'Odd' }, dimension_type: 99, dimension_content: 'free text' }, {
          dimension_name: { en_us: 'Abilities' },
          dimension_type: 3,
          ability_assessments: [{ id: '1', ability_id: '77', content: 'ok' }],
        }],
      }],
    };
    const interview = parseInterview(
      { id: '7100000000000000001', interview_record_list: [{ id: '7100000000000000009', commit_status: 1, conclusion: 6 }] },
      'item',
    );
    const view = buildScorecardView({
      interview,
      currentRecordId: '7100000000000000009',
      lang: 'en',
      t,
      interviewerName: id => id,
      result: { kind: 'loaded', records: new Map([['7100000000000000009', parseInterviewRecordV2(raw, 'item')]]) },
    });
    const rows = view.sections[0]!.rows;
    assert.deepEqual(rows.map(r => [r.kind, r.label, r.cells[0]!.text]), [['dimension', 'Odd', 'free text'], ['dimension', 'Abilities', ''], [
      'ability',
      'Ability 1',
      'ok',
    ]]);
  });
});
