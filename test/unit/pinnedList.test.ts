import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatOnly } from '../../src/feishu/translate';
import { HireTreeModel } from '../../src/model/tree/hireTreeModel';
import { MAX_PINNED_APPLICATIONS, pinnedFrom, withPinned } from '../../src/model/tree/pinnedList';
import { connectionFor } from './helpers';

function treeWithPinned(initial: string[]) {
  let ids: readonly string[] = initial;
  const model = new HireTreeModel(
    { pageSize: () => 20, lang: () => 'en', t: formatOnly },
    connectionFor({}, {
      pinned: {
        get: () => ids,
        set: async next => {
          ids = next;
        },
      },
    }),
  );
  return { model, pinned: () => ids };
}

describe('looked-up applications (#18.11)', () => {
  test('the list is bounded: a new ID goes first, a known one changes nothing, a full list takes no more', () => {
    assert.deepEqual(withPinned(['2', '1'], '3'), ['3', '2', '1']);
    const known = ['2', '1'];
    assert.equal(withPinned(known, '1'), known);
    const full = Array.from({ length: MAX_PINNED_APPLICATIONS }, (_, i) => String(1000 + i));
    assert.equal(withPinned(full, '7'), undefined);
    assert.equal(withPinned(full, '1000'), full, 'a pinned ID can still be looked up');
    assert.equal(pinnedFrom([...full, '7', '1000']).length, MAX_PINNED_APPLICATIONS, 'a longer stored list is read up to the bound');
  });

  test('a reply carrying another ID is pinned under the ID asked for; a full list refuses the pin', async () => {
    const t = treeWithPinned([]);
    const node = await t.model.pin({ id: '999', raw: { id: '999' } }, '6100000000000000001');
    assert.deepEqual(t.pinned(), ['6100000000000000001']);
    assert.equal(node.applicationId, '6100000000000000001');
    const full = treeWithPinned(Array.from({ length: MAX_PINNED_APPLICATIONS }, (_, i) => String(1000 + i)));
    await assert.rejects(full.model.pin({ id: '7', raw: {} }), /100 applications are looked up already/);
    assert.equal(full.pinned().length, MAX_PINNED_APPLICATIONS);
  });
});
