import * as assert from 'assert';
import { AnchorTable, segmentFeatures } from '../../src/core/align/features';
import { DEFAULT_LEARN, learnedFeatures } from '../../src/core/align/learned';
import type { Bead } from '../../src/core/align/search';

// Words are letters only: a digit ends a word.
const letters = (k: number): string => String.fromCharCode(97 + (k % 26)) + String.fromCharCode(97 + Math.floor(k / 26));

// A made-up pair whose words translate one to one (xa ↔ ya …), each word in a few sentences, all paired 1-1.
function pair(n: number): { src: string[]; tgt: string[]; beads: Bead[] } {
  const src: string[] = [];
  const tgt: string[] = [];
  for (let i = 0; i < n; i++) {
    const words = [i % 7, 7 + (i % 11), 18 + (i % 13)];
    src.push(words.map((w) => `xword${letters(w)}`).join(' '));
    tgt.push(words.map((w) => `yterm${letters(w)}`).join(' '));
  }
  const beads = src.map((_, i) => ({ sourceStart: i, sourceEnd: i + 1, targetStart: i, targetEnd: i + 1, cost: 0 }));
  return { src, tgt, beads };
}

suite('align: learned word translations', () => {
  test('Should link words that keep meeting in one-to-one beads, as anchors shared by their sentences', () => {
    const { src, tgt, beads } = pair(150);
    const table = new AnchorTable();
    const s = src.map((t) => segmentFeatures(t, table));
    const t = tgt.map((x) => segmentFeatures(x, table));
    const base = new Float64Array(table.size);
    const learned = learnedFeatures(src, tgt, s, t, base, beads, DEFAULT_LEARN);
    if (!learned) throw new Error('nothing learned');
    for (let i = 0; i < src.length; i++) {
      const mine: number[] = Array.from(learned.source[i].anchors).filter((a) => a >= base.length);
      const theirs = new Set(learned.target[i].anchors);
      assert.strictEqual(mine.length, 3);
      assert.ok(mine.every((a) => theirs.has(a) && learned.weights[a] > 0));
    }
  });

  test('Should learn nothing from too few beads, or when turned off', () => {
    const small = pair(10);
    const table = new AnchorTable();
    const f = (xs: string[]) => xs.map((t) => segmentFeatures(t, table));
    assert.strictEqual(
      learnedFeatures(small.src, small.tgt, f(small.src), f(small.tgt), new Float64Array(0), small.beads, DEFAULT_LEARN),
      undefined,
    );
    const big = pair(150);
    const off = { ...DEFAULT_LEARN, weight: 0 };
    assert.strictEqual(learnedFeatures(big.src, big.tgt, f(big.src), f(big.tgt), new Float64Array(0), big.beads, off), undefined);
  });
});
