// A command's node argument, resolved through the views' NodeLookup: only a node one of our views holds is acted on.
import type { HireNode } from '../model/tree/hireNode';
import type { HireParts } from './parts';

/** The `id` a command argument claims to have; undefined for anything that is not an object with a string id. */
export function idOf(value: unknown): string | undefined {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown; }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

export function nodeArgument(parts: Pick<HireParts, 'nodes'>, value: unknown): HireNode | undefined {
  const id = idOf(value);
  return id === undefined ? undefined : parts.nodes.find(id);
}

export function nodeArguments(parts: Pick<HireParts, 'nodes'>, values: unknown): HireNode[] {
  return Array.isArray(values) ? values.map(v => nodeArgument(parts, v)).filter((n): n is HireNode => n !== undefined) : [];
}

/**
 * The nodes a tree command acts on. VS Code passes (clicked, selection) from menus, which are the only way to
 * these commands (they are hidden from the palette and bound to no key): a call with nothing comes from another
 * extension and gets nothing, not the selection; nor does an argument no view holds.
 */
export function commandTargets(parts: Pick<HireParts, 'nodes'>, clickedValue: unknown, selectionValue: unknown): readonly HireNode[] {
  if (clickedValue === undefined) { return []; }
  const clicked = nodeArgument(parts, clickedValue);
  const selection = nodeArguments(parts, selectionValue);
  return selection.length > 0 && (!clicked || selection.includes(clicked)) ? selection : clicked ? [clicked] : [];
}
