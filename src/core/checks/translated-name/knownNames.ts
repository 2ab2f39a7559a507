import { nameKey, stem, type Lexicon } from '../../align/lexicon';
import { isFunctionWord } from '../../language/functionWords';

/** Whether a CJK word is CC-CEDICT's name for a Latin name: the standard rendering (谷歌 for Google), not a slip. */
export function isKnownName(lexicon: Lexicon, cjk: string, latin: string): boolean {
  const known = lexicon.nameOf(cjk);
  return !!known && nameKey(known.name) === nameKey(latin);
}

/**
 * The stems of a Latin name's words, as the lexicon keeps its glosses' ("Chaos Monkey" → chao, monkey), or nothing
 * when a word has no stem to compare ("Pi", "K8s"): such a name cannot be told from its translation.
 */
export function nameStems(latin: string): string[] | undefined {
  const out: string[] = [];
  for (const word of latin.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').split(/[\s._-]+/)) {
    if (!word) continue;
    const s = stem(word);
    if (s) out.push(s);
    else if (/\d/.test(word) || (word.length < 3 && !isFunctionWord(word.toLowerCase(), 'en'))) return undefined;
  }
  return out.length ? out : undefined;
}

// The longest headword looked up, in code units (the table's are four ideographs at most).
const LONGEST = 8;

/** The words of a Chinese word by longest match in the lexicon, each as its glosses' stems; nothing when a part is no word. */
export function wordGlosses(lexicon: Lexicon, cjk: string): string[][] | undefined {
  if (!/^\p{Script=Han}+$/u.test(cjk)) return undefined;
  const out: string[][] = [];
  for (let i = 0; i < cjk.length;) {
    let len = Math.min(LONGEST, cjk.length - i);
    let glosses = lexicon.stemsOf(cjk.slice(i, i + len));
    while (!glosses && --len > 0) glosses = lexicon.stemsOf(cjk.slice(i, i + len));
    if (!glosses) return undefined;
    out.push(glosses.split(' '));
    i += len;
  }
  return out;
}

/** Whether words with these glosses render a name word for word: each glosses a word of it, and each of its words is glossed. */
export function rendersWords(words: readonly (readonly string[])[], stems: readonly string[] | undefined): boolean {
  if (!stems) return false;
  const covered = new Set<string>();
  for (const glosses of words) {
    const hit = glosses.filter((g) => stems.includes(g));
    if (!hit.length) return false;
    hit.forEach((g) => covered.add(g));
  }
  return stems.every((s) => covered.has(s));
}

/** Whether a Chinese word translates a Latin name word for word (木偶 for Puppet, 红帽 for Red Hat). */
export function translatesName(lexicon: Lexicon, cjk: string, stems: readonly string[] | undefined): boolean {
  const words = wordGlosses(lexicon, cjk);
  return !!words && rendersWords(words, stems);
}
