// Issue #10.5: ids are unique per parent, whatever pages repeat.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { allIds, interview, model, scripted } from './hostileServer';

describe('#10.5 tree ids are unique per parent', () => {
  test('invalid items at the same index on two pages and an item a later page repeats give distinct ids; the repeat is logged', async () => {
    const a = interview('9000000000000000001');
    const b = interview('9000000000000000002', ['8000000000000000001', '8000000000000000001']);
    const s = scripted((_path, token) =>
      token === undefined
        ? { code: 0, data: { items: [a, 'not an interview'], has_more: true, page_token: 'p2' } }
        : { code: 0, data: { items: [b, 'not one either', a], has_more: false } }
    );
    const log: string[] = [];
    const m = model(s.api, log);
    const app = m.applicationNode('all', '100');
    await m.children(app);
    await m.loadMore(app.id);
    const ids = await allIds(m, app);
    assert.equal(ids.filter(id => id.includes('/invalid/')).length, 2);
    assert.equal(ids.filter(id => id.endsWith('/iv/9000000000000000001')).length, 1);
    assert.deepEqual(ids, [...new Set(ids)], `duplicate ids: ${ids.join(', ')}`);
    assert.ok(log.some(line => line.includes('9000000000000000001')), `not logged: ${log.join(' | ')}`);
    const interviewB = (await m.children(app)).find(n => n.kind === 'interview' && n.interview.id === b.id)!;
    const recordIds = await allIds(m, interviewB);
    assert.deepEqual(recordIds, [...new Set(recordIds)], `duplicate record ids: ${recordIds.join(', ')}`);
  });
});
