// The builders bundle is a sibling of this one: the first panel, export or Markdown copy loads it, activation does not.
import type * as Builders from './builders';

let loaded: typeof Builders | undefined;

export function builders(): typeof Builders {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a sibling bundle, resolved at run time
  loaded ??= require('./builders.js') as typeof Builders;
  return loaded;
}
