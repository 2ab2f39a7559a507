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

// How two parts run together start, as `nameDistance` joins them to compare a one-part name with a longer one.
function wholeStart(parts: readonly NamePart[]): Start {
  // The first letter of the keys run together is the first letter of the first part that has a key: nothing is
  // joined unless no part has one (this runs for every name filed and every name looked up).
  for (const p of parts) if (p.key !== '') return p.key[0];
  return startOf('', parts.map((p) => p.text).join(''));
}

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

  /** The names filed under a start like `start`. */
  *like(start: Start): Iterable<number> {
    const own = this.byStart.get(start);
    if (own) yield* own;
    if (start.length !== 1) return;
    for (const s of this.ascii) if (s !== start && sameOnset(start, s)) yield* this.byStart.get(s)!;
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

  constructor(names: readonly PersonName[]) {
    names.forEach((p, i) => {
      const n = p.parts.length;
      if (n === 0) return;
      (this.firstPart.get(n) ?? this.firstPart.set(n, new Filed()).get(n)!).add(partStart(p.parts[0]), i);
      if (n === 2) this.secondPart.add(partStart(p.parts[1]), i);
      if (p.parts.some((x) => x.initial)) return;
      if (n === 1) this.oneWhole.add(wholeStart(p.parts), i);
      else {
        this.manyWhole.add(wholeStart(p.parts), i);
        if (n === 2) this.manyWhole.add(wholeStart([p.parts[1], p.parts[0]]), i);
      }
    });
    this.seen = new Int32Array(names.length);
  }

  /** The positions of every name `nameDistance` may find close to `name` (and of some others), each once, unordered. */
  *near(name: PersonName): Generator<number> {
    const parts = name.parts;
    if (parts.length === 0) return;
    const search = ++this.search;
    const lists: Iterable<number>[] = [];
    const start = partStart(parts[0]);
    const sameCount = this.firstPart.get(parts.length);
    if (sameCount) lists.push(sameCount.like(start));
    if (parts.length === 2) lists.push(this.secondPart.like(start));
    if (!parts.some((p) => p.initial)) {
      if (parts.length === 1) lists.push(this.manyWhole.like(wholeStart(parts)));
      else {
        lists.push(this.oneWhole.like(wholeStart(parts)));
        if (parts.length === 2) lists.push(this.oneWhole.like(wholeStart([parts[1], parts[0]])));
      }
    }
    for (const list of lists) {
      for (const i of list) {
        if (this.seen[i] === search) continue;
        this.seen[i] = search;
        yield i;
      }
    }
  }
}
