// Every view's nodes by id: commands receive nodes from menus, but any extension can call them with any value,
// so only a node one of our views holds, looked up by its id, is acted on.
import type { HireNode } from '../model/tree/hireNode';

type Source = (id: string) => HireNode | undefined;

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
