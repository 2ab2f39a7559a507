import { distance } from 'fastest-levenshtein';
import { CAPITAL, JOINED, MARKED } from '../../terms/latinWords';
import { isFunctionWord } from '../../language/functionWords';
import type { TermIndex } from '../../terms/termIndex';
import type { TextRange } from '../../text/offsets';
import { RARE } from '../shared/termVariant';
import { soundKey } from './soundKey';
import { firstUses, inflected, pushCandidates, type NearMissTerms, type Term } from './nearMissTerms';
import type { Proposals } from './nearMissProposals';

// Most words a heard name is split into ("Kuber Nettys", "open tele metry").
const MOST_WORDS = 3;
// A document's own term is evidence for a sound-alike across words when used this often.
const FREQUENT = 3;

/**
 * Terms written across word boundaries: "open telemetry" for OpenTelemetry (spacing and capitals only),
 * "Kuber Nettys" for Kubernetes (same sound key, close spelling), and two terms run together with no space
 * ("PuppetAnsible" where the glossary lists both). The evidence is always a glossary term or a compound the
 * document itself writes as one name; the windows looked at are the few that start like such a term.
 */
export function joinedPhrases(
  text: string,
  index: TermIndex,
  terms: NearMissTerms,
  out: Proposals,
  endings: ReadonlySet<string> | undefined,
): void {
  const targets = targetsOf(index, terms);
  if (!targets.byKey.size) return;
  const { start, end, id, flags, keys, length } = index.words;
  const counts = new Int32Array(keys.length);
  for (let i = 0; i < length; i++) counts[id[i]]++;
  // Whether each distinct word starts a target, asked once per key rather than once per word of the document.
  const opens = new Uint8Array(keys.length);
  for (let k = 0; k < keys.length; k++) if (targets.prefixes.has(keys[k])) opens[k] = 1;
  const firstUse = firstUses(text);
  const found = new Map<string, { term: Term; kind: 'spacing' | 'sound'; ranges: TextRange[] }>();
  for (let i = 0; i < length; i++) {
    if (opens[id[i]] === 0) continue;
    const first = keys[id[i]];
    let joined = first;
    let rare = counts[id[i]] <= RARE;
    // A window that spells a target whole: longer ones are that term and a word more, no sound-alike ("Delta lake now").
    let whole = false;
    for (let n = 2; n <= MOST_WORDS && i + n - 1 < length; n++) {
      const j = i + n - 1;
      if (!(flags[j] & JOINED)) break;
      joined += keys[id[j]];
      rare ||= counts[id[j]] <= RARE;
      const exact = targets.byKey.get(joined);
      const range = { start: start[i], end: end[j] };
      const surface = exact || rare ? text.slice(start[i], end[j]) : '';
      if (exact) {
        // A compound the document writes as one word: glossary terms, and names marked by inner capitals (GitHub).
        // Capitals alone are the term index's business ("internal DevOps days" may be no event at all).
        if (!sameSpacing(surface, exact.spelling) && (exact.glossary || exact.words.length === 1))
          add(found, surface, exact, 'spacing', range);
        whole = true;
        continue;
      }
      if (whole) {
        if (!targets.prefixes.has(joined)) break;
        continue;
      }
      // A longer window can still spell a target only if this one starts one; a sound-alike needs a rare word.
      if (!rare && !targets.prefixes.has(joined)) break;
      if (!rare || !(flags[i] & (CAPITAL | MARKED)) || isFunctionWord(first, 'en') || isFunctionWord(keys[id[j]], 'en')) continue;
      // A window holding a target word whole, or a lone letter, is that term and something else ("Docker E").
      if (targets.byKey.has(keys[id[j]]) || targets.byKey.has(first) || keys[id[j]].length < 2) continue;
      const t = soundAlike(joined, targets.byFirst.get(joined[0]), n);
      // A window opening with the term's own word, inflected, is that word and the next ("Stunde alle", Stunden).
      if (t && !inflected(first, t.key, endings)) add(found, surface, t, 'sound', range);
    }
  }
  for (const [surface, { term, kind, ranges }] of found) {
    pushCandidates(out, ranges, () => surface, kind, term, firstUse(term), 2);
  }
  runTogether(text, index, counts, targets, out);
}

// Whether two spellings break into the same words (capitals aside).
function sameSpacing(a: string, b: string): boolean {
  return (
    a === b ||
    a
      .toLowerCase()
      .split(/[\s-]+/)
      .join(' ') ===
      b
        .toLowerCase()
        .split(/[\s-]+/)
        .join(' ')
  );
}

function add(
  found: Map<string, { term: Term; kind: 'spacing' | 'sound'; ranges: TextRange[] }>,
  surface: string,
  term: Term,
  kind: 'spacing' | 'sound',
  range: TextRange,
): void {
  const f = found.get(surface);
  if (f) f.ranges.push(range);
  else found.set(surface, { term, kind, ranges: [range] });
}

interface Targets {
  readonly byKey: Map<string, Term>;
  /** Every proper prefix of a target key: the first word of a window that may spell one. */
  readonly prefixes: Set<string>;
  /** Targets of six letters or more by first letter, with their sound keys. */
  readonly byFirst: Map<string, { term: Term; sound: string }[]>;
}

// The glossary's Latin terms and the document's names used FREQUENT times or more, marked or glossary ones first.
function targetsOf(index: TermIndex, terms: NearMissTerms): Targets {
  const byKey = new Map<string, Term>();
  for (const g of terms.listed.byKey.values()) byKey.set(g.key, terms.asUsed(g));
  for (const t of terms.inDocument(
    (s) => s.count >= FREQUENT && s.key.length >= 4 && s.lower === 0 && (index.cjk || s.named >= 2),
    () => false,
  ))
    if (!byKey.has(t.key) && isMarked(index, t)) byKey.set(t.key, t);
  const prefixes = new Set<string>();
  const byFirst = new Map<string, { term: Term; sound: string }[]>();
  for (const t of byKey.values()) {
    for (let k = 1; k < t.key.length; k++) prefixes.add(t.key.slice(0, k));
    if (t.key.length < 6) continue;
    const list = byFirst.get(t.key[0]) ?? byFirst.set(t.key[0], []).get(t.key[0])!;
    list.push({ term: t, sound: soundKey(t.key) });
  }
  return { byKey, prefixes, byFirst };
}

// A document term counts when it is spelled as a name: an inner capital or a capital away from a sentence start.
function isMarked(index: TermIndex, t: Term): boolean {
  return !!t.stats && (index.cjk || t.stats.named >= 2) && t.stats.lower === 0;
}

// The target a window sounds like: same first letter, a spelling at most 40% apart, and the same sound key (one
// sound apart in a long key).
function soundAlike(joined: string, list: readonly { term: Term; sound: string }[] | undefined, words: number): Term | undefined {
  if (!list || joined.length < 6) return undefined;
  let key: string | undefined;
  let best: { term: Term; d: number } | undefined;
  for (const { term, sound } of list) {
    if (Math.abs(term.key.length - joined.length) > 3 || term.words.length > words) continue;
    const d = distance(joined, term.key);
    if (d === 0 || d / Math.max(joined.length, term.key.length) > 0.4) continue;
    key ??= soundKey(joined);
    const k = key === sound ? 0 : Math.min(key.length, sound.length) >= 5 ? distance(key, sound) : 9;
    if (k > 1) continue;
    if (!best || d < best.d) best = { term, d };
  }
  return best?.term;
}

// Rare words that are two targets run together ("PuppetChef"), neither part shorter than three letters.
function runTogether(text: string, index: TermIndex, counts: Int32Array, targets: Targets, out: Proposals): void {
  const { start, end, id, keys, length } = index.words;
  // Per word key: 0 not looked at, 1 no two targets, 2 split (in `split`).
  const state = new Uint8Array(keys.length);
  const split = new Map<number, [Term, Term]>();
  const ranges = new Map<number, TextRange[]>();
  for (let i = 0; i < length; i++) {
    const w = id[i];
    if (!state[w]) {
      const two = counts[w] <= RARE && !targets.byKey.has(keys[w]) ? parts(keys[w], targets) : undefined;
      state[w] = two ? 2 : 1;
      if (two) split.set(w, two);
    }
    if (state[w] === 1) continue;
    (ranges.get(w) ?? ranges.set(w, []).get(w)!).push({ start: start[i], end: end[i] });
  }
  for (const [w, all] of ranges) {
    const [a, b] = split.get(w)!;
    const term = `${a.spelling} ${b.spelling}`;
    for (const range of all) {
      out.push({
        range,
        text: text.slice(range.start, range.end),
        kind: 'joined',
        term,
        termCount: 0,
        fromGlossary: a.glossary && b.glossary,
        all,
        rank: 1,
      });
    }
  }
}

function parts(key: string, targets: Targets): [Term, Term] | undefined {
  if (key.length < 6) return undefined;
  for (let k = 3; k <= key.length - 3; k++) {
    const a = targets.byKey.get(key.slice(0, k));
    if (!a || a.words.length > 1) continue;
    const b = targets.byKey.get(key.slice(k));
    if (b && b.words.length === 1) return [a, b];
  }
  return undefined;
}
