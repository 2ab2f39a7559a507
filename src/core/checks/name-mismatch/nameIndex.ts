// Names filed to find, among many, those `nameDistance` could find close to a given one. Comparing each name
// under test with every name of a long list costs their product: a document of many speakers each introducing
// someone else compared hundreds of millions of pairs. `nameDistance` pairs parts in order (either order for
// two parts), or compares a one-part name with a longer one as wholes, and any two parts it pairs must start
// alike (`sameOnset`); parts without a phonetic key must be written alike. Each name is filed under those
// starts, and a name is compared only with the names filed under starts like its own.
import type { NamePart, PersonName } from '../../names/names';
import { sameOnset } from '../../names/phonetic';

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

  /** Files `count` names, each given by `nameAt` once (its parse need not be kept). */
  constructor(count: number, nameAt: (i: number) => PersonName) {
    for (let i = 0; i < count; i++) {
      const p = nameAt(i);
      const n = p.parts.length;
      if (n === 0) continue;
      (this.firstPart.get(n) ?? this.firstPart.set(n, new Filed()).get(n)!).add(partStart(p.parts[0]), i);
      if (n === 2) this.secondPart.add(partStart(p.parts[1]), i);
      if (hasInitial(p.parts)) continue;
      if (n === 1) this.oneWhole.add(wholeStart(p.parts), i);
      else {
        this.manyWhole.add(wholeStart(p.parts), i);
        if (n === 2) this.manyWhole.add(wholeStart(p.parts, true), i);
      }
    }
    this.seen = new Int32Array(count);
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
