// Commands receive nodes from menus, but any extension can call them with any value: only a node one of our
// views holds, looked up by its id, is acted on.
import type { HireNode } from '../model/hireNode';
import type { HireParts } from './parts';

type Source = (id: string) => HireNode | undefined;

/** Every view's nodes by id: the main tree's, and the queue views' interviews and records. */
export class NodeLookup {
  private readonly sources: Source[] = [];

  add(source: Source): void {
    this.sources.push(source);
  }

  find(id: string): HireNode | undefined {
    for (const source of this.sources) {
      const node = source(id);
      if (node) { return node; }
    }
    return undefined;
  }
}

/** The `id` a command argument claims to have; undefined for anything that is not an object with a string id. */
export function idOf(value: unknown): string | undefined {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
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
