/**
 * Values computed from texts, kept for the texts asked for lately: a table of `size` slots (a power of two), each
 * text in the slot its hash picks, a newer text taking an older one's place. A long document repeats a few names
 * (a speaker introducing themself in every turn) among a hundred thousand distinct ones.
 *
 * A map of recent texts cleared when full costs more than its lookups: each table it drops stays in the old
 * generation until a full collection, and the young values it last held stay alive with it, so every value that
 * passed through the map was copied into the old generation to die there. A slot overwritten lets its value go.
 */
export class RecentCache<V> {
  private readonly keys: (string | undefined)[];
  private readonly values: (V | undefined)[];

  /** `compute` makes the value of a text not kept; `get` may be given its own. */
  constructor(
    size: number,
    private readonly compute?: (text: string) => V,
  ) {
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.values = new Array<V | undefined>(size).fill(undefined);
  }

  get(text: string, compute = this.compute!): V {
    const slot = hash(text) & (this.keys.length - 1);
    if (this.keys[slot] === text) return this.values[slot] as V;
    const value = compute(text);
    this.keys[slot] = text;
    this.values[slot] = value;
    return value;
  }

  /** The value kept for `text`, or undefined: for a caller whose computing needs more than the text (no closure per call). */
  peek(text: string): V | undefined {
    const slot = hash(text) & (this.keys.length - 1);
    return this.keys[slot] === text ? this.values[slot] : undefined;
  }

  /** Keeps `value` for `text`, in the place of the text that shared its slot. */
  put(text: string, value: V): void {
    const slot = hash(text) & (this.keys.length - 1);
    this.keys[slot] = text;
    this.values[slot] = value;
  }
}

// FNV-1a over the text's UTF-16 units, its high bits folded in.
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h ^ (h >>> 16);
}
