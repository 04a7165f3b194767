// Issue #18.1: every walk is bounded in bytes as well as pages. A hostile loopback server pages forever with
// 10 MB pages; each walk stops on its own and what it keeps stays small.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { FeishuError, humanMessage } from '../../src/feishu/errors';
import { MAX_REPLY_BYTES } from '../../src/feishu/httpClient';
import { collectAll, type FetchPage } from '../../src/feishu/pager';
import { formatOnly } from '../../src/feishu/translate';
import { QueueModel } from '../../src/model/queue/queueModel';
import { fetchInterview } from '../../src/model/tree/findNode';
import { connectionFor } from './helpers';
import { InterviewNames } from '../../src/model/directory/interviewNames';
import { errorOf, loopback, realClient, TOKEN_PATH, tokenReply } from './hostileServer';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const MB = 1024 * 1024;
/** Pages the hostile server sends before it gives up: a walk without a byte budget reads them all (120 MB). */
const HOSTILE_PAGES = 12;

function retained(): number {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/**
 * Pages of just under 10 MB decoded: interviews in the queue's window with fresh IDs, long notes and long
 * names, and a 24-digit integer that sends the reply through the lossless parser (its strings once viewed
 * the whole reply). `has_more` and a fresh token every time.
 */
function hostilePage(n: number, now: number): string {
  const note = 'n'.repeat(80 * 1024);
  const name = `Interviewer ${'x'.repeat(4000)}`;
  const items = Array.from({ length: 100 }, (_, i) => {
    const id = `9${String(n).padStart(6, '0')}${String(i).padStart(12, '0')}`;
    return {
      id,
      application_id: '100',
      begin_time: now - 26 * 3600_000,
      end_time: now - 25 * 3600_000,
      round: 1,
      stage: { id: '7', name: { zh_cn: name, en_us: name } },
      interview_record_list: [{
        id: `8${id.slice(1)}`,
        user_id: 'ou_1',
        commit_status: 1,
        conclusion: 1,
        content: note,
        interviewer: { id: 'ou_1', name: { zh_cn: name, en_us: name } },
      }],
    };
  });
  const text = JSON.stringify({ code: 0, msg: 'ok', data: { items, has_more: true, page_token: `p${n + 1}` } });
  return `${text.slice(0, -1)},"big":123456789012345678901234}`;
}

async function hostileServer() {
  const now = Date.now();
  let pages = 0;
  const server = await loopback((req, res) => {
    if (req.url === TOKEN_PATH) {
      tokenReply(res);
      return;
    }
    pages++;
    const body = pages > HOSTILE_PAGES ? JSON.stringify({ code: 0, data: { items: [], has_more: false } }) : hostilePage(pages, now);
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(body);
  });
  return { server, now, pages: () => pages };
}

function assertBudgetStop(e: FeishuError, maxMb: number): void {
  assert.equal(e.kind, 'paging');
  assert.ok(e.walkLimit, 'a walk at its budget is not a broken chain');
  assert.match(e.message, /stopped after \d+(\.\d)? MB/);
  assert.match(humanMessage(e, formatOnly), new RegExp(`Stopped reading .*stopped after`));
  const mb = Number(/after ([\d.]+) MB/.exec(e.message)?.[1]);
  assert.ok(mb <= maxMb + MAX_REPLY_BYTES / MB, `read ${mb} MB`);
}

describe('#18.1 walks are bounded in bytes', () => {
  test('the pager stops once the pages read reach the byte budget, before the page cap', async () => {
    let calls = 0;
    const fetchPage: FetchPage<string> = async token => {
      calls++;
      const n = Number(token ?? 0);
      return { items: [`id${n}`], invalid: [], hasMore: true, pageToken: String(n + 1), bytes: 3 * MB };
    };
    const e = await errorOf(collectAll(fetchPage, 'big', undefined, id => id, { maxPages: 100, maxBytes: 10 * MB }));
    assert.equal(calls, 4, 'three pages make 9 MB, the fourth passes 10 MB');
    assert.match(e.message, /stopped after 12 MB/);
    assert.ok(e.walkLimit);
  });

  test('the background names walk stops on its own, keeping names only', async t => {
    const { server, pages } = await hostileServer();
    const client = realClient(server.baseUrl, { timeoutMs: 20_000 });
    await client.tokens.get();
    const before = retained();
    let unavailable: FeishuError | undefined;
    const names = new InterviewNames(client.hire, '100', () => 'open_id', e => {
      unavailable = e;
    });
    // The seed page's interview: the hostile successor never lists it.
    assert.equal(await names.ensure(['1']), true);
    const grown = retained() - before;
    t.diagnostic(`names walk: ${pages()} pages of 10 MB, retained ${(grown / MB).toFixed(1)} MB`);
    assert.ok(pages() <= 2, `${pages()} pages read`);
    assert.ok(grown < 64 * MB, `retained ${(grown / MB).toFixed(0)} MB`);
    assert.equal(unavailable, undefined, 'a walk at its budget does not turn names off for the tenant');
    assert.ok((names.interviewer('8000001000000000000')?.en_us?.length ?? 0) <= 201, 'a 4,000-character name is cut');
    assert.equal(await names.ensure(['1']), false, 'the walk is over: no more requests');
    assert.ok(pages() <= 2);
  });

  test('the queue refresh stops at its documented maximum and says so in the view', async t => {
    const { server, now, pages } = await hostileServer();
    const client = realClient(server.baseUrl, { timeoutMs: 20_000 });
    await client.tokens.get();
    const before = retained();
    const logs: string[] = [];
    const m = new QueueModel({
      now: () => now,
      lang: () => 'en',
      locale: () => 'en',
      timeZone: () => 'UTC',
      t: formatOnly,
      windowDays: () => 14,
      log: line => logs.push(line),
    }, connectionFor(client.hire));
    const report = await m.refresh();
    const grown = retained() - before;
    t.diagnostic(`queue refresh: ${pages()} pages, ${report.interviews} interviews kept, retained ${(grown / MB).toFixed(1)} MB`);
    assert.ok(report.error);
    assertBudgetStop(report.error, 24);
    assert.ok(pages() <= 4, `${pages()} pages read`);
    assert.ok(report.interviews > 0, 'what was loaded shows');
    assert.ok(grown < 64 * MB, `retained ${(grown / MB).toFixed(0)} MB`);
    const texts = m.roots('recent').filter(n => n.kind === 'message').map(n => n.kind === 'message' ? n.text : '');
    assert.ok(texts.some(s => /a refresh reads at most 100 pages or 24 MB/.test(s)), texts.join(' | '));
  });

  test('the details panel\'s fetchInterview stops on its own, and at once on cancel', async () => {
    const { server, pages } = await hostileServer();
    const client = realClient(server.baseUrl, { timeoutMs: 20_000 });
    const e = await errorOf(fetchInterview(connectionFor(client.hire), '100', '1'));
    assertBudgetStop(e, 32);
    assert.ok(pages() <= 5, `${pages()} pages read`);

    const second = await hostileServer();
    const controller = new AbortController();
    controller.abort();
    const cancelled = await errorOf(fetchInterview(connectionFor(realClient(second.server.baseUrl).hire), '100', '1', controller.signal));
    assert.equal(cancelled.kind, 'cancelled');
    assert.equal(second.pages(), 0);
  });
});
