import { isFunctionWord } from '../../language/functionWords';
import type { TermIndex, TermStats } from '../../terms/termIndex';
import { MARKED } from '../../terms/latinWords';
import { RARE } from '../shared/termVariant';
import { firstUses, pushCandidates, spansOf, type NearMissTerms, type Term } from './nearMissTerms';
import type { Proposals } from './nearMissProposals';

// Letters whose names a recogniser confuses: "gee"/"jay", "em"/"en", and the names that differ in voicing only,
// "bee"/"pee" and "dee"/"tee" (SDK heard as STK). Wider classes (p/t) turn real acronyms into one another (IP, IT).
const ALIKE = ['gj', 'mn', 'bp', 'dt'];
const SOUNDS = new Map<string, string>();
for (const g of ALIKE) for (const c of g) SOUNDS.set(c, g);

// An acronym: two to six capitals (digits after the first letter allowed), as the document writes it.
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;
// A glossary name of two to six consonants in lower case is spelled out letter by letter too (dbt, npm).
const SPELLED_OUT = /^[b-df-hj-np-tv-xz]{2,6}$/;
// The document uses an acronym this often before its own spelling is evidence.
const FREQUENT = 3;

/**
 * Acronyms one letter from a term's: a letter replaced by one whose name sounds alike ("GCP" → "JCP"), or the last
 * one dropped ("SR" for "SRE"), or one added to an acronym of four letters or more. The rare spelling must be an
 * acronym everywhere the document writes it and no word of the language ("IT", "AS" are words), and the term a
 * glossary acronym or one the document spells FREQUENT times (then only a replaced letter: "UATV" may be UAT and a word).
 */
export function acronyms(text: string, index: TermIndex, terms: NearMissTerms, out: Proposals): void {
  const targets: Term[] = [];
  for (const g of terms.listed.byKey.values()) if (ACRONYM.test(g.spelling) || SPELLED_OUT.test(g.spelling)) targets.push(terms.asUsed(g));
  const candidates: TermStats[] = [];
  const frequent = new Set<TermStats>();
  const table = index.terms;
  for (let k = 0; k < table.size; k++) {
    // An acronym is one marked word (two capitals) of two to six letters: read off the table before the phrase is made.
    const length = table.keyLength(k);
    if (table.varied[k] || table.lower[k] > 0 || length < 2 || length > 6 || table.lastWord[k] !== table.firstWord[k]) continue;
    if (!(index.words.flags[table.firstWord[k]] & MARKED)) continue;
    const s = table.at(k);
    if (!ACRONYM.test(s.first) || terms.isGlossary(s.key)) continue;
    if (s.count <= RARE && !isFunctionWord(s.key, 'en')) candidates.push(s);
    else if (s.count >= FREQUENT) frequent.add(s);
  }
  if (!candidates.length) return;
  if (frequent.size)
    targets.push(
      ...terms.inDocument(
        (x) => frequent.has(x),
        () => false,
      ),
    );
  if (!targets.length) return;
  const firstUse = firstUses(text);
  const alike = new AlikeIndex(targets.map((t) => t.spelling.toLowerCase()));
  for (const s of candidates) {
    let term: Term | undefined;
    for (const i of alike.near(s.first.toLowerCase())) {
      const t = targets[i];
      if (oneLetterAlike(s.first, t.spelling) && (t.glossary || (t.count >= 2 * s.count && s.first.length === t.spelling.length))) {
        term = t;
        break;
      }
    }
    if (!term) continue;
    pushCandidates(out, spansOf(s), () => s.first, 'sound', term, firstUse(term), 3);
  }
}

/** Whether acronym `a` is `b` with one letter replaced by a sound-alike (three letters up), its last letter dropped, or (four letters up) one letter more or less. */
export function oneLetterAlike(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return false;
  if (x.length === y.length) {
    // Two-letter acronyms are too many for a letter of theirs to be evidence (CD, CV; PM, PN).
    if (x.length < 3) return false;
    let differ = -1;
    for (let i = 0; i < x.length; i++) {
      if (x[i] === y[i]) continue;
      if (differ >= 0) return false;
      differ = i;
    }
    return SOUNDS.get(x[differ])?.includes(y[differ]) ?? false;
  }
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (long.length !== short.length + 1) return false;
  // The last letter dropped ("SR" for "SRE"): a short acronym loses its tail in speech.
  if (x.length < y.length && long.startsWith(short) && long.length >= 3) return true;
  if (long.length < 4) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/**
 * Acronyms by the keys `oneLetterAlike` may accept them from, so that each rare acronym meets only the few that may
 * be its term, not every one of the document: text full of capitals (tables, identifiers, noise) has thousands of
 * frequent ones and as many rare. Keys are lower-cased; a key is found by itself, by itself without its last letter
 * and without any one letter.
 */
export class AlikeIndex {
  private readonly exact = new Map<string, number[]>();
  private readonly shortened = new Map<string, number[]>();

  constructor(keys: readonly string[]) {
    keys.forEach((key, i) => {
      add(this.exact, key, i);
      for (let d = 0; d < key.length; d++)
        if (d === key.length - 1 || key.length >= 4) add(this.shortened, key.slice(0, d) + key.slice(d + 1), i);
    });
  }

  /** The positions, ascending and each once, of every key that `oneLetterAlike` may accept for `x` (and a few more). */
  near(x: string): number[] {
    const found: number[] = [];
    const take = (list: number[] | undefined) => {
      if (list) for (const i of list) found.push(i);
    };
    // One letter replaced by a sound-alike: the same length.
    for (let d = 0; d < x.length; d++) {
      const like = SOUNDS.get(x[d]);
      if (like) for (const c of like) if (c !== x[d]) take(this.exact.get(x.slice(0, d) + c + x.slice(d + 1)));
    }
    // A letter more in the term (its last, or any of four letters up), or a letter less (four letters up).
    take(this.shortened.get(x));
    if (x.length >= 4) for (let d = 0; d < x.length; d++) take(this.exact.get(x.slice(0, d) + x.slice(d + 1)));
    return [...new Set(found)].sort((a, b) => a - b);
  }
}

function add(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}
