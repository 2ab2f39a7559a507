// Link targets for turns that survive re-exports and edits elsewhere in the document: named by the turn's
// timestamp when it has one, else by its speaker and a short hash of how the turn begins in the input.

/** Hands out anchor ids, each once. */
export class TurnAnchors {
  private readonly used = new Set<string>();

  /** The id of a turn of `speaker` whose input text is `text` (timestamp as written, if any). */
  id(speaker: string, text: string, timestamp?: string): string {
    const base = timestamp ? `t-${slug(timestamp)}` : `${slug(speaker) || 'turn'}-${hash(fold(text))}`;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

// Lower-case letters and digits of any script, other runs as one hyphen.
function slug(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

// The letters and digits of the turn's first 120 characters: edits of spacing or punctuation keep the id.
function fold(text: string): string {
  return text
    .slice(0, 120)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

// FNV-1a over UTF-16 code units, as 6 base-36 digits.
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0').slice(-6);
}
