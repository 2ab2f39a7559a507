// porter2 ships no types: the one function the lexicon's stemmer calls.
declare module 'porter2' {
  /** The Porter2 (Snowball English) stem of a lower-case word. */
  export function stem(word: string): string;
}
