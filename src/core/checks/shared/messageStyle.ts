/**
 * The one message style of every check, written down so that a test can hold every message to it:
 *
 * - the first sentence says what is wrong and, after a colon, what to do: `“Yaml” is written “YAML” elsewhere: write “YAML”.`;
 * - at most two sentences, 20 to 140 characters once each quotation is counted as one word;
 * - quotations in “…” only (never "…", '…', ‘…’ or 「…」 around the quoted text), so `"""` never appears;
 * - no asides: no parentheses and no semicolons outside quotations; evidence goes to the finding's related locations;
 * - begins with a capital letter (or a quotation) and ends with a period.
 */

/** Quotes text as messages do. */
export function q(text: string): string {
  return `“${text}”`;
}

/** Quotes each text and joins them: “a”, “b” and “c”. */
export function quoteList(texts: readonly string[]): string {
  const quoted = texts.map(q);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}` : (quoted[0] ?? '');
}

// A quotation: “ up to the nearest ”, the quoted text free to hold anything but those two.
const QUOTATION = /“[^“”]*”/g;
// Quotation marks and brackets that would be a second quotation style or an aside outside “…”.
const STRAY_QUOTE = /["'‘’“”「」『』«»]|''/;
const ASIDE = /[()（）;；]/;
const MIN_CHARS = 20;
const MAX_CHARS = 140;
const MAX_SENTENCES = 2;

/** What is wrong with a message by the rules above; empty when nothing is. */
export function messageStyleProblems(message: string): string[] {
  const problems: string[] = [];
  // Contractions ("don't") are words, not quotations.
  const bare = message.replace(QUOTATION, 'Q').replace(/(\p{L})'(\p{L})/gu, '$1$2');
  if (message.includes('"""')) problems.push('holds """');
  if (STRAY_QUOTE.test(bare)) problems.push('quotes with something other than “…”');
  if (ASIDE.test(bare)) problems.push('has an aside in parentheses or after a semicolon');
  if (!/^(?:\p{Lu}|“|\p{Lo})/u.test(message)) problems.push('does not begin with a capital letter or a quotation');
  if (!/[^.]\.$/u.test(message)) problems.push('does not end with one period');
  if (/\s{2}|^\s|\s$|\n/.test(message)) problems.push('has stray whitespace');
  const counted = message.replace(QUOTATION, '“word”').length;
  if (counted < MIN_CHARS || counted > MAX_CHARS) problems.push(`is ${counted} characters long (${MIN_CHARS}–${MAX_CHARS})`);
  const sentences = bare.split(/[.!?](?:\s+|$)/).filter((s) => s.trim()).length;
  if (sentences > MAX_SENTENCES) problems.push(`has ${sentences} sentences (at most ${MAX_SENTENCES})`);
  if (!bare.split(/[.!?](?:\s+|$)/, 1)[0].includes(':')) problems.push('first sentence does not say what to do after a colon');
  return problems;
}
