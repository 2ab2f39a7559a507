// The alignment as `interlinear align` prints it: JSON (the contract in the README), TSV (one pair a line,
// for spreadsheets and CAT tools) and TMX 1.4b (translation memory exchange).
import type { AlignedPair } from './align';

/** An alignment with the texts of its segments. */
export interface AlignmentResult {
  readonly source: readonly string[];
  readonly target: readonly string[];
  readonly pairs: readonly AlignedPair[];
}

/** `{"source":[…],"target":[…],"pairs":[{"source":[i…],"target":[j…],"score":x}]}`. */
export function alignmentJson(a: AlignmentResult): string {
  return (
    JSON.stringify({
      source: a.source,
      target: a.target,
      pairs: a.pairs.map((p) => ({ source: p.source, target: p.target, score: p.score })),
    }) + '\n'
  );
}

/** One pair a line: source text, target text, score; tabs and line breaks inside a text become spaces. */
export function alignmentTsv(a: AlignmentResult): string {
  const clean = (s: string) => s.replace(/[\t\r\n\u2028\u2029]+/g, ' ');
  const text = (ids: readonly number[], side: readonly string[]) => clean(ids.map((i) => side[i]).join(' '));
  return a.pairs.map((p) => `${text(p.source, a.source)}\t${text(p.target, a.target)}\t${p.score}\n`).join('');
}

/** TMX 1.4b: one translation unit per pair that has text on both sides. */
export function alignmentTmx(a: AlignmentResult, sourceLang: string, targetLang: string, tool = 'Interlinear'): string {
  const units = a.pairs
    .filter((p) => p.source.length && p.target.length)
    .map((p) => {
      const seg = (ids: readonly number[], side: readonly string[]) => escapeXml(ids.map((i) => side[i]).join(' '));
      return [
        `    <tu>`,
        `      <prop type="x-score">${p.score}</prop>`,
        `      <tuv xml:lang="${escapeXml(sourceLang)}"><seg>${seg(p.source, a.source)}</seg></tuv>`,
        `      <tuv xml:lang="${escapeXml(targetLang)}"><seg>${seg(p.target, a.target)}</seg></tuv>`,
        `    </tu>`,
      ].join('\n');
    });
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<tmx version="1.4">`,
    `  <header creationtool="${escapeXml(tool)}" creationtoolversion="1" segtype="sentence" o-tmf="interlinear" adminlang="en" srclang="${escapeXml(sourceLang)}" datatype="plaintext"/>`,
    `  <body>`,
    ...units,
    `  </body>`,
    `</tmx>`,
    '',
  ].join('\n');
}

// XML 1.0 forbids most control characters even escaped: they are dropped.
function escapeXml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
