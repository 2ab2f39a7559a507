import * as assert from 'assert';
import fc from 'fast-check';
import { pairFeatures } from '../../src/core/align/align';
import { beadCost, DEFAULT_PARAMS, SHAPES, type AlignParams } from '../../src/core/align/beads';
import { bestPath, type Bead } from '../../src/core/align/search';
import { Spans } from '../../src/core/align/spans';

// The dynamic programme as it was before it was made fast, kept as the oracle: every cell tries every shape in
// order and costs it with `beadCost` alone; the band doubles while the path touches its edge, and a second pass
// follows the paired sentences' length ratio. The fast one (band.ts) must find the very same beads and costs.
function referencePath(src: Spans, tgt: Spans, n: number, m: number, p: AlignParams): Bead[] {
  const centre = new Int32Array(n + 1);
  for (let i = 0, j = 0; i <= n; i++) {
    const share = src.unitsBefore(i) / (src.totalUnits || 1);
    while (j < m && tgt.unitsBefore(j + 1) / (tgt.totalUnits || 1) <= share) j++;
    centre[i] = i === n ? m : j;
  }
  const banded = (ratio: number): Bead[] => {
    const longest = Math.max(n, m);
    for (let band = Math.min(longest, 32); ; band = Math.min(longest, band * 2)) {
      const found = referenceBand(src, tgt, n, m, p, ratio, centre, band);
      if (!found.touchesEdge || band >= longest) return found.beads;
    }
  };
  let ratio = src.totalUnits > 0 && tgt.totalUnits > 0 ? tgt.totalUnits / src.totalUnits : 1;
  let beads = banded(ratio);
  let s = 0;
  let t = 0;
  for (const b of beads) {
    if (b.sourceEnd === b.sourceStart || b.targetEnd === b.targetStart) continue;
    s += src.unitsBefore(b.sourceEnd) - src.unitsBefore(b.sourceStart);
    t += tgt.unitsBefore(b.targetEnd) - tgt.unitsBefore(b.targetStart);
  }
  const paired = s > 0 && t > 0 ? t / s : undefined;
  if (paired && Math.abs(paired / ratio - 1) > 0.05) {
    ratio = paired;
    beads = banded(ratio);
  }
  return beads;
}

function referenceBand(src: Spans, tgt: Spans, n: number, m: number, p: AlignParams, ratio: number, centre: Int32Array, band: number) {
  const width = 2 * band + 1;
  const lo = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) lo[i] = Math.max(0, Math.min(centre[i] - band, m - width + 1 > 0 ? m - width + 1 : 0));
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Uint8Array((n + 1) * width).fill(255);
  cost[0 - lo[0]] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]; j <= Math.min(m, lo[i] + width - 1); j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestShape = 255;
      SHAPES.forEach(([a, b], s) => {
        if (a > i || b > j) return;
        const off = j - b - lo[i - a];
        if (off < 0 || off >= width) return;
        const c = cost[(i - a) * width + off] + (p.prior[`${a}:${b}`] ?? Infinity) + beadCost(src, tgt, i, a, j, b, p, ratio);
        if (c < best) {
          best = c;
          bestShape = s;
        }
      });
      cost[i * width + (j - lo[i])] = best;
      back[i * width + (j - lo[i])] = bestShape;
    }
  }
  const beads: Bead[] = [];
  let touchesEdge = false;
  for (let i = n, j = m; i > 0 || j > 0;) {
    const off = j - lo[i];
    const [a, b] = SHAPES[back[i * width + off]];
    if ((off <= 1 && lo[i] > 0) || (off >= width - 2 && lo[i] + width - 1 < m)) touchesEdge = true;
    const here = cost[i * width + off];
    beads.push({
      sourceStart: i - a,
      sourceEnd: i,
      targetStart: j - b,
      targetEnd: j,
      cost: here - cost[(i - a) * width + (j - b - lo[i - a])],
    });
    i -= a;
    j -= b;
  }
  return { beads: beads.reverse(), touchesEdge };
}

// Sentences of a few words, names and numbers, so that anchors are shared by chance and by design.
const WORDS = ['the', 'Kubernetes', 'Berlin', 'cluster', 'Zürich', 'mountain', 'glacier', 'Matterhorn', 'route', 'summit', '2014', '3,000'];
const sentence = fc.array(fc.constantFrom(...WORDS, '?', '!', 'a', 'and'), { minLength: 1, maxLength: 12 }).map((w) => w.join(' ') + '.');

function same(source: string[], target: string[], params: AlignParams = DEFAULT_PARAMS): void {
  const f = pairFeatures(source, target, { params });
  const src = new Spans(f.source, f.weights);
  const tgt = new Spans(f.target, f.weights);
  assert.deepStrictEqual(
    bestPath(src, tgt, source.length, target.length, params),
    referencePath(src, tgt, source.length, target.length, params),
  );
}

suite('Aligner speed-ups', () => {
  test('Should find the same beads and costs as the plain dynamic programme on short random pairs', () => {
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 20 }), fc.array(sentence, { maxLength: 20 }), (s, t) => same(s, t)),
      { numRuns: 150 },
    );
  });

  test('Should find the same beads as the plain dynamic programme where the band must widen', () => {
    // A translation that leaves a long passage out: the path leaves the first band, whose pass gives up early.
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 200, maxLength: 220 }),
        fc.integer({ min: 20, max: 80 }),
        fc.integer({ min: 80, max: 100 }),
        (words, from, gap) => {
          const s = words.map((w, i) => `In ${1000 + i} the committee met: ${w} Item ${i}.`);
          same(s, [...s.slice(0, from), ...s.slice(from + gap)]);
        },
      ),
      { numRuns: 2 },
    );
  });

  test('Should find the same beads as the plain dynamic programme with lengths only, and with no anchors at all', () => {
    const lengthOnly = { ...DEFAULT_PARAMS, matchReward: 0, missCost: 0, diceWeight: 0, silentCost: 0 };
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 40 }), fc.array(sentence, { maxLength: 40 }), (s, t) => same(s, t, lengthOnly)),
      { numRuns: 40 },
    );
    same(['ab cd.', 'ef gh ij.'], ['kl.', 'mn op qr st.', 'uv.']);
  });
});
