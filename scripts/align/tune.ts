// Coordinate search of the aligner's parameters on development data only (never the benchmark's test
// documents): `node out/scripts/align/tune.js` prints the best parameters found and their mean dev F1.
import { alignSegments } from '../../src/core/align/align';
import { DEFAULT_PARAMS, type AlignParams } from '../../src/core/align/beads';
import * as fs from 'fs';
import { parseLexicon } from '../../src/core/align/lexicon';
import { benchDocs, ownDocs } from '../benchAlign';
import { LEXICON_PATH } from '../lexicon';
import { scoreAlignments, type Bead } from './score';

// The development sets: the German–French dev document and our own English–Chinese and English–Korean pairs
// (never the German–French test documents). The objective is the mean of their strict F1.
const lexicon = parseLexicon(fs.readFileSync(LEXICON_PATH(), 'utf8'));
const sets: { src: string[]; tgt: string[]; gold: Bead[] }[][] = [
  benchDocs('dev').map((d) => ({ src: d.de, tgt: d.fr, gold: d.gold })),
  ...ownDocs().values(),
];
const f1 = (params: AlignParams): number =>
  sets
    .map(
      (docs) =>
        scoreAlignments(
          docs.map((d) => ({
            gold: d.gold,
            test: alignSegments(d.src, d.tgt, { params, lexicon }).map((p) => [p.source, p.target] as const),
          })),
        ).strict.f1,
    )
    .reduce((a, b) => a + b, 0) / sets.length;

type Knob = { get: (p: AlignParams) => number; set: (p: AlignParams, v: number) => AlignParams };
const scalar = (
  k: 'variance' | 'lengthWeight' | 'matchReward' | 'missCost' | 'diceWeight' | 'noAnchorDice' | 'lexiconWeight' | 'silentCost',
): Knob => ({
  get: (p) => p[k],
  set: (p, v) => ({ ...p, [k]: v }),
});
const prior = (...shapes: string[]): Knob => ({
  get: (p) => p.prior[shapes[0]],
  set: (p, v) => ({ ...p, prior: { ...p.prior, ...Object.fromEntries(shapes.map((s) => [s, v])) } }),
});
const knobs: Knob[] = [
  scalar('variance'),
  scalar('lengthWeight'),
  scalar('matchReward'),
  scalar('missCost'),
  scalar('diceWeight'),
  scalar('noAnchorDice'),
  scalar('lexiconWeight'),
  scalar('silentCost'),
  prior('1:0', '0:1'),
  prior('1:2', '2:1'),
  prior('2:2'),
  prior('1:3', '3:1'),
  prior('2:3', '3:2'),
  prior('1:4', '4:1'),
];

let best = DEFAULT_PARAMS;
let bestF1 = f1(best);
console.log('start', bestF1.toFixed(4));
for (let round = 0; round < 3; round++) {
  for (const knob of knobs) {
    for (const factor of [0.6, 0.8, 0.9, 1.1, 1.25, 1.6]) {
      const cand = knob.set(best, knob.get(best) * factor);
      const score = f1(cand);
      if (score > bestF1 + 1e-9) {
        best = cand;
        bestF1 = score;
      }
    }
  }
  console.log('round', round, bestF1.toFixed(4));
}
console.log(JSON.stringify(best));
