// Copy as JSON: exactly what the API sent for each item (unknown fields kept, IDs as strings).
import type { JsonValue } from '../feishu/types';
import type { CopyableNode } from './hireNode';

export function rawOf(node: CopyableNode): JsonValue {
  switch (node.kind) {
    // The applications list sends bare IDs; the detail, once loaded, is the richer answer.
    case 'application': return node.application?.raw ?? node.applicationId;
    case 'interview': return node.interview.raw;
    case 'record': return node.record.raw;
    case 'invalid': return node.raw;
  }
}

/** One item as an object, several (multi-select) as an array, two-space indented. */
export function toJson(nodes: readonly CopyableNode[]): string {
  const values = nodes.map(rawOf);
  return JSON.stringify(values.length === 1 ? values[0] : values, null, 2);
}
