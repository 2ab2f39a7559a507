// Sentence-alignment scores as Sennrich & Volk (2011) define them and Vecalign's score.py computes them:
// strict (a bead equals a gold bead) and lax (a bead links some source sentence to some target sentence that
// gold links too) precision, recall and F1, counts pooled over documents. Precision is over the output's beads
// (deletions and insertions included), recall over gold beads that are not deletions or insertions.

/** One bead: 0-based segment indices on each side. */
export type Bead = readonly [readonly number[], readonly number[]];

/** Pooled true and false positives. */
export interface Counts {
  tpStrict: number;
  fpStrict: number;
  tpLax: number;
  fpLax: number;
}

/** Precision, recall and F1, strict and lax. */
export interface Scores {
  readonly strict: { readonly p: number; readonly r: number; readonly f1: number };
  readonly lax: { readonly p: number; readonly r: number; readonly f1: number };
}

const key = (b: Bead): string => `${b[0].join(',')}:${b[1].join(',')}`;

// Counts the test beads that gold confirms, strictly or laxly.
function precisionCounts(gold: readonly Bead[], test: readonly Bead[]): Counts {
  const goldKeys = new Set(gold.filter((b) => b[0].length || b[1].length).map(key));
  const links = new Map<number, Set<number>>();
  for (const [s, t] of gold) for (const i of s) for (const j of t) (links.get(i) ?? links.set(i, new Set()).get(i)!).add(j);
  const c: Counts = { tpStrict: 0, fpStrict: 0, tpLax: 0, fpLax: 0 };
  for (const b of test) {
    if (!b[0].length && !b[1].length) continue;
    if (goldKeys.has(key(b))) {
      c.tpStrict++;
      c.tpLax++;
      continue;
    }
    c.fpStrict++;
    const targets = new Set(b[1]);
    if (b[0].some((i) => [...(links.get(i) ?? [])].some((j) => targets.has(j)))) c.tpLax++;
    else c.fpLax++;
  }
  return c;
}

/** Scores test alignments against gold ones, document by document, counts pooled. */
export function scoreAlignments(docs: readonly { gold: readonly Bead[]; test: readonly Bead[] }[]): Scores {
  const p: Counts = { tpStrict: 0, fpStrict: 0, tpLax: 0, fpLax: 0 };
  const r: Counts = { tpStrict: 0, fpStrict: 0, tpLax: 0, fpLax: 0 };
  for (const { gold, test } of docs) {
    add(p, precisionCounts(gold, test));
    const full = (b: Bead) => b[0].length > 0 && b[1].length > 0;
    add(r, precisionCounts(test.filter(full), gold.filter(full)));
  }
  return { strict: prf(p.tpStrict, p.fpStrict, r.tpStrict, r.fpStrict), lax: prf(p.tpLax, p.fpLax, r.tpLax, r.fpLax) };
}

function add(into: Counts, c: Counts): void {
  into.tpStrict += c.tpStrict;
  into.fpStrict += c.fpStrict;
  into.tpLax += c.tpLax;
  into.fpLax += c.fpLax;
}

function prf(tpP: number, fpP: number, tpR: number, fpR: number): { p: number; r: number; f1: number } {
  const p = tpP + fpP ? tpP / (tpP + fpP) : 0;
  const r = tpR + fpR ? tpR / (tpR + fpR) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Parses a gold file: one bead a line, `[0, 1]:[2]`. */
export function parseBeads(text: string): Bead[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const [s, t] = l.split(':').map((side) => JSON.parse(side.trim()) as number[]);
      return [s, t] as const;
    });
}
