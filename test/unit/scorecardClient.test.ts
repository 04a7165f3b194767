// The client's scorecard and job-level calls against the fake Feishu server over real HTTP.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Codes } from '../../src/feishu/errors';
import type { HireApi } from '../../src/feishu/hireApi';
import { collectAll } from '../../src/feishu/pager';
import { JOB_LEVEL_SCOPE } from '../../src/fakeFeishu/jobLevelIds';
import { defaultSwitches, SAMPLE, startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';
import { errorOf, hireApiOf } from './helpers';

let fake: FakeFeishu;
let api: HireApi;

before(async () => {
  fake = await startFakeFeishu();
  api = hireApiOf(fake);
});
after(async () => {
  await fake.close();
});
beforeEach(() => {
  Object.assign(fake.switches, defaultSwitches());
  fake.resetStats();
});

async function firstInterview(applicationId: string) {
  const page = await api.listInterviews(applicationId, { pageSize: 10 });
  return page.items[0]!;
}

describe('v2 scorecards', () => {
  test('every interviewer of an interview in one request, IDs as strings even when sent as bare numbers', async () => {
    const interview = await firstInterview(SAMPLE.appWith7);
    const ids = interview.interview_record_list.map(r => r.id);
    fake.resetStats();
    fake.set({ numericIds: true, extraFields: true });
    const page = await api.listInterviewRecordsV2(ids);
    assert.equal(fake.stats.count('interviewRecordsV2'), 1);
    assert.deepEqual(page.items.map(r => r.id), ids);
    assert.ok(ids.every(id => /^\d{19}$/.test(id)));
    const submitted = page.items.find(r => r.commit_status === 1 && r.modules.length > 1);
    assert.ok(submitted, 'the first interview of the 7-interview application has a submitted scorecard');
    const dims = submitted.modules.flatMap(m => m.dimensions);
    assert.ok(dims.some(d => d.option?.name?.en_us));
    assert.ok(dims.some(d => d.question_assessments.length > 0));
    assert.ok(typeof dims.find(d => d.weight !== undefined)?.weight === 'number');
    assert.ok('_fake_extra' in submitted.raw);
  });

  test('get by id matches the list', async () => {
    const interview = await firstInterview(SAMPLE.appWith120);
    const id = interview.interview_record_list[0]!.id;
    const one = await api.getInterviewRecordV2(id);
    const [listed] = (await api.listInterviewRecordsV2([id])).items;
    assert.deepEqual(one.raw, listed!.raw);
  });

  test('a refused scope is a FeishuError naming the scope; wrong types are a badResponse; bad ids never leave', async () => {
    // v2 records need the interviews' own scopes (contract §9).
    fake.set({ disabledScopes: [SAMPLE.interviewScope] });
    const refused = await errorOf(api.listInterviewRecordsV2(['6949805467799537964']));
    assert.equal(refused.code, Codes.scopeMissing);
    assert.deepEqual(refused.missingScopes, [SAMPLE.interviewScope]);
    fake.set({ disabledScopes: [], failNext: [{ route: 'interviewRecordsV2', count: 1, kind: 'wrongTypes' }] });
    const interview = await firstInterview(SAMPLE.appWith1);
    const wrong = await errorOf(api.listInterviewRecordsV2(interview.interview_record_list.map(r => r.id)));
    assert.equal(wrong.kind, 'badResponse');
    fake.resetStats();
    assert.equal((await errorOf(api.listInterviewRecordsV2(['12a']))).kind, 'config');
    assert.equal((await errorOf(api.listInterviewRecordsV2(Array.from({ length: 101 }, () => '1')))).kind, 'config');
    assert.equal(fake.stats.requests.length, 0);
    assert.deepEqual((await api.listInterviewRecordsV2([])).items, []);
  });
});

describe('job levels', () => {
  test('the seed list asks for contact level IDs, and the contact list names every one of them', async () => {
    const interviews = (await api.listInterviews(SAMPLE.appWith120, { pageSize: 50 })).items;
    const levelIds = new Set(
      interviews.flatMap(i => i.interview_record_list.flatMap(r => [r.min_job_level_id, r.max_job_level_id])).filter((x): x is string => !!x),
    );
    assert.ok(levelIds.size > 2);
    fake.resetStats();
    const { items, requests } = await collectAll((pageToken, signal) => api.listJobLevels({ pageToken, signal }), 'levels');
    assert.equal(requests, 1);
    const names = new Map(items.map(l => [l.id, l.i18n]));
    for (const id of levelIds) { assert.match(names.get(id)?.en_us ?? '', /^Level P\d$/, id); }
    assert.match(names.values().next().value?.zh_cn ?? '', /级$/);
  });

  test('small pages are walked; a refused scope names contact:job_level:readonly', async () => {
    const { items, requests } = await collectAll((pageToken, signal) => api.listJobLevels({ pageToken, pageSize: 4, signal }), 'levels');
    assert.deepEqual([items.length, requests], [6, 2]);
    fake.set({ disabledScopes: [JOB_LEVEL_SCOPE] });
    const refused = await errorOf(api.listJobLevels());
    assert.deepEqual(refused.missingScopes, [JOB_LEVEL_SCOPE]);
  });
});
