// Headings of an edition: levels that never skip (MD001) under the one title (MD025), no trailing punctuation
// (MD026), no two alike (MD024).

/** Output levels for source levels, in document order: the top headings at `base`, each deeper one one level down. */
export class HeadingLevels {
  private readonly open: { source: number; level: number }[] = [];
  constructor(private readonly base: number) {}

  /** The level of the next heading, whose source level is `source` (7 for a bold line, deeper than any `#`). */
  next(source: number): number {
    while (this.open.length && this.open[this.open.length - 1].source >= source) this.open.pop();
    const parent = this.open[this.open.length - 1];
    const level = Math.min(6, parent ? parent.level + 1 : this.base);
    this.open.push({ source, level });
    return level;
  }
}

// markdownlint's default trailing punctuation of MD026.
const TRAILING = /[\s.,;:!。，；：！]+$/u;

/** The heading text without trailing punctuation, unless nothing would be left. */
export function withoutTrailingPunctuation(text: string): string {
  const stripped = text.replace(TRAILING, '');
  return stripped === '' ? text : stripped;
}

/** Makes heading texts unique: a repeated one gets " (2)", " (3)", … */
export class UniqueHeadings {
  private readonly seen = new Set<string>();

  unique(text: string): string {
    let out = text;
    for (let n = 2; this.seen.has(out); n++) out = `${text} (${n})`;
    this.seen.add(out);
    return out;
  }
}
