// Two foldings of a person's name, side by side because they differ on purpose. Both drop case, compatibility
// forms (full-width letters) and the joiners between parts (spaces, middle dots, dots, hyphens, underscores,
// apostrophes). `speakerKey` keeps accents and other combining marks: it groups turn labels into speakers, and
// "José" and "Jose" written as labels are two spellings for the speaker-variant check to weigh, not one label.
// `spellingKey` drops them: it answers "is this the same spelling, give or take accents?" when a check compares
// a name with the one it expects, where flagging "Jose" against "José" would be noise.

const JOINERS = /[\s·・•‧.\-‐‑_'’]+/gu;
const MARKS = /\p{M}+/gu;
// ASCII has no compatibility forms nor marks to fold, and these joiners only: a name of ASCII (the usual kind)
// is folded in two passes, not four.
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_JOINERS = /[\s.\-_']+/g;

/** A speaker label folded to group turns by speaker: compatibility forms, case and joiners (accents kept). */
export function speakerKey(name: string): string {
  if (ASCII.test(name)) return name.toLowerCase().replace(ASCII_JOINERS, '');
  return name.normalize('NFKC').toLowerCase().replace(JOINERS, '');
}

/** A name folded for spelling comparison: compatibility forms, case, joiners and combining marks (accents) removed. */
export function spellingKey(name: string): string {
  if (ASCII.test(name)) return name.replace(ASCII_JOINERS, '').toLowerCase();
  return name.normalize('NFKD').replace(MARKS, '').replace(JOINERS, '').toLowerCase();
}

/** Whether two names are the same text once case, width, accents and joiners are folded (see `spellingKey`). */
export function sameSpelling(a: string, b: string): boolean {
  return sameFolded(spelled(a), spelled(b));
}

/**
 * Names, looked up by their `spellingKey` without making keys: a long document gives a hundred thousand names and
 * has as many looked up, and a key made for each is a string made and dropped by the hundred thousand. A name of
 * ASCII is read as its own key (joiners skipped, capitals lowered, as `spellingKey` folds it); any other by its key.
 * Each name is kept once as written, in the order added.
 */
export class SpellingSet {
  /** The names added, once each as written. */
  readonly names: string[] = [];
  /** The names' texts as `spelled` gives them (for a name of ASCII, the name), and the hashes of their folds. */
  private readonly texts: string[] = [];
  private readonly hashes: number[] = [];
  /** Open addressing, at most half full: the number of a name, plus one, at the slot its hash picks, or 0. */
  private slots = new Int32Array(16);

  /** Adds `name`, if not written so already; its position in `names`. */
  add(name: string): number {
    const text = spelled(name);
    const hash = foldedHash(text);
    const mask = this.slots.length - 1;
    let at = slotOf(hash, mask);
    for (; this.slots[at] !== 0; at = (at + 1) & mask) {
      const i = this.slots[at] - 1;
      if (this.hashes[i] === hash && this.names[i] === name) return i;
    }
    this.names.push(name);
    this.texts.push(text);
    this.hashes.push(hash);
    this.slots[at] = this.names.length;
    if (2 * this.names.length > this.slots.length) this.grow();
    return this.names.length - 1;
  }

  /** Whether a name of the set has the spelling key of `name`. */
  has(name: string): boolean {
    const text = spelled(name);
    const hash = foldedHash(text);
    const mask = this.slots.length - 1;
    for (let at = slotOf(hash, mask); this.slots[at] !== 0; at = (at + 1) & mask) {
      const i = this.slots[at] - 1;
      if (this.hashes[i] === hash && sameFolded(this.texts[i], text)) return true;
    }
    return false;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let i = 0; i < this.hashes.length; i++) {
      let at = slotOf(this.hashes[i], mask);
      while (this.slots[at] !== 0) at = (at + 1) & mask;
      this.slots[at] = i + 1;
    }
  }
}

// A name of ASCII as it is, any other as its spelling key: either way, folding it as ASCII (`foldedHash`,
// `sameFolded`) gives its spelling key, since a key holds no capitals and no joiners.
function spelled(name: string): string {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) > 0x7f) return spellingKey(name);
  return name;
}

// White space (as `\s` reads it in ASCII), dot, hyphen, underscore and apostrophe: ASCII_JOINERS.
function isAsciiJoiner(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 46 || c === 45 || c === 95 || c === 39;
}

// FNV-1a over the units of `text` folded as ASCII.
function foldedHash(text: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isAsciiJoiner(c)) h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
  }
  return h;
}

// Whether two texts are alike once folded as ASCII, read in place.
function sameFolded(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && isAsciiJoiner(a.charCodeAt(i))) i++;
    while (j < b.length && isAsciiJoiner(b.charCodeAt(j))) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    const c = a.charCodeAt(i++);
    const d = b.charCodeAt(j++);
    if (c !== d && (c >= 65 && c <= 90 ? c + 32 : c) !== (d >= 65 && d <= 90 ? d + 32 : d)) return false;
  }
}

// The slot a hash starts at, its high bits folded in.
function slotOf(hash: number, mask: number): number {
  return (hash ^ (hash >>> 16)) & mask;
}
