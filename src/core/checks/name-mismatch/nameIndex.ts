// Names filed to find, among many, those `nameDistance` could find close to a given one. Comparing each name
// under test with every name of a long list costs their product: a document of many speakers each introducing
// someone else compared hundreds of millions of pairs. `nameDistance` pairs parts in order (either order for
// two parts), or compares a one-part name with a longer one as wholes, and any two parts it pairs must start
// alike (`sameOnset`); parts without a phonetic key must be written alike. Each name is filed under those
// starts, and a name is compared only with the names filed under starts like its own.
import type { NamePart, PersonName } from '../../names/names';
import { onsetsAlike, sameOnset } from '../../names/phonetic';

/** How a part or a whole name starts: the first letter of its phonetic key, or its text when it has no key. */
type Start = string;

const ASCII_LETTER = /^[a-z]$/;

function startOf(key: string, text: string): Start {
  return key === '' ? `=${text}` : key[0];
}

const partStart = (p: NamePart): Start => startOf(p.key, p.text);

// How parts run together start, as `nameDistance` joins them to compare a one-part name with a longer one (two
// parts `reversed`, the second first, as it pairs them either way).
function wholeStart(parts: readonly NamePart[], reversed = false): Start {
  // The first letter of the keys run together is the first letter of the first part that has a key: nothing is
  // joined unless no part has one (this runs for every name filed and every name looked up).
  if (reversed) return parts[1].key !== '' ? parts[1].key[0] : parts[0].key !== '' ? parts[0].key[0] : `=${parts[1].text}${parts[0].text}`;
  for (const p of parts) if (p.key !== '') return p.key[0];
  return startOf('', parts.map((p) => p.text).join(''));
}

const hasInitial = (parts: readonly NamePart[]) => {
  for (const p of parts) if (p.initial) return true;
  return false;
};

/** Names filed by how a part starts. */
class Filed {
  private readonly byStart = new Map<Start, number[]>();
  /** The ASCII letters some name is filed under: the only starts `sameOnset` relates to a different one. */
  private readonly ascii: Start[] = [];

  add(start: Start, name: number): void {
    let list = this.byStart.get(start);
    if (!list) {
      this.byStart.set(start, (list = []));
      if (ASCII_LETTER.test(start)) this.ascii.push(start);
    }
    if (list[list.length - 1] !== name) list.push(name);
  }

  /** Gives `into` the names filed under a start like `start`, until it has enough. */
  like(start: Start, into: NameIndex): boolean {
    const own = this.byStart.get(start);
    if (own) for (const n of own) if (!into.take(n)) return false;
    if (start.length !== 1) return true;
    for (const s of this.ascii)
      if (s !== start && sameOnset(start, s)) for (const n of this.byStart.get(s)!) if (!into.take(n)) return false;
    return true;
  }
}

/**
 * Starts as numbers, for the columns of `NameIndex`: a start of one code unit is that unit; a longer one (a part
 * without a phonetic key) is its number in a list of them, below zero.
 */
class StartCodes {
  private readonly long: string[] = [];
  private readonly numbers = new Map<string, number>();

  code(start: Start): number {
    if (start.length === 1) return start.charCodeAt(0);
    let n = this.numbers.get(start);
    if (n === undefined) this.numbers.set(start, (n = -this.long.push(start)));
    return n;
  }

  /** Whether a search for `query` meets names filed under `code`, as `Filed.like` finds them. */
  like(query: Start, code: number): boolean {
    if (code < 0) return this.long[-1 - code] === query;
    if (query.length !== 1) return false;
    const q = query.charCodeAt(0);
    return q === code || (code >= 97 && code <= 122 && onsetsAlike(q, code));
  }
}

/** Names filed by how their parts start; a name is found by its position in the list given. */
export class NameIndex {
  /** By part count, then by the start of the first part. */
  private readonly firstPart = new Map<number, Filed>();
  /** Two-part names by the start of their second part (paired in reverse order). */
  private readonly secondPart = new Filed();
  /** One-part names by their start; longer names by how their parts run together start (both orders for two). */
  private readonly oneWhole = new Filed();
  private readonly manyWhole = new Filed();
  /** Which names a search has met already (by the search's number), so each is returned once. */
  private readonly seen: Int32Array;
  private search = 0;
  private readonly found: number[] = [];
  private most = 0;
  /**
   * Each name's filing, by position, to tell whether a search would meet it (`meets`): its number of parts (0: not
   * filed), whether a part is an initial, and the codes of its starts (first part, second part, whole, whole reversed).
   */
  private readonly parts: Int32Array;
  private readonly initials: Uint8Array;
  private readonly starts: Int32Array;
  private readonly codes = new StartCodes();

  /** Files `count` names, each given by `nameAt` once (its parse need not be kept). */
  constructor(count: number, nameAt: (i: number) => PersonName) {
    this.parts = new Int32Array(count);
    this.initials = new Uint8Array(count);
    this.starts = new Int32Array(4 * count);
    for (let i = 0; i < count; i++) {
      const p = nameAt(i);
      const n = p.parts.length;
      if (n === 0) continue;
      this.parts[i] = n;
      const first = partStart(p.parts[0]);
      this.starts[4 * i] = this.codes.code(first);
      (this.firstPart.get(n) ?? this.firstPart.set(n, new Filed()).get(n)!).add(first, i);
      if (n === 2) {
        const second = partStart(p.parts[1]);
        this.starts[4 * i + 1] = this.codes.code(second);
        this.secondPart.add(second, i);
      }
      if (hasInitial(p.parts)) {
        this.initials[i] = 1;
        continue;
      }
      const whole = wholeStart(p.parts);
      this.starts[4 * i + 2] = this.codes.code(whole);
      if (n === 1) this.oneWhole.add(whole, i);
      else {
        this.manyWhole.add(whole, i);
        if (n === 2) {
          const reversed = wholeStart(p.parts, true);
          this.starts[4 * i + 3] = this.codes.code(reversed);
          this.manyWhole.add(reversed, i);
        }
      }
    }
    this.seen = new Int32Array(count);
  }

  /**
   * Whether a search for `name`, however many it may find, meets name `i`: if not, `nameDistance` finds the two
   * far apart, and name `i` need not even be parsed.
   */
  meets(name: PersonName, i: number): boolean {
    const parts = name.parts;
    const n = parts.length;
    const k = this.parts[i];
    if (n === 0 || k === 0) return false;
    const start = partStart(parts[0]);
    const at = 4 * i;
    if (k === n && this.codes.like(start, this.starts[at])) return true;
    if (n === 2 && k === 2 && this.codes.like(start, this.starts[at + 1])) return true;
    if (this.initials[i] === 1 || hasInitial(parts)) return false;
    const whole = wholeStart(parts);
    if (n === 1) return k >= 2 && (this.codes.like(whole, this.starts[at + 2]) || (k === 2 && this.codes.like(whole, this.starts[at + 3])));
    return (
      k === 1 && (this.codes.like(whole, this.starts[at + 2]) || (n === 2 && this.codes.like(wholeStart(parts, true), this.starts[at + 2])))
    );
  }

  /**
   * The positions of every name `nameDistance` may find close to `name` (and of some others), each once,
   * unordered, at most `most` of them: a list the index reuses, valid until the next search. A search runs for every
   * name under test, and most find nothing: it makes nothing (generators cost objects per list and per name).
   */
  near(name: PersonName, most: number): readonly number[] {
    this.found.length = 0;
    const parts = name.parts;
    if (parts.length === 0) return this.found;
    this.search++;
    this.most = most;
    const start = partStart(parts[0]);
    const more = (this.firstPart.get(parts.length)?.like(start, this) ?? true) && (parts.length !== 2 || this.secondPart.like(start, this));
    if (more && !hasInitial(parts)) {
      if (parts.length === 1) this.manyWhole.like(wholeStart(parts), this);
      else if (this.oneWhole.like(wholeStart(parts), this) && parts.length === 2) this.oneWhole.like(wholeStart(parts, true), this);
    }
    return this.found;
  }

  /** Adds a name to the search's finds (once); whether the search wants more. */
  take(i: number): boolean {
    if (this.seen[i] !== this.search) {
      this.seen[i] = this.search;
      this.found.push(i);
    }
    return this.found.length < this.most;
  }
}
