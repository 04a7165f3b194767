// The features bundle is a sibling of this one: the first command that needs one of its bodies loads it,
// activation does not.
import type * as Features from './features';

let loaded: typeof Features | undefined;

export function features(): typeof Features {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a sibling bundle, resolved at run time
  loaded ??= require('./features.js') as typeof Features;
  return loaded;
}

/** The bundle once a command loaded it; undefined before, when nothing of it (an open panel, say) exists yet. */
export function loadedFeatures(): typeof Features | undefined {
  return loaded;
}
