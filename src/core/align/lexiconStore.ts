import type { Lexicon } from './lexicon';

// The CC-CEDICT lexicon, shared by the aligner and the checks: a few megabytes, so the host (CLI, extension) only
// says how to load it, and it is read the first time something needs it, never at activation.
let loader: (() => Lexicon | undefined) | undefined;
let loaded: Lexicon | undefined;

/** Registers how the host reads the lexicon; nothing is read until `sharedLexicon` is called. */
export function provideLexicon(load: () => Lexicon | undefined): void {
  loader = load;
  loaded = undefined;
}

/** The lexicon, loaded on first use; undefined when the host provides none (a check then stays silent). */
export function sharedLexicon(): Lexicon | undefined {
  if (!loaded && loader) {
    loaded = loader();
    loader = undefined;
  }
  return loaded;
}
