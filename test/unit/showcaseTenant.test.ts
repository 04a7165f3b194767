// The showcase, the tenant sample mode and the demo serve (#23.2): it reads like a company's hiring — 1–6 rounds a
// candidate, no hostile names or notes, nothing older than 2025, every conclusion and v2 dimension type, hundreds of
// applications to page through — while the fixtures (the tests' tenant, the default) keep their edge cases.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { interviewAt, sampleTenant, SAMPLE, SHOWCASE, type Tenant } from '../../src/fakeFeishu/sampleTenant';
import { interviewRecordV2Json } from '../../src/fakeFeishu/interviewRecordsV2';
import { interviewTodos } from '../../src/fakeFeishu/userView';
import { EMPLOYEES } from '../../src/fakeFeishu/sampleConfig';
import { TRICKY_NAMES, TRICKY_NOTES } from '../../src/fakeFeishu/sampleText';
import { startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';
import { fakeGet, tenantTokenOf, type Obj } from './fakeHttp';

const NOW = Date.UTC(2026, 11, 2, 7, 30);
const DAY = 86_400_000;

function everyRecord(tenant: Tenant): { conclusion: number; content?: string; dimensionTypes: number[]; }[] {
  return tenant.applications.flatMap(app =>
    Array.from({ length: Math.min(app.interviewCount, 200) }, (_, i) => interviewAt(app, i)).flatMap(iv =>
      iv.records.map(r => {
        const v2 = interviewRecordV2Json(iv, r, 'open_id') as { module_assessments: { dimension_assessments: { dimension_type: number; }[]; }[]; };
        return {
          conclusion: r.conclusion,
          content: r.content,
          dimensionTypes: v2.module_assessments.flatMap(m => m.dimension_assessments.map(d => d.dimension_type)),
        };
      })
    )
  );
}

describe('the showcase tenant', () => {
  const showcase = sampleTenant(() => NOW, () => false, 'showcase');

  test('every candidate has 1 to 6 rounds, and hundreds of applications fill All applications', () => {
    const apps = showcase.applications;
    assert.equal(apps.length, SHOWCASE.applicationCount);
    assert.ok(apps.length >= 300, `${apps.length} applications`);
    const rounds = new Set(apps.map(a => a.interviewCount));
    assert.deepEqual([...rounds].sort(), [1, 2, 3, 4, 5, 6]);
  });

  test('no hostile names or notes, nothing created before 2025', () => {
    const names = new Set(showcase.talents.map(t => t.name));
    assert.deepEqual(TRICKY_NAMES.filter(n => names.has(n)), []);
    const notes = new Set(everyRecord(showcase).map(r => r.content));
    assert.deepEqual(TRICKY_NOTES.filter(n => n !== '' && notes.has(n)), []);
    assert.ok(![...notes].some(n => n !== undefined && n.length > 1000), 'no 10,000-character note');
    const first = Math.min(...showcase.applications.map(a => a.createMs), ...showcase.talents.map(t => t.createMs), ...showcase.jobs.map(j => j.createMs));
    assert.ok(first >= Date.UTC(2024, 6, 1), `created ${new Date(first).toISOString()}`);
  });

  test('every conclusion value and every v2 dimension type shows somewhere', () => {
    const records = everyRecord(showcase);
    assert.deepEqual([...new Set(records.map(r => r.conclusion))].sort(), [1, 2, 3, 4, 5, 6]);
    const fixtureTypes = new Set(everyRecord(sampleTenant(() => NOW)).flatMap(r => r.dimensionTypes));
    const showcaseTypes = new Set(records.flatMap(r => r.dimensionTypes));
    assert.deepEqual([...showcaseTypes].sort((a, b) => a - b), [...fixtureTypes].sort((a, b) => a - b));
  });

  test('the to-dos are of the last weeks, not of years ago', () => {
    for (const employee of EMPLOYEES) {
      for (const { interview } of interviewTodos(showcase, employee)) {
        assert.ok(interview.beginMs > NOW - 30 * DAY, `${employee.name.en_us}: a to-do of ${new Date(interview.beginMs).toISOString()}`);
      }
    }
    assert.ok(EMPLOYEES.some(e => interviewTodos(showcase, e).length > 0), 'someone has a to-do');
  });

  test('its well-known applications are the candidates the pictures show', () => {
    const zhang = showcase.application(SHOWCASE.appZhangWei);
    assert.equal(zhang?.talent.name, '张伟');
    assert.equal(zhang?.job.title, '高级前端工程师');
    assert.equal(showcase.application(SHOWCASE.appEmmaWilson)?.talent.name, 'Emma Wilson');
    const debrief = showcase.application(SHOWCASE.appWith6Rounds);
    assert.equal(debrief?.interviewCount, 6);
    assert.deepEqual(Array.from({ length: 6 }, (_, i) => interviewAt(debrief!, i).records.length), [3, 3, 3, 3, 3, 3]);
    assert.equal(showcase.talents.filter(t => t.name === '陈芳').length, 3, 'three namesakes for Find Candidate');
  });

  test('the application the READMEs have a reader look up is the showcase\'s 张伟', () => {
    for (const file of ['README.md', 'docs/marketplace/README.md']) {
      const text = readFileSync(join(__dirname, '..', '..', '..', file), 'utf8');
      const ids = [...text.matchAll(/enter `(\d{19})`/g)].map(m => m[1]);
      assert.deepEqual(ids, [SHOWCASE.appZhangWei], file);
    }
  });

  test('the fixtures stay the tests\' tenant and the default', () => {
    const fixtures = sampleTenant(() => NOW);
    assert.equal(fixtures.kind, 'fixtures');
    assert.equal(fixtures.application(SAMPLE.appWith120)?.interviewCount, 120);
    assert.equal(fixtures.application(SAMPLE.appWith10000)?.interviewCount, 10_000);
    assert.equal(showcase.application(SAMPLE.appWith120), undefined);
    assert.equal(fixtures.application(SHOWCASE.appZhangWei), undefined);
  });
});

describe('the fake serving the showcase', () => {
  let fake: FakeFeishu;
  let token = '';
  before(async () => {
    fake = await startFakeFeishu({ tenant: 'showcase', now: () => NOW });
    token = await tenantTokenOf(fake);
  });
  after(() => fake.close());

  test('All applications pages through every application; the fixtures\' are unknown to it', async () => {
    const get = fakeGet(() => fake, () => token);
    const ids: string[] = [];
    let pageToken = '';
    for (let page = 0; page < 20; page++) {
      const reply = await get('/hire/v1/applications', [['page_size', '100'], ...(pageToken ? [['page_token', pageToken] as [string, string]] : [])]);
      const data = reply.body['data'] as { items: string[]; has_more: boolean; page_token?: string; };
      ids.push(...data.items);
      if (!data.has_more) { break; }
      pageToken = data.page_token ?? '';
    }
    assert.equal(ids.length, SHOWCASE.applicationCount);
    assert.ok(ids.includes(SHOWCASE.appWith6Rounds));
    const unknown = await get(`/hire/v1/applications/${SAMPLE.appWith120}`);
    assert.notEqual((unknown.body as Obj)['code'], 0);
  });
});
