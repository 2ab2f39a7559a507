import { distance } from 'fastest-levenshtein';
import { skeletonSimilarity, soundSkeleton } from './soundSkeleton';
import {
  caseMatters,
  caseOnly,
  caseVariantSpans,
  phrasesWhere,
  surfaces,
  termIndex,
  writtenAs,
  type TermIndex,
} from '../../terms/termIndex';
import { phrases } from './nearMissPhrases';
import { joinedPhrases } from './nearMissJoined';
import { lowerCasedNames } from './nearMissNameCase';
import { acronyms } from './nearMissAcronyms';
import { homophones } from './nearMissHomophones';
import { RARE } from '../shared/termVariant';
import {
  editsAtLeast,
  firstOf,
  endingsOf,
  inflected,
  firstUses,
  letterSet,
  commonWordInEnglish,
  NearMissTerms,
  pushCandidates,
  speakerWords,
  spansOf,
  type Candidate,
  type NearMiss,
  type Term,
} from './nearMissTerms';
import { bucketAt, bucketOf, TermGroups } from './nearMissNeighbours';
import type { CheckContext } from '../../engine/types';
import { Proposals } from './nearMissProposals';
import { RecentCache } from '../../text/recentCache';
import { isCommonLowerCaseWord } from '../../language/commonEnglish';
import type { GlossaryTerms } from './nearMissGlossary';

export { type NearMiss, type NearMissKind } from './nearMissTerms';

/** Finds rare Latin phrases close to a term of the document or the glossary; overlapping matches keep the strongest. */
export function findNearMisses(ctx: CheckContext): NearMiss[] {
  const index = termIndex(ctx.transcript);
  const names = speakerWords(ctx);
  const terms = new NearMissTerms(ctx, index, names);
  const proposals = new Proposals();
  for (const term of terms.varying()) variants(ctx.text, index, term, proposals, terms.listed);
  const endings = index.cjk ? undefined : endingsOf(ctx.transcript.language.tag);
  spellings(ctx.text, index, terms, names, proposals, inOtherLatinLanguage(ctx, index), endings);
  phrases(ctx.text, index, terms, proposals);
  const listedPhrases = lowerCasedNames(ctx.text, index, terms, proposals);
  joinedPhrases(ctx.text, index, terms, proposals, endings);
  acronyms(ctx.text, index, terms, proposals);
  homophones(ctx, proposals);
  const found = proposals.kept();
  found.sort((a, b) => a.rank - b.rank || b.range.end - b.range.start - (a.range.end - a.range.start) || a.range.start - b.range.start);
  // Offsets taken by a stronger match, or by a glossary phrase written as listed: linear in the flagged text, however
  // many candidates there are.
  const taken = found.length ? new Uint8Array(ctx.text.length) : undefined;
  if (taken) for (const r of listedPhrases) taken.fill(1, r.start, r.end);
  const kept: Candidate[] = [];
  for (const c of found) {
    if (anyTaken(taken!, c.range.start, c.range.end)) continue;
    taken!.fill(1, c.range.start, c.range.end);
    kept.push(c);
  }
  // Returned as they are, rank and all: a copy of each without it costs an object per finding, and there may be one a line.
  return kept.sort((a, b) => a.range.start - b.range.start);
}

function anyTaken(taken: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (taken[i]) return true;
  return false;
}

// Case and spacing variants of one folded phrase: "Graphql" or "Graph QL" where the document writes "GraphQL".
function variants(text: string, index: TermIndex, term: Term, out: Proposals, listed: GlossaryTerms): void {
  const s = term.stats;
  if (!s) return;
  const canon = term.spelling;
  // A glossary term is compared with its own spelling, even where the document writes the term one way only.
  if (s.uniform && !(term.glossary && s.first !== term.spelling)) return;
  const spellings = surfaces(s, text);
  const canonCount = spellings.get(canon) ?? 0;
  for (const [surface, n] of spellings) {
    if (surface === canon) continue;
    if (!term.glossary && (n > RARE || canonCount < Math.max(2, 2 * n))) continue;
    // Another spelling the glossary lists too ("Cursor", the editor, beside "cursor" → 光标) is right as it is.
    if (term.glossary && listed.lists(term.key, surface)) continue;
    const sameLetters = caseOnly(surface, canon);
    // A capital on a glossary term that is an everyday word in lower case makes a name of it, or opens a sentence.
    if (sameLetters && term.glossary && capitalisedWord(surface, canon, listed.isConcept(term.key))) continue;
    if (sameLetters && !term.glossary && !caseMatters(canon, surface)) continue;
    if (sameLetters && term.glossary && titleCased(surface, canon)) continue;
    // A lower-case common word is the word, not the name: "the consul", "at the helm".
    const all = (
      sameLetters ? caseVariantSpans(index, text, s, surface, canon) : spansOf(s).filter((r) => writtenAs(text, r.start, r.end, surface))
    ).filter((r) => !(sameLetters && surface === surface.toLowerCase() && commonWordInEnglish(text, r, true)));
    if (!all.length) continue;
    const termRange = firstOf(s, canon, text);
    for (const r of all) {
      out.push({
        range: r,
        text: surface,
        kind: sameLetters ? 'case' : 'spacing',
        term: canon,
        termCount: canonCount,
        fromGlossary: term.glossary,
        termRange,
        all,
        rank: term.glossary ? 0 : 1,
      });
    }
  }
}

// Whether `surface` is the lower-case word `canon` with a capital first letter ("Cursor" for cursor), `canon` being an
// everyday word or a concept the glossary translates (kubectl is neither: "Kubectl" is a slip).
function capitalisedWord(surface: string, canon: string, concept: boolean): boolean {
  return (
    !/\s/.test(canon) &&
    canon === canon.toLowerCase() &&
    surface === canon[0].toUpperCase() + canon.slice(1) &&
    (concept || isCommonLowerCaseWord(canon))
  );
}

// A glossary phrase in lower case is made of common words, and English capitalises those in titles and names of
// practices ("Infrastructure as Code"): capitals at word starts are style there. A lower-case single word keeps its
// case ("Kubectl" for kubectl); a capital forced by a sentence start is `caseVariantSpans`' business.
function titleCased(surface: string, canon: string): boolean {
  const words = canon.split(/\s+/);
  const written = surface.split(/\s+/);
  return (
    words.length >= 2 &&
    canon === canon.toLowerCase() &&
    written.length === words.length &&
    written.every((w, i) => w === words[i] || w === words[i][0].toUpperCase() + words[i].slice(1))
  );
}

// How close a rare folded word must be to a term: one edit in a short name, two in a long one, or the sound of a
// long one (`skeleton`: `soundSkeleton`, kept per key by the caller).
function close(rare: string, t: Term, skeleton: (key: string) => string): 'spelling' | 'sound' | undefined {
  const term = t.key;
  const sameOnset = rare[0] === term[0];
  // A first letter written another way for the same sound ("Cotlin") is a slip for a glossary name only.
  if (!sameOnset && (!t.glossary || alikeOnset(rare.charCodeAt(0)) !== term.charCodeAt(0))) return undefined;
  // A plural of a name, or the singular of a common word, is grammar, not a slip ("Postgre" for "Postgres" is one).
  if (suffixed(rare, term, 's') || suffixed(rare, term, 'es') || (suffixed(term, rare, 's') && t.spelling === t.spelling.toLowerCase()))
    return undefined;
  const longer = Math.max(rare.length, term.length);
  const d = transposed(rare, term) ? 1 : distance(rare, term);
  if (sameOnset && ((longer >= 5 && d <= 1) || (longer >= 8 && d <= 2))) return 'spelling';
  // A glossary term in lower case is a common word, and a recogniser writes common words as it heard them: a word
  // that sounds like one but is spelled otherwise is another word ("consider" beside "container"). Names are what it
  // mishears. (A document's own lower-case term may be a name written casually, as CJK prose often does.)
  if (t.glossary && t.spelling === t.spelling.toLowerCase()) return undefined;
  if (longer < 6) return undefined;
  const alike = skeletonSimilarity(skeleton(rare), skeleton(term));
  if (longer >= 7 && 1 - d / longer >= 0.6 && alike >= 0.75) return 'sound';
  // A glossary name is evidence enough for a shorter or further spelling whose sounds are the name's: "Cotlin" for
  // Kotlin, "Luker" for Looker.
  if (t.glossary && 1 - d / longer >= 0.5 && alike >= 0.9) return 'sound';
  return undefined;
}

// The other letter a word's first sound may be written with: c and k ("Cotlin", "Kafe"); 0 for none.
function alikeOnset(c: number): number {
  return c === 99 ? 107 : c === 107 ? 99 : 0;
}

// The most edits `close` accepts between keys of these lengths (0.4 per letter of the longer one in a sound-alike),
// with room for rounding: compared with `editsAtLeast`, it spares most pairs their edit distance.
function mostEdits(a: number, b: number): number {
  const longer = Math.max(a, b);
  return longer >= 7 ? 0.4 * longer + 0.5 : 1;
}

// Whether `word` is `stem` followed by `suffix`, without building the string (this runs for every pair compared).
function suffixed(word: string, stem: string, suffix: string): boolean {
  return word.length === stem.length + suffix.length && word.endsWith(suffix) && word.startsWith(stem);
}

// Two letters swapped ("Ansibel") is one slip of the fingers, not two edits.
function transposed(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

// Whether the document is prose of a Latin-script language other than English (whose words `commonWordInEnglish` knows).
function inOtherLatinLanguage(ctx: CheckContext, index: TermIndex): boolean {
  const { tag, script } = ctx.transcript.language;
  return !index.cjk && script === 'Latin' && tag !== 'en' && tag !== 'und';
}

// The longest key compared: longer runs of letters are no names (hashes, tokens, letters run together), and the
// distance of two keys costs the product of their lengths.
const MAX_KEY = 64;

// Whether `close` can accept keys of these lengths: one edit under eight letters, none under five, and the search
// looks two lengths either way. A document of random text has thousands of two- and three-letter terms that
// four-letter rare words would otherwise meet.
function reachable(a: number, b: number): boolean {
  const longer = Math.max(a, b);
  const apart = Math.abs(a - b);
  return longer <= MAX_KEY && (longer >= 7 ? apart <= 2 : longer >= 5 && apart <= 1);
}

// Single rare words one or two edits, or a similar sound, away from a term: "Terrafrom", "Zabix".
function spellings(
  text: string,
  index: TermIndex,
  terms: NearMissTerms,
  names: Set<string>,
  out: Proposals,
  otherLanguage: boolean,
  endings: ReadonlySet<string> | undefined,
): void {
  const glossed = terms.listed.byKey.size > 0;
  const table = index.terms;
  // The candidates by number, their keys' lengths and first units read off the table: a list of names has a phrase
  // per name, each used once, and only one that meets a term is made (with its key).
  const candidates = phrasesWhere(table, (k) => {
    const length = table.keyLength(k);
    return length >= 4 && length <= MAX_KEY && (table.count[k] <= RARE || glossed);
  });
  if (!candidates.length) return;
  // The buckets each candidate looks up: its first letter, at the lengths `close` can accept (into a list reused).
  // Five slots, one per length from two shorter to two longer, -1 where `close` accepts no such length (and five
  // more for the other spelling of the first sound): emptied by `length = 0` and pushed again, a list gets a new
  // backing store every time, and every candidate asks.
  const buckets = [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1];
  const bucketsOf = (k: number) => {
    const length = table.keyLength(k);
    const unit = table.keyStart(k);
    // Then the same lengths under the letter the first sound may also be written with (c, k): glossary terms only.
    const other = alikeOnset(unit);
    for (let d = 0; d < 5; d++) {
      buckets[d] = reachable(length, length - 2 + d) ? bucketAt(unit, length - 2 + d) : -1;
      buckets[d + 5] = other && buckets[d] >= 0 ? bucketAt(other, length - 2 + d) : -1;
    }
    return buckets;
  };
  // Terms by first letter and length: only those of the letters and lengths the candidates look up are made.
  // A set, not a table by bucket number: that table is 4 MB to clear for every document, most of a small file's time.
  const wanted = new Set<number>();
  for (let c = 0; c < candidates.length; c++) for (const b of bucketsOf(candidates[c])) wanted.add(b);
  const inBucket = (key: string) => key.length <= MAX_KEY + 2 && wanted.has(bucketOf(key));
  const listed = terms.listed.byBucket();
  const groups = new TermGroups(
    terms.inDocument((s) => inBucket(s.key), inBucket),
    (t) => bucketOf(t.key),
    (b) => terms.glossaryRest(listed.get(b)),
  );
  const firstUse = firstUses(text);
  // A term's skeleton is asked for by every rare word near it: kept for the keys asked lately (not for every rare one).
  const skeletons = new RecentCache(1024, soundSkeleton);
  const skeleton = (key: string) => skeletons.get(key);
  // The phrases that are words of speakers' names, by number.
  const isName = new Uint8Array(table.size);
  for (const w of names) {
    const k = table.numberOf(w);
    if (k >= 0) isName[k] = 1;
  }
  // A rare phrase's key and letters, and the best term for it: made only for those a term may claim.
  const compare = (k: number, count: number) => {
    // The key only, not the stats: the table keeps every stats object it makes, and a list of names offers
    // hundreds of thousands of rare words of which a handful are slips.
    const key = table.keyOf(k);
    const rareEnough = count <= RARE;
    const letters = letterSet(key);
    // In French or German prose a word in lower case is a word of the language, which we cannot look up (English
    // words we can, `commonWordInEnglish`): only the glossary is evidence that it is a name misheard.
    const wordOnly = otherLanguage && table.lower[k] === count;
    let best: { term: Term; kind: 'spelling' | 'sound'; score: number } | undefined;
    groups.near(buckets, count, rareEnough, (t) => {
      if (t.key === key || (!t.glossary && (!rareEnough || t.count < 2 * count || wordOnly))) return;
      // German and French nouns are written with capitals and take endings: "Wochen" is Woche's plural, no slip.
      if (!t.glossary && inflected(key, t.key, endings)) return;
      // One word of a longer name is that name shortened ("Raspberry" for Raspberry Pi), or the word itself.
      if (t.words.length > 1 && t.words.includes(key)) return;
      if (editsAtLeast(letters, t.letters) > mostEdits(key.length, t.key.length)) return;
      const kind = close(key, t, skeleton);
      // Per letter of the term (a term in a bucket has the bucket's length).
      const score = kind ? distance(key, t.key) / t.key.length - t.count / 1e6 - (t.glossary ? 1 : 0) : Infinity;
      if (kind && (!best || score < best.score)) best = { term: t, kind, score };
    });
    if (!best) return;
    const { term, kind } = best;
    const all = spansOf(table.at(k)).filter((x) => !/\s/.test(text.slice(x.start, x.end)) && !commonWordInEnglish(text, x));
    if (!all.length) return;
    pushCandidates(out, all, (x) => text.slice(x.start, x.end), kind, term, firstUse(term), 3);
  };
  // A loop that captures nothing: a loop body whose variables a callback captures allocates them for every candidate.
  for (let c = 0; c < candidates.length; c++) {
    const k = candidates[c];
    const count = table.count[k];
    // A candidate no term can claim needs no key.
    if (!isName[k] && !terms.isGlossaryAt(k) && groups.mayMeet(bucketsOf(k), count, count <= RARE)) compare(k, count);
  }
}
