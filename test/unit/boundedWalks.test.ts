// Issue #10.3: every page walk ends, whatever the server answers.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FeishuError } from '../../src/feishu/errors';
import { collectAll, MAX_PAGES_PER_WALK, MAX_PAGE_TOKEN_LENGTH, PageWalk, type FetchPage } from '../../src/feishu/pager';
import { ChildPages } from '../../src/model/tree/childPages';
import type { ApplicationNode } from '../../src/model/tree/hireNode';
import { InterviewNames } from '../../src/model/directory/interviewNames';
import { endlessFresh, endlessRepeat, errorOf, model, scripted } from './hostileServer';
import { fetchInterview, findInterview } from '../../src/model/tree/findNode';
import { connectionFor } from './helpers';

describe('#10.3 every walk is bounded', () => {
  test('a chain of fresh pages without end stops at MAX_PAGES_PER_WALK with a paging error', async () => {
    let calls = 0;
    const fetchPage: FetchPage<string> = async token => {
      calls++;
      if (calls > MAX_PAGES_PER_WALK + 50) { throw new Error('runaway walk'); }
      const n = Number(token ?? 0);
      return { items: [`id${n}`], invalid: [], hasMore: true, pageToken: String(n + 1) };
    };
    const e = await errorOf(collectAll(fetchPage, 'endless', undefined, id => id));
    assert.equal(e.kind, 'paging');
    assert.match(e.message, /pages/);
    assert.equal(calls, MAX_PAGES_PER_WALK);
  });

  test('a page_token longer than MAX_PAGE_TOKEN_LENGTH is a paging error naming the limit', async () => {
    const fetchPage: FetchPage<string> = async () => ({ items: ['a'], invalid: [], hasMore: true, pageToken: 'x'.repeat(256 * 1024) });
    const walk = new PageWalk(fetchPage, 'huge-token', (id: string) => id);
    const e = await errorOf(walk.step());
    assert.equal(e.kind, 'paging');
    assert.match(e.message, new RegExp(`${MAX_PAGE_TOKEN_LENGTH}`));
    assert.ok(walk.done);
    assert.equal(walk.token, undefined, 'the huge token is not kept');
  });

  test('a page that brings only items already seen in the walk stops it', async () => {
    let calls = 0;
    const fetchPage: FetchPage<string> = async token => {
      calls++;
      if (calls > 100) { throw new Error('runaway walk'); }
      return { items: ['a', 'b'], invalid: [], hasMore: true, pageToken: String(Number(token ?? 0) + 1) };
    };
    const e = await errorOf(collectAll(fetchPage, 'repeating', undefined, id => id));
    assert.equal(e.kind, 'paging');
    assert.match(e.message, /already/);
    assert.equal(calls, 2);
  });

  test('fetchInterview stops on an endless chain and on a chain that repeats its items', async () => {
    const endless = scripted(endlessFresh);
    const e1 = await errorOf(fetchInterview(connectionFor(endless.api), '100', '1'));
    assert.equal(e1.kind, 'paging');
    assert.ok(endless.log.length <= MAX_PAGES_PER_WALK);
    const repeat = scripted(endlessRepeat);
    const e2 = await errorOf(fetchInterview(connectionFor(repeat.api), '100', '1'));
    assert.equal(e2.kind, 'paging');
    assert.equal(repeat.log.length, 2);
  });

  test('findInterview stops on a broken chain, and at once on abort', async () => {
    const endless = scripted(endlessFresh);
    const m = model(endless.api);
    const app: ApplicationNode = m.applicationNode('all', '100');
    assert.equal(await findInterview(m, app, '1'), undefined);
    assert.ok(endless.log.length <= MAX_PAGES_PER_WALK);

    const slow = scripted(endlessFresh, { delayMs: 2 });
    const m2 = model(slow.api);
    const controller = new AbortController();
    const found = findInterview(m2, m2.applicationNode('all', '100'), '1', controller.signal);
    await new Promise(r => setTimeout(r, 30));
    controller.abort();
    const before = slow.log.length;
    const e = await errorOf(found);
    assert.equal(e.kind, 'cancelled');
    assert.ok(slow.log.length <= before + 1, `paging went on after abort: ${slow.log.length - before} more requests`);
  });

  test('the background names walk stops on an endless chain, and names stay on for other applications', async () => {
    const endless = scripted(endlessFresh);
    const unavailable: FeishuError[] = [];
    const names = new InterviewNames(endless.api, '100', () => 'open_id', e => unavailable.push(e));
    await names.ensure(['1']);
    const successor = endless.log.filter(l => l.startsWith('/open-apis/hire/v1/interviews'));
    assert.ok(successor.length <= MAX_PAGES_PER_WALK, `${successor.length} requests`);
    assert.deepEqual(unavailable, [], 'a broken chain of one application must not turn names off for all');
  });

  test('Load more on an endless chain ends with a paging error, never loops', async () => {
    let calls = 0;
    const fetchPage: FetchPage<string> = async token => {
      calls++;
      const n = Number(token ?? 0);
      return { items: [`id${n}`], invalid: [], hasMore: true, pageToken: String(n + 1) };
    };
    const pages = new ChildPages(fetchPage, 'endless', () => undefined, Date.now, id => id);
    for (let i = 0; i < MAX_PAGES_PER_WALK + 50 && !pages.done; i++) { await pages.loadMore(); }
    assert.ok(pages.done, 'still not done after the page limit');
    assert.equal(pages.error?.kind, 'paging');
    assert.equal(calls, MAX_PAGES_PER_WALK);
  });
});
