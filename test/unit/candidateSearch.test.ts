// Find Candidate's search: what the typed text means, the debounce and cancel, the labels that tell two people of the
// same name apart, and the lookup by phone and e-mail through the real client against the fake.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FeishuError } from '../../src/feishu/errors';
import type { HireApi } from '../../src/feishu/hireApi';
import type { ContactQuery, TalentHit } from '../../src/feishu/talentSearch';
import { formatOnly as t } from '../../src/feishu/translate';
import type { Page } from '../../src/feishu/types';
import { SAMPLE, type FakeFeishu } from '../../src/fakeFeishu/server';
import { applicationChoiceLabel, listCandidateApplications } from '../../src/model/search/candidateApplications';
import { candidateLabel, maskEmail, maskMobile } from '../../src/model/search/candidateLabels';
import { classifyQuery } from '../../src/model/search/candidateQuery';
import { CandidateSearch, type SearchApi, type SearchState, type Timers } from '../../src/model/search/candidateSearch';
import { JobChoices } from '../../src/model/search/jobChoices';
import { fakeForFile } from './fakeHttp';
import { connectionFor, hireApiOf, until } from './helpers';

/** Timers the test moves by hand: nothing fires until `advance`. */
function manualTimers(): Timers & { advance(ms: number): void; pending(): number; } {
  let now = 0;
  const waiting = new Map<number, { at: number; run: () => void; }>();
  let next = 1;
  return {
    set(run, ms) {
      const id = next++;
      waiting.set(id, { at: now + ms, run });
      return id;
    },
    clear(handle) {
      waiting.delete(handle as number);
    },
    advance(ms) {
      now += ms;
      for (const [id, w] of [...waiting]) {
        if (w.at <= now) {
          waiting.delete(id);
          w.run();
        }
      }
    },
    pending: () => waiting.size,
  };
}

const hit = (id: string, name: string, extra: Partial<TalentHit> = {}): TalentHit => ({ raw: {}, id, name, ...extra });

/** A scripted API: each search waits until the test resolves it, and remembers the signal it got. */
function scriptedApi() {
  const calls: { keyword: string; signal?: AbortSignal; resolve: (page: Page<TalentHit>) => void; reject: (e: unknown) => void; }[] = [];
  const api: SearchApi = {
    searchTalents: (keyword, request = {}) =>
      new Promise((resolve, reject) => {
        calls.push({ keyword, signal: request.signal, resolve, reject });
        request.signal?.addEventListener('abort', () => reject(new FeishuError({ kind: 'cancelled', detail: 'cancelled' })));
      }),
    talentIdsByContact: async () => [],
    getTalent: async id => ({ id, raw: {} }),
  };
  return { api, calls };
}

describe('what the typed text means', () => {
  test('phone numbers in the ways people write them go to the ID lookup', () => {
    const mobile = (text: string): ContactQuery | undefined => {
      const q = classifyQuery(text);
      return q.kind === 'contact' ? q.contact : undefined;
    };
    assert.deepEqual(mobile('13812345678'), { kind: 'mobile', mobileCode: '86', number: '13812345678' });
    assert.deepEqual(mobile('138 1234 5678'), { kind: 'mobile', mobileCode: '86', number: '13812345678' });
    assert.deepEqual(mobile('+86 138-1234-5678'), { kind: 'mobile', mobileCode: '86', number: '13812345678' });
    assert.deepEqual(mobile('+65 9123 4567'), { kind: 'mobile', mobileCode: '65', number: '91234567' });
    assert.deepEqual(mobile('+1 (415) 555-0100'), { kind: 'mobile', mobileCode: '1', number: '4155550100' });
  });

  test('e-mail addresses go to the ID lookup, lower-cased', () => {
    assert.deepEqual(classifyQuery(' Candidate7@Example.com '), { kind: 'contact', contact: { kind: 'email', email: 'candidate7@example.com' } });
  });

  test('names, short numbers and everything else are keywords; line breaks become spaces; long text is cut', () => {
    assert.deepEqual(classifyQuery('李娜'), { kind: 'keyword', keyword: '李娜' });
    assert.deepEqual(classifyQuery('Emma\nWilson'), { kind: 'keyword', keyword: 'Emma Wilson' });
    assert.deepEqual(classifyQuery('2024'), { kind: 'keyword', keyword: '2024' });
    assert.deepEqual(classifyQuery('a@b'), { kind: 'keyword', keyword: 'a@b' });
    assert.deepEqual(classifyQuery('  \t '), { kind: 'empty' });
    const long = classifyQuery('名'.repeat(500));
    assert.ok(long.kind === 'keyword' && [...long.keyword].length === 100);
  });
});

describe('the labels that tell two 李娜 apart', () => {
  test('contact details are masked', () => {
    assert.equal(maskMobile('13812345678'), '138****5678');
    assert.equal(maskMobile('12345'), '*****');
    assert.equal(maskEmail('candidate7@example.com'), 'c***@example.com');
    assert.equal(maskEmail('broken'), '***');
  });

  test('name, newest job and a masked contact; outside text stays one plain line', () => {
    const a = candidateLabel(hit('1', '李娜', { recentJob: { title: '产品经理', company: '美团' }, mobile: '13812345678' }), t);
    const b = candidateLabel(hit('2', '李娜', { recentJob: { title: 'Data Analyst', company: 'Grab' }, email: 'lina@example.com' }), t);
    assert.deepEqual(a, { talentId: '1', label: '李娜', description: '产品经理 · 美团  ·  138****5678' });
    assert.deepEqual(b, { talentId: '2', label: '李娜', description: 'Data Analyst · Grab  ·  l***@example.com' });
    const hostile = candidateLabel(hit('3', '<b>Eve</b>\n\u202eevil', { recentJob: { title: 'CTO\r\nfake line' } }), t);
    assert.equal(hostile.label, '<b>Eve</b> evil');
    assert.equal(hostile.description, 'CTO fake line');
    assert.equal(candidateLabel(hit('4', ''), t).label, '(no name)');
  });
});

describe('the search as the user types', () => {
  test('no request while typing faster than the debounce; one request for the settled text', async () => {
    const timers = manualTimers();
    const { api, calls } = scriptedApi();
    const search = new CandidateSearch(api, t, { timers, debounceMs: 300 });
    for (const text of ['李', '李娜', '李娜 ', '李娜 产']) {
      search.setText(text);
      timers.advance(299);
    }
    assert.equal(calls.length, 0);
    assert.equal(search.state.status, 'waiting');
    timers.advance(1);
    assert.equal(calls.length, 1);
    assert.equal(calls[0]?.keyword, '李娜 产');
    assert.equal(search.state.status, 'searching');
    calls[0]?.resolve({ items: [hit('1', '李娜')], invalid: [], hasMore: false });
    await until('the results', () => search.state.status === 'found');
    const state = search.state as Extract<SearchState, { status: 'found'; }>;
    assert.deepEqual(state.candidates.map(c => c.talentId), ['1']);
  });

  test('text that changes cancels the request in flight; its late reply never shows', async () => {
    const timers = manualTimers();
    const { api, calls } = scriptedApi();
    const search = new CandidateSearch(api, t, { timers, debounceMs: 300 });
    const seen: string[] = [];
    search.onDidChange(s => seen.push(s.status));
    search.setText('Emma');
    timers.advance(300);
    assert.equal(calls.length, 1);
    search.setText('Emma W');
    assert.equal(calls[0]?.signal?.aborted, true, 'the first request is aborted at once');
    calls[0]?.resolve({ items: [hit('old', 'Emma Stale')], invalid: [], hasMore: false });
    timers.advance(300);
    assert.equal(calls.length, 2);
    calls[1]?.resolve({ items: [], invalid: [], hasMore: false });
    await until('the second answer', () => search.state.status === 'none');
    assert.ok(!seen.includes('failed'), 'a cancel is not an error');
    assert.equal(search.talent('old'), undefined);
  });

  test('clearing the text drops the wait; the same text again sends nothing new', () => {
    const timers = manualTimers();
    const { api, calls } = scriptedApi();
    const search = new CandidateSearch(api, t, { timers });
    search.setText('张');
    search.setText('');
    assert.equal(search.state.status, 'idle');
    assert.equal(timers.pending(), 0);
    search.setText('张伟');
    timers.advance(1000);
    search.setText('张伟 ');
    timers.advance(1000);
    assert.equal(calls.length, 1);
  });

  test('a refused permission is a failed state carrying the error, and Retry asks again', async () => {
    const timers = manualTimers();
    const { api, calls } = scriptedApi();
    const search = new CandidateSearch(api, t, { timers });
    search.setText('张伟');
    timers.advance(1000);
    calls[0]?.reject(new FeishuError({ kind: 'api', code: 99991672, missingScopes: ['hire:talent:readonly'], detail: 'denied' }));
    await until('the failure', () => search.state.status === 'failed');
    const failed = search.state as Extract<SearchState, { status: 'failed'; }>;
    assert.ok(failed.error instanceof FeishuError && failed.error.missingScopes.includes('hire:talent:readonly'));
    search.retry();
    assert.equal(calls.length, 2);
  });
});

describe('a search whose connection is retired', () => {
  test('says it was cancelled instead of spinning for ever', async () => {
    const timers = manualTimers();
    const { api, calls } = scriptedApi();
    const retired = new AbortController();
    const search = new CandidateSearch(api, t, { timers, signal: retired.signal });
    search.setText('张伟');
    timers.advance(1000);
    assert.equal(calls.length, 1);
    retired.abort();
    calls[0]?.reject(new FeishuError({ kind: 'cancelled', detail: 'cancelled' }));
    await until('the failure', () => search.state.status === 'failed');
    search.setText('张伟 产品');
    timers.advance(1000);
    assert.equal(calls.length, 1, 'nothing is sent on a retired connection');
  });
});

describe('against the fake, through the real client', () => {
  const { fake: current } = fakeForFile();
  let fake: FakeFeishu;
  let api: HireApi;
  before(() => {
    fake = current();
    api = hireApiOf(fake);
  });

  async function settled(text: string): Promise<SearchState> {
    const search = new CandidateSearch(api, t, { debounceMs: 0 });
    search.setText(text);
    await until(`a settled search for ${text}`, () => !['waiting', 'searching'].includes(search.state.status), 5000);
    return search.state;
  }

  test('a name: one request, 张伟 found with a job and a masked phone', async () => {
    fake.resetStats();
    const state = await settled('张伟');
    assert.equal(state.status, 'found');
    const found = state as Extract<SearchState, { status: 'found'; }>;
    const zhang = found.candidates.find(c => c.talentId === SAMPLE.talentZhangWei);
    assert.ok(zhang, 'the sample 张伟 is among the results');
    assert.match(zhang.description, /\d{3}\*{4}\d{4}/);
    assert.equal(fake.stats.requests.filter(r => r.route === 'talents').length, 1);
  });

  test('by phone and by e-mail: the exact talent, through batch_get_id', async () => {
    const talent = (await api.getTalent(SAMPLE.talentEmmaWilson)).raw['basic_info'] as Record<string, string>;
    for (const text of [talent['mobile'] as string, `+86 ${talent['mobile'] as string}`, (talent['email'] as string).toUpperCase()]) {
      fake.resetStats();
      const state = await settled(text);
      assert.equal(state.status, 'found', text);
      const found = state as Extract<SearchState, { status: 'found'; }>;
      assert.deepEqual(found.candidates.map(c => [c.talentId, c.label]), [[SAMPLE.talentEmmaWilson, 'Emma Wilson']]);
      assert.deepEqual(fake.stats.requests.filter(r => r.route !== 'token').map(r => r.route), ['talentIds', 'talent']);
    }
    assert.equal((await settled('nobody@example.com')).status, 'none');
    assert.equal((await settled('13000000000')).status, 'none');
  });

  test('nothing matches: "none", not an error', async () => {
    assert.equal((await settled('Zyxwvut Nobody')).status, 'none');
  });

  test('the talents scope refused: the error names the scope', async () => {
    fake.set({ disabledScopes: ['hire:talent:readonly'] });
    try {
      const state = await settled('张伟');
      assert.equal(state.status, 'failed');
      const error = (state as Extract<SearchState, { status: 'failed'; }>).error;
      assert.ok(error instanceof FeishuError && error.missingScopes.includes('hire:talent:readonly'));
    } finally {
      fake.set({ disabledScopes: [] });
    }
  });

  test('a candidate\'s applications: one list request, then job and stage from the directory', async () => {
    fake.resetStats();
    const list = await listCandidateApplications(api, SAMPLE.talentZhangWei);
    assert.ok(list.applicationIds.includes(SAMPLE.appWith120));
    assert.equal(fake.stats.requests.filter(r => r.route === 'applications').length, 1);
    const connection = connectionFor(api);
    const label = await connection.directory.ensureApplication(SAMPLE.appWith120);
    const choice = applicationChoiceLabel(SAMPLE.appWith120, label, 'en', t);
    assert.equal(choice.label, '高级前端工程师');
    assert.ok(choice.description.endsWith(SAMPLE.appWith120));
    assert.deepEqual(applicationChoiceLabel('1', undefined, 'en', t), { label: '1', description: 'Reading job and stage…' });
  });

  test('the jobs by title: the first page once, however often asked at the same time', async () => {
    fake.resetStats();
    const jobs = new JobChoices(api);
    await Promise.all([jobs.ensureFirstPage(), jobs.ensureFirstPage()]);
    assert.equal(fake.stats.requests.filter(r => r.route === 'jobs').length, 1);
    assert.ok(jobs.jobs.some(j => j.title === 'Senior Backend Engineer'));
    assert.equal(jobs.hasMore, false, 'the sample has 10 jobs: one page');
  });
});

describe('the jobs, page by page', () => {
  const job = (n: number) => ({ id: String(n), title: `Job ${n}`, raw: {} });
  test('each loadMore reads the next page; a token that does not move ends the list; a failure is kept, then retried', async () => {
    const asked: (string | undefined)[] = [];
    let fail = false;
    const pages: Record<string, { items: ReturnType<typeof job>[]; hasMore: boolean; pageToken?: string; }> = {
      first: { items: [job(1), job(2)], hasMore: true, pageToken: 'a' },
      a: { items: [job(2), job(3)], hasMore: true, pageToken: 'b' },
      b: { items: [job(4)], hasMore: true, pageToken: 'b' },
    };
    const jobs = new JobChoices({
      listJobs: async request => {
        asked.push(request?.pageToken);
        if (fail) { throw new FeishuError({ kind: 'network', detail: 'down' }); }
        return { ...pages[request?.pageToken ?? 'first']!, invalid: [] };
      },
    });
    await jobs.ensureFirstPage();
    assert.deepEqual(jobs.jobs.map(j => j.id), ['1', '2']);
    fail = true;
    await jobs.loadMore();
    assert.ok(jobs.error instanceof FeishuError);
    assert.equal(jobs.hasMore, true);
    fail = false;
    await jobs.loadMore();
    await jobs.loadMore();
    assert.deepEqual(jobs.jobs.map(j => j.id), ['1', '2', '3', '4'], 'a job on two pages is listed once');
    assert.equal(jobs.hasMore, false, 'the repeated token b ends the list');
    await jobs.loadMore();
    assert.deepEqual(asked, [undefined, 'a', 'a', 'b']);
  });
});
