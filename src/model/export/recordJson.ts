// Copy as JSON: exactly what the API sent for each item (unknown fields kept, IDs as strings).
import { MAX_JSON_DEPTH } from '../../feishu/losslessJson';
import type { JsonValue } from '../../feishu/types';
import type { CopyableNode } from '../tree/hireNode';

function rawOf(node: CopyableNode): JsonValue {
  switch (node.kind) {
    // The applications list sends bare IDs; the detail, once loaded, is the richer answer.
    case 'application':
      return node.application?.raw ?? node.applicationId;
    case 'interview':
      return node.interview.raw;
    case 'record':
      return node.record.raw;
    case 'invalid':
      return node.raw;
  }
}

/** Stands in for whatever lies deeper than the parser's limit; JSON.stringify would overflow the stack. */
const TOO_DEEP_MARKER = `[nested too deep: more than ${MAX_JSON_DEPTH} levels]`;

/** One item as an object, several (multi-select) as an array, two-space indented. */
export function toJson(nodes: readonly CopyableNode[]): string {
  const values = nodes.map(rawOf);
  return JSON.stringify(bounded(values.length === 1 ? values[0]! : values, 0), null, 2);
}

/** A copy cut at MAX_JSON_DEPTH levels, the same limit the parser applies. */
function bounded(value: JsonValue, depth: number): JsonValue {
  if (typeof value !== 'object' || value === null) { return value; }
  if (depth >= MAX_JSON_DEPTH) { return TOO_DEEP_MARKER; }
  if (Array.isArray(value)) { return value.map(v => bounded(v, depth + 1)); }
  const copy: { [key: string]: JsonValue; } = {};
  for (const [key, v] of Object.entries(value)) {
    // defineProperty: a "__proto__" key stays plain data, as the parser left it
    Object.defineProperty(copy, key, { value: bounded(v, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}
