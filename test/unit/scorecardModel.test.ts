// Level names, the whole-scorecard view and the application export, against the fake over real HTTP,
// counting the requests each costs.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { HireApi } from '../../src/feishu/hireApi';
import { formatOnly as t } from '../../src/feishu/translate';
import type { ParsedInterview } from '../../src/feishu/validate';
import { JOB_LEVEL_SCOPE } from '../../src/fakeFeishu/jobLevelIds';
import { defaultSwitches, SAMPLE, startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';
import { collectApplicationExport } from '../../src/model/export/applicationExport';
import { JobLevelNames, levelRange } from '../../src/model/directory/jobLevelNames';
import { readScorecards } from '../../src/model/scorecard/scorecards';
import { buildScoreDetailsModel } from '../../src/webview/scoreDetails/scoreDetailsModel';
import { connectionFor, hireApiOf } from './helpers';

let fake: FakeFeishu;
let api: HireApi;

const newApi = (): HireApi => hireApiOf(fake);

before(async () => {
  fake = await startFakeFeishu();
  api = newApi();
});
after(async () => {
  await fake.close();
});
beforeEach(() => {
  Object.assign(fake.switches, defaultSwitches());
  fake.resetStats();
});

const business = (): number => fake.stats.requests.filter(r => r.route !== 'token').length;

async function interviewsOf(applicationId: string): Promise<ParsedInterview[]> {
  return (await api.listInterviews(applicationId, { pageSize: 50 })).items;
}

describe('job level names', () => {
  test('one request per client, then every level ID of the seed records has a name', async () => {
    const levels = new JobLevelNames(() => api);
    const interviews = await interviewsOf(SAMPLE.appWith120);
    fake.resetStats();
    await Promise.all([levels.ensure(), levels.ensure()]);
    await levels.ensure();
    assert.equal(fake.stats.count('jobLevels'), 1);
    const record = interviews.flatMap(i => i.interview_record_list).find(r =>
      r.min_job_level_id && r.max_job_level_id && r.min_job_level_id !== r.max_job_level_id
    )!;
    const range = levelRange(record.min_job_level_id, record.max_job_level_id, { lang: 'zh', t, lookup: levels });
    assert.match(range.text ?? '', /^P\d 级 to P\d 级$/);
    assert.equal(range.note, undefined);
    assert.match(levelRange(record.min_job_level_id, undefined, { lang: 'en', t, lookup: levels }).text ?? '', /^from Level P\d$/);
  });

  test('refused: the IDs stay and the note names the permission; asked once, and again for a new client', async () => {
    fake.set({ disabledScopes: [JOB_LEVEL_SCOPE] });
    let client = api;
    const levels = new JobLevelNames(() => client);
    await levels.ensure();
    await levels.ensure();
    assert.equal(fake.stats.count('jobLevels'), 1);
    const range = levelRange('mabc', 'mdef', { lang: 'en', t, lookup: levels });
    assert.equal(range.text, 'mabc to mdef');
    assert.equal(range.note, `Level names need the permission ${JOB_LEVEL_SCOPE}.`);
    fake.set({ disabledScopes: [] });
    client = newApi();
    await levels.ensure();
    assert.equal(fake.stats.count('jobLevels'), 2);
    assert.equal(levels.error, undefined);
  });
});

describe('whole scorecard in the details panel', () => {
  const target = (interview: ParsedInterview, recordIndex = 0) => ({
    root: 'all' as const,
    applicationId: SAMPLE.appWith120,
    interviewId: interview.id,
    recordId: interview.interview_record_list[recordIndex]!.id,
  });
  const base = { owner: 'test', locale: 'en', timeZone: 'Asia/Shanghai', t, sample: true, now: Date.UTC(2026, 10, 24), lang: 'en' as const };

  test('one v2 request for every interviewer; interviewers side by side; disagreements marked; level names', async () => {
    const interviews = await interviewsOf(SAMPLE.appWith120);
    const interview = interviews.find(i =>
      i.interview_record_list.length === 3 && i.interview_record_list.every(r => r.commit_status === 1 && r.conclusion !== 5)
    )!;
    assert.ok(interview, 'an interview with three submitted records');
    const levels = new JobLevelNames(() => api);
    fake.resetStats();
    const [scorecard] = await Promise.all([readScorecards(api, interview, 'open_id'), levels.ensure()]);
    assert.deepEqual([fake.stats.count('interviewRecordsV2'), business()], [1, 2]);
    const m = buildScoreDetailsModel({ ...base, target: target(interview), interview, scorecard, levels })!;
    const card = m.scorecard!;
    assert.equal(card.notice, undefined);
    assert.equal(card.columns.length, 3);
    assert.deepEqual(card.columns.map(c => c.current), [true, false, false]);
    assert.ok(card.columns.every(c => /^\d+(\.\d+)? \/ 100$/.test(c.total) || c.total === ''), JSON.stringify(card.columns));
    const titles = card.sections.map(s => s.title);
    assert.deepEqual(titles, ['Interview result', 'Professional skills']);
    const skills = card.sections[1]!;
    const coding = skills.rows.find(r => r.label === 'Coding')!;
    assert.equal(coding.detail, 'Weight 40');
    assert.equal(coding.cells.length, 3);
    assert.ok(coding.cells.every(c => ['Needs improvement', 'Fair', 'Good', 'Excellent'].includes(c.text) && /^\d+$/.test(c.score)));
    assert.equal(coding.disagree, new Set(coding.cells.map(c => c.text)).size > 1);
    const questions = skills.rows.filter(r => r.kind === 'question');
    assert.deepEqual(questions.map(q => q.label), ['Process scheduling', 'LRU cache']);
    assert.ok(questions.every(q => q.cells.every(c => c.text.length > 0)));
    const suggested = skills.rows.find(r => r.label === 'Suggested level')!;
    assert.match(suggested.cells[0]!.text, /^Level P\d( to Level P\d)?$/);
    assert.match(m.levelRange ?? '', /Level P\d/);
    assert.equal(m.levelNote, undefined);
    // The seed record stays the headline.
    const seed = interview.interview_record_list[0]!;
    assert.equal(m.conclusion.label, seed.conclusion === 1 ? 'Pass' : 'Fail');
    assert.equal(m.score.level, seed.interview_score ? String(seed.interview_score.level) : undefined);
  });

  test('before the scorecard arrives, the page says it is being read', async () => {
    const interview = (await interviewsOf(SAMPLE.appWith7))[0]!;
    const m = buildScoreDetailsModel({ ...base, target: target(interview), interview, scorecardLoading: true })!;
    assert.deepEqual(m.scorecard, { notice: 'Reading the whole scorecard…', loading: true, columns: [], sections: [] });
    assert.equal(buildScoreDetailsModel({ ...base, target: target(interview), interview })!.scorecard, undefined);
  });

  test('somewhere in the sample interviewers disagree', async () => {
    const interviews = await interviewsOf(SAMPLE.appWith120);
    let disagreements = 0;
    for (const interview of interviews.slice(0, 20)) {
      const scorecard = await readScorecards(api, interview, 'open_id');
      const m = buildScoreDetailsModel({ ...base, target: target(interview), interview, scorecard })!;
      disagreements += m.scorecard!.sections.flatMap(s => s.rows).filter(r => r.disagree).length;
    }
    assert.ok(disagreements > 3, `${disagreements}`);
  });

  test('v2 not served (an edition without it): one line says so, the seed data still shows, level IDs stay with a note', async () => {
    const interview = (await interviewsOf(SAMPLE.appWith7))[0]!;
    fake.set({ v2Records: 'notFound', disabledScopes: [JOB_LEVEL_SCOPE] });
    const levels = new JobLevelNames(() => api);
    const [scorecard] = await Promise.all([readScorecards(api, interview, 'open_id'), levels.ensure()]);
    const m = buildScoreDetailsModel({ ...base, target: target(interview), interview, scorecard, levels })!;
    assert.equal(
      m.scorecard!.notice,
      'The whole scorecard is not available: this tenant does not offer Hire v2 interview records. Showing the overall result only.',
    );
    assert.deepEqual(m.scorecard!.sections, []);
    assert.equal(m.conclusion.label, 'Pass');
    const seed = interview.interview_record_list[0]!;
    if (seed.min_job_level_id) {
      assert.ok(m.levelRange?.includes(seed.min_job_level_id));
      assert.equal(m.levelNote, `Level names need the permission ${JOB_LEVEL_SCOPE}.`);
    }
  });

  test('a not-submitted record has a column that says so, and a failure other than scope is one line too', async () => {
    const interviews = await interviewsOf(SAMPLE.appWith120);
    const interview = interviews.find(i =>
      i.interview_record_list.some(r => r.commit_status === 2) && i.interview_record_list.some(r => r.commit_status === 1 && r.conclusion !== 5)
    )!;
    const scorecard = await readScorecards(api, interview, 'open_id');
    const m = buildScoreDetailsModel({ ...base, target: target(interview), interview, scorecard })!;
    const index = interview.interview_record_list.findIndex(r => r.commit_status === 2);
    assert.equal(m.scorecard!.columns[index]!.status, 'Not submitted');
    assert.ok(m.scorecard!.sections[0]!.rows[0]!.cells[index]!.empty);
    fake.set({ failNext: [{ route: 'interviewRecordsV2', count: 3, kind: 'hireSystemError' }] });
    const failed = await readScorecards(api, interview, 'open_id');
    const f = buildScoreDetailsModel({ ...base, target: target(interview), interview, scorecard: failed })!;
    assert.match(f.scorecard!.notice ?? '', /^The whole scorecard could not be read: Feishu 1002001: .* Showing the overall result only\.$/);
  });
});

describe('application export', () => {
  test('the 120-interview application: every page, names for candidate, job, interviewers and levels; requests counted', async () => {
    const fresh = newApi();
    const progress: number[] = [];
    fake.resetStats();
    const result = await collectApplicationExport({ connection: connectionFor(fresh), lang: 'zh', t }, SAMPLE.appWith120, {
      onProgress: n => progress.push(n),
    });
    assert.equal(result.interviews, 120);
    assert.deepEqual(progress, [50, 100, 120]);
    assert.equal(result.candidate, '张伟');
    assert.equal(result.job, '高级前端工程师');
    assert.ok(result.rows.length > 120);
    assert.ok(result.rows.every(r => r.names.interviewer && r.names.stage));
    assert.ok(result.rows.filter(r => r.record.min_job_level_id).every(r => /级$/.test(r.names.minLevel ?? '')));
    const counts = Object.fromEntries(
      ['interviews', 'successorInterviews', 'application', 'talent', 'job', 'jobLevels', 'token'].map(r => [r, fake.stats.count(r as never)]),
    );
    assert.deepEqual(counts, { interviews: 3, successorInterviews: 2, application: 1, talent: 1, job: 1, jobLevels: 1, token: 1 });
    // The whole scorecards (#21): ⌈records / 100⌉ requests more, and every row carries its dimensions.
    assert.equal(fake.stats.count('interviewRecordsV2'), Math.ceil(result.rows.length / 100));
    assert.ok(result.rows.every(r => r.scorecard !== undefined));
    assert.equal(business(), 9 + Math.ceil(result.rows.length / 100));
  });

  test('cancelled mid-walk: stops with a cancelled error and asks for no more pages', async () => {
    const controller = new AbortController();
    await assert.rejects(
      collectApplicationExport({ connection: connectionFor(api), lang: 'en', t }, SAMPLE.appWith120, {
        signal: controller.signal,
        onProgress: () => controller.abort(),
      }),
      (e: unknown) => (e as { kind?: string; }).kind === 'cancelled',
    );
    assert.equal(fake.stats.count('interviews'), 1);
  });
});
