// Names as anchors across scripts: a person or place named in Latin letters on one side is usually transliterated
// on the other (Kelsey → 凯尔西, Martin → 마틴). The Latin side's names are the capitalised words it uses inside
// sentences; each short run of ideographs or Hangul syllables on the other side whose romanisation sounds like
// one of them carries that name's anchor.
import { foldLatin, phoneticDistance, phoneticForm, sameOnset } from '../names/phonetic';
import { romanize } from '../names/names';

// A transliteration this far from a name (see phoneticDistance) still counts as that name; short names must
// sound closer, or any two syllables would do.
const maxDistance = (form: string): number => (form.length <= 5 ? 0.15 : 0.25);
// Names shorter than this (folded) sound like too many syllables by chance.
const MIN_NAME = 4;
// Beyond these, matching every run against every name would cost more than the anchors are worth.
const MAX_NAMES = 300;
const MAX_CHARACTERS = 300_000;

/** Latin names a document uses, by their phonetic form, bucketed by first letter for quick lookup. */
export interface NameIndex {
  readonly byOnset: ReadonlyMap<string, readonly { readonly form: string; readonly key: string; readonly count: number }[]>;
}

/** The names of a Latin-script side: capitalised words that occur after the first word of a sentence and never in lower case. */
export function latinNames(segments: readonly string[]): NameIndex | undefined {
  const counts = new Map<string, number>();
  const lower = new Set<string>();
  for (const s of segments) {
    for (const m of s.matchAll(/(?<=[\p{L}\p{N},;] +)\p{Lu}\p{Ll}{2,}(?:[-’']\p{Lu}?\p{Ll}+)?(?![’'])/gu))
      counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    for (const m of s.matchAll(/(?<![\p{L}’'])\p{Ll}{3,}/gu)) lower.add(m[0]);
  }
  for (const name of counts.keys()) if (lower.has(name.toLowerCase())) counts.delete(name);
  const byOnset = new Map<string, { form: string; key: string; count: number }[]>();
  const names = [...counts].sort((a, b) => b[1] - a[1]).slice(0, MAX_NAMES);
  for (const [name, count] of names) {
    const form = phoneticForm(foldLatin(name));
    if (form.length < MIN_NAME) continue;
    const list = byOnset.get(form[0]) ?? [];
    list.push({ form, key: 'n:' + form, count });
    byOnset.set(form[0], list);
  }
  return byOnset.size ? { byOnset } : undefined;
}

/** The name anchors of a segment in Han or Hangul script: runs of two to four characters that sound like a name. */
export function transliteratedNames(text: string, index: NameIndex, add: (key: string) => void): void {
  for (const run of text.matchAll(/[\p{Script=Han}\p{Script=Hangul}]{2,}/gu)) {
    const chars = [...run[0]];
    const script = /\p{Script=Han}/u.test(chars[0]) ? 'Han' : 'Hangul';
    for (let i = 0; i + 1 < chars.length; i++) {
      for (let len = 2; len <= 4 && i + len <= chars.length; len++) {
        const form = phoneticForm(romanize(chars.slice(i, i + len).join(''), script));
        for (const [onset, names] of index.byOnset) {
          if (!sameOnset(onset, form)) continue;
          for (const n of names) {
            if (Math.abs(n.form.length - form.length) <= 3 && phoneticDistance(n.form, form) <= maxDistance(n.form)) add(n.key);
          }
        }
      }
    }
  }
}

/**
 * The name anchors of each segment of a Han or Hangul side. A name that seems to be transliterated far more often
 * than the other side writes it is a sound-alike of common words, not a name: its anchors are dropped.
 */
export function transliteratedNamesOf(segments: readonly string[], index: NameIndex): string[][] {
  const found = segments.map((s) => {
    const keys = new Set<string>();
    transliteratedNames(s, index, (k) => keys.add(k));
    return [...keys];
  });
  const hits = new Map<string, number>();
  for (const keys of found) for (const k of keys) hits.set(k, (hits.get(k) ?? 0) + 1);
  const written = new Map<string, number>();
  for (const names of index.byOnset.values()) for (const n of names) written.set(n.key, n.count);
  const noisy = new Set([...hits].filter(([k, n]) => n > 2 * (written.get(k) ?? 0) + 2).map(([k]) => k));
  return found.map((keys) => keys.filter((k) => !noisy.has(k)));
}

/** Whether a side is small enough for name matching. */
export function nameMatchingFits(segments: readonly string[]): boolean {
  let n = 0;
  for (const s of segments) n += s.length;
  return n <= MAX_CHARACTERS;
}

/** The anchor a Latin name itself carries, matching `transliteratedNames`' keys. */
export function latinNameKeys(text: string, index: NameIndex, add: (key: string) => void): void {
  for (const m of text.matchAll(/\p{Lu}\p{Ll}{2,}(?:[-’']\p{Lu}?\p{Ll}+)?/gu)) {
    const form = phoneticForm(foldLatin(m[0]));
    if (index.byOnset.get(form[0])?.some((n) => n.form === form)) add('n:' + form);
  }
}
