// A Metaphone-like key of English spelling: what a speech recogniser keeps when it writes a name it heard as other
// words ("Kuber Nettys" for Kubernetes). The Double Metaphone package would do, but it is ESM-only and a few of its
// hundred rules matter for names; this key takes those few and runs in one pass per word.

const VOWEL = new Set('aeiouy');

/** The consonant sounds of a lower-case Latin word or run of words, vowels but a leading one dropped: "kubernettys" → "KBRNTS". */
export function soundKey(word: string): string {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  let s = w.replace(/^(?:kn|gn|pn|wr|ps)/, (m) => m[1]);
  s = s
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/sch/g, 'sk')
    .replace(/ti(?=[ao])/g, 'x')
    .replace(/gh/g, '');
  let out = VOWEL.has(s[0]) ? 'A' : '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const next = s[i + 1] ?? '';
    let k = '';
    switch (c) {
      case 'b':
        k = i === s.length - 1 && s[i - 1] === 'm' ? '' : 'B';
        break;
      case 'c':
        k = next === 'h' ? 'X' : 'eiy'.includes(next) && next ? 'S' : 'K';
        break;
      case 'd':
      case 't':
        k = c === 't' && next === 'h' ? '0' : 'T';
        break;
      case 'g':
        k = 'eiy'.includes(next) && next ? 'J' : 'K';
        break;
      case 'h':
        k = '';
        break;
      case 'j':
        k = 'J';
        break;
      case 'k':
      case 'q':
        k = 'K';
        break;
      case 'l':
      case 'm':
      case 'n':
      case 'r':
      case 'f':
        k = c.toUpperCase();
        break;
      case 'p':
        k = 'P';
        break;
      case 'v':
        k = 'F';
        break;
      case 's':
        k = next === 'h' ? 'X' : 'S';
        break;
      case 'w':
        k = VOWEL.has(next) ? 'W' : '';
        break;
      case 'x':
        k = 'KS';
        break;
      case 'z':
        k = 'S';
        break;
      default:
        k = '';
    }
    if (k && !out.endsWith(k)) out += k;
  }
  return out;
}
