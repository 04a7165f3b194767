import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commandTargets } from '../../src/commands/nodeArgument';
import { NodeLookup } from '../../src/commands/nodeLookup';
import type { HireNode } from '../../src/model/tree/hireNode';

test('a tree command called with no argument (another extension) acts on nothing, not the selection (#18.11)', () => {
  const record = { kind: 'root', id: 'pinned', root: 'pinned' } as HireNode;
  const nodes = new NodeLookup();
  nodes.add(id => id === record.id ? record : undefined);
  const parts = { nodes, treeView: { selection: [record] } };
  assert.deepEqual(commandTargets(parts, undefined, undefined), []);
  assert.deepEqual(commandTargets(parts, { id: 'pinned' }, undefined), [record], 'a menu passes the clicked node');
  assert.deepEqual(commandTargets(parts, { id: 'pinned' }, [{ id: 'pinned' }, { id: 'forged' }]), [record]);
  assert.deepEqual(commandTargets(parts, { id: 'forged' }, undefined), []);
});
