// Commands receive nodes from menus, but any extension can call them with any value: only a node the model
// itself holds, looked up by its id, is acted on.
import type { HireNode } from '../model/hireNode';
import type { HireParts } from './parts';

export function nodeArgument(parts: HireParts, value: unknown): HireNode | undefined {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? parts.model.node(id) : undefined;
}

export function nodeArguments(parts: HireParts, values: unknown): HireNode[] {
  return Array.isArray(values) ? values.map(v => nodeArgument(parts, v)).filter((n): n is HireNode => n !== undefined) : [];
}
