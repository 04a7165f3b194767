// Property tests: whatever the service sends, the client answers with a page or its own error type, and
// never hangs. Run counts are printed so the note can quote them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FeishuError } from '../../src/feishu/errors';
import { HireApi } from '../../src/feishu/hireApi';
import { HttpClient, type FetchLike } from '../../src/feishu/httpClient';
import { collectAll } from '../../src/feishu/pager';
import { TenantTokenSource } from '../../src/feishu/tenantToken';
import type { JsonValue } from '../../src/feishu/types';
import { interviewRecordV2Json } from '../../src/fakeFeishu/interviewRecordsV2';
import { interviewAt, SAMPLE, sampleTenant } from '../../src/fakeFeishu/sampleTenant';

const RUNS = 6000;

function apiReturning(next: () => { status: number; body: string; }): HireApi {
  const fetch: FetchLike = async url => {
    if (url.includes('tenant_access_token')) {
      return { status: 200, headers: { get: () => null }, text: async () => '{"code":0,"tenant_access_token":"t-x","expire":7200}' };
    }
    const reply = next();
    return { status: reply.status, headers: { get: () => null }, text: async () => reply.body };
  };
  const http = new HttpClient({ baseUrl: 'http://127.0.0.1:1', fetch, sleep: async () => undefined, maxRateLimitRetries: 1, maxTransientRetries: 1 });
  return new HireApi(http, new TenantTokenSource(http, async () => ({ appId: 'cli_x', appSecret: 's' })));
}

const validInterview = {
  id: '6949805467799537964',
  begin_time: 1618899376474,
  end_time: 1618999376474,
  round: 0,
  stage_id: '634324253532232',
  interview_record_list: [{
    id: '6949805467799537965',
    user_id: 'ou_1',
    content: '代码还行',
    min_job_level_id: '1',
    max_job_level_id: '2',
    commit_status: 1,
    conclusion: 1,
    interview_score: { id: '9', level: 3, zh_name: '3', zh_description: '通过', en_name: 'three', en_description: 'Pass' },
  }],
};
const validBody = { code: 0, msg: 'success', data: { has_more: true, page_token: 'p2', items: [validInterview, validInterview] } };

/** Replaces the value at a random path of the valid reply with an arbitrary JSON value, or deletes it. */
function mutate(value: JsonValue, path: number[], replacement: JsonValue | undefined): JsonValue | undefined {
  if (path.length === 0 || typeof value !== 'object' || value === null) { return replacement; }
  const [head, ...rest] = path as [number, ...number[]];
  if (Array.isArray(value)) {
    if (value.length === 0) { return replacement; }
    const i = head % value.length;
    const copy = [...value];
    const v = mutate(copy[i]!, rest, replacement);
    if (v === undefined) { copy.splice(i, 1); } else { copy[i] = v; }
    return copy;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) { return replacement; }
  const key = keys[head % keys.length]!;
  const copy = { ...value };
  const v = mutate(copy[key]!, rest, replacement);
  if (v === undefined) { delete copy[key]; } else { copy[key] = v; }
  return copy;
}

async function onlyFeishuErrors(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (e) {
    if (!(e instanceof FeishuError)) { throw e; }
  }
}

test(`fuzz: ${RUNS} random replies to the interviews endpoint raise nothing but FeishuError`, async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(fc.jsonValue().map(v => JSON.stringify(v)), fc.string(), fc.constantFrom('<html>502</html>', '', '{"code":0', 'null')),
      fc.constantFrom(200, 400, 401, 429, 500, 502),
      async (body, status) => {
        await onlyFeishuErrors(() =>
          apiReturning(() => ({ status, body })).listInterviews('1', { pageSize: 10 })
        );
      },
    ),
    { numRuns: RUNS },
  );
});

test(`fuzz: ${RUNS} mutated valid replies are validated into a page, invalid items or a FeishuError`, async () => {
  let pages = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.nat(50), { maxLength: 7 }),
      fc.option(fc.jsonValue(), { nil: undefined }),
      fc.boolean(),
      async (path, replacement, truncate) => {
        let text = JSON.stringify(mutate(validBody as unknown as JsonValue, path, replacement as JsonValue | undefined) ?? null);
        if (truncate) { text = text.slice(0, Math.max(0, text.length - 1 - (path[0] ?? 0))); }
        await onlyFeishuErrors(async () => {
          const page = await apiReturning(() => ({ status: 200, body: text })).listInterviews('1', { pageSize: 10 });
          pages++;
          assert.ok(Array.isArray(page.items) && Array.isArray(page.invalid));
          for (const item of page.items) { assert.equal(typeof item.id, 'string'); }
        });
      },
    ),
    { numRuns: RUNS },
  );
  assert.ok(pages > RUNS / 10, `only ${pages} mutated replies were still pages: the mutations are too destructive to test validation`);
});

test('fuzz: random page chains always terminate (no loops, no hangs) within a bounded number of requests', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(
        fc.record({
          hasMore: fc.oneof(fc.boolean(), fc.constant('true' as const), fc.constant(null)),
          token: fc.option(fc.constantFrom('', 'a', 'b', 'c', 'd'), { nil: undefined }),
          items: fc.oneof(fc.constant(null), fc.constant(undefined), fc.array(fc.constant(validInterview), { maxLength: 2 })),
        }),
        { minLength: 1, maxLength: 40 },
      ),
      async chain => {
        let i = 0;
        let requests = 0;
        const api = apiReturning(() => {
          requests++;
          const p = chain[Math.min(i++, chain.length - 1)]!;
          return { status: 200, body: JSON.stringify({ code: 0, data: { has_more: p.hasMore, page_token: p.token, items: p.items } }) };
        });
        await onlyFeishuErrors(() => collectAll((pageToken, signal) => api.listInterviews('1', { pageToken, pageSize: 10, signal }), '/ep'));
        // Tokens come from a set of five: a walk that follows more than that many has looped.
        assert.ok(requests <= 6, `made ${requests} requests`);
      },
    ),
    { numRuns: 2000 },
  );
});

test(`fuzz: ${RUNS / 2} mutated v2 scorecards and job-level lists are validated or a FeishuError`, async () => {
  const tenant = sampleTenant();
  const interview = interviewAt(tenant.application(SAMPLE.appWith120)!, 3);
  const scorecards = { code: 0, msg: 'success', data: { has_more: false, items: interview.records.map(r => interviewRecordV2Json(interview, r, 'open_id')) } };
  const levels = {
    code: 0,
    msg: 'success',
    data: { has_more: false, items: [{ job_level_id: 'mabc', name: 'P5', i18n_name: [{ locale: 'zh_cn', value: 'P5 级' }] }] },
  };
  let parsed = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.boolean(),
      fc.array(fc.nat(50), { maxLength: 9 }),
      fc.option(fc.jsonValue(), { nil: undefined }),
      async (scorecard, path, replacement) => {
        const body = JSON.stringify(mutate((scorecard ? scorecards : levels) as unknown as JsonValue, path, replacement as JsonValue | undefined) ?? null);
        const api = apiReturning(() => ({ status: 200, body }));
        await onlyFeishuErrors(async () => {
          const page = scorecard ? await api.listInterviewRecordsV2(['1']) : await api.listJobLevels();
          parsed++;
          for (const item of page.items) { assert.equal(typeof item.id, 'string'); }
        });
      },
    ),
    { numRuns: RUNS / 2 },
  );
  assert.ok(parsed > RUNS / 20, `only ${parsed} mutated replies parsed`);
});
