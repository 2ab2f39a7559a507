// Revised Romanization of Korean (2000) for Hangul syllables, so Korean renderings of names can
// be compared with their Latin and Chinese forms. Covers the rules that change how a name sounds
// across syllables (liaison, ㄹ-doubling, nasal ㄹ); the rarer assimilations are left out because
// personal names are romanised without them anyway.

const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MEDIALS = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
];
// A final consonant as pronounced at the end of a word or before another consonant.
const FINALS = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];
// The same finals when a vowel follows (initial ㅇ): the consonant is carried over and voiced.
const LIAISON = [
  '',
  'g',
  'kk',
  'ks',
  'n',
  'nj',
  'n',
  'd',
  'r',
  'lg',
  'lm',
  'lb',
  'ls',
  'lt',
  'lp',
  'r',
  'm',
  'b',
  'ps',
  's',
  'ss',
  'ng',
  'j',
  'ch',
  'k',
  't',
  'p',
  '',
];

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const SILENT_INITIAL = 11; // ㅇ
const RIEUL_INITIAL = 5; // ㄹ
const RIEUL_FINAL = 8; // ㄹ
const NIEUN_FINAL = 4; // ㄴ
const NASAL_FINALS = new Set([16, 21]); // ㅁ, ㅇ

// Compatibility jamo written alone (ㄱ, ㅏ …), romanised as their syllable-initial or vowel values.
const COMPAT_CONSONANTS = 'ㄱㄲㄳㄴㄵㄶㄷㄸㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅃㅄㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const COMPAT_CONSONANT_ROMAN = [
  'g',
  'kk',
  'gs',
  'n',
  'nj',
  'nh',
  'd',
  'tt',
  'r',
  'lg',
  'lm',
  'lb',
  'ls',
  'lt',
  'lp',
  'lh',
  'm',
  'b',
  'pp',
  'bs',
  's',
  'ss',
  '',
  'j',
  'jj',
  'ch',
  'k',
  't',
  'p',
  'h',
];
const COMPAT_VOWEL_FIRST = 0x314f; // ㅏ

interface Jamo {
  readonly initial: number;
  readonly medial: number;
  readonly final: number;
}

// Splits a precomposed syllable into its jamo indices.
function decompose(cp: number): Jamo | undefined {
  if (cp < SYLLABLE_FIRST || cp > SYLLABLE_LAST) return undefined;
  const index = cp - SYLLABLE_FIRST;
  return { initial: Math.floor(index / 588), medial: Math.floor((index % 588) / 28), final: index % 28 };
}

/** Romanises Hangul in `text` by the Revised Romanization (lower case); other characters pass through unchanged. */
export function romanizeHangul(text: string): string {
  const chars = Array.from(text);
  const jamo = chars.map((c) => decompose(c.codePointAt(0)!));
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const s = jamo[i];
    if (!s) {
      out += romanizeLoneJamo(chars[i]);
      continue;
    }
    const prev = jamo[i - 1];
    const next = jamo[i + 1];
    out += initialAfter(s.initial, prev) + MEDIALS[s.medial];
    if (s.final === 0) continue;
    // Before a vowel the final is carried over; before ㄹ, a final ㄴ or ㄹ is heard as "l" (신라 → silla).
    if (next && next.initial === SILENT_INITIAL) out += LIAISON[s.final];
    else if (next && next.initial === RIEUL_INITIAL && s.final === NIEUN_FINAL) out += 'l';
    else out += FINALS[s.final];
  }
  return out;
}

// A syllable's initial as heard after the previous syllable's final.
function initialAfter(initial: number, prev: Jamo | undefined): string {
  if (initial !== RIEUL_INITIAL || !prev || prev.final === 0) return INITIALS[initial];
  if (prev.final === RIEUL_FINAL || prev.final === NIEUN_FINAL) return 'l';
  if (NASAL_FINALS.has(prev.final)) return 'n';
  return INITIALS[initial];
}

// A jamo written on its own, outside any syllable.
function romanizeLoneJamo(ch: string): string {
  const consonant = COMPAT_CONSONANTS.indexOf(ch);
  if (consonant >= 0) return COMPAT_CONSONANT_ROMAN[consonant];
  const vowel = ch.codePointAt(0)! - COMPAT_VOWEL_FIRST;
  return vowel >= 0 && vowel < MEDIALS.length ? MEDIALS[vowel] : ch;
}
