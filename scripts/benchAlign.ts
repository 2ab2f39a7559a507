// `npm run bench:align`: the aligner on the Text+Berg German–French test set (strict and lax P/R/F1, pooled
// over the seven test documents, with the published figures beside them), on the development document it was
// tuned on, and the time and peak memory of a synthetic 10,000 × 10,000-sentence pair.
// The benchmark lives outside the repository (GPL-2), in ../shared/align-bench; it is read, never copied.
import * as fs from 'fs';
import * as path from 'path';
import { alignSegments, type AlignedPair } from '../src/core/align/align';
import { DEFAULT_PARAMS } from '../src/core/align/beads';
import { parseLexicon } from '../src/core/align/lexicon';
import { parseBeads, scoreAlignments, type Bead } from './align/score';
import { LEXICON_PATH } from './lexicon';
import { repoRoot } from './repoRoot';

const BENCH = path.join(repoRoot(), '..', 'shared', 'align-bench', 'text+berg-de-fr');
const lines = (file: string): string[] => fs.readFileSync(file, 'utf8').replace(/\n$/, '').split('\n');
const beads = (pairs: AlignedPair[]): Bead[] => pairs.map((p) => [p.source, p.target] as const);

/** The benchmark's documents: the dev document, or the seven test ones. */
export function benchDocs(which: 'dev' | 'test'): { de: string[]; fr: string[]; gold: Bead[] }[] {
  if (which === 'dev') {
    const dir = path.join(BENCH, 'dev');
    return [
      {
        de: lines(path.join(dir, 'dev.de')),
        fr: lines(path.join(dir, 'dev.fr')),
        gold: parseBeads(fs.readFileSync(path.join(dir, 'dev.defr'), 'utf8')),
      },
    ];
  }
  return fs
    .readdirSync(path.join(BENCH, 'gold'))
    .sort()
    .map((id) => ({
      de: lines(path.join(BENCH, 'de', id)),
      fr: lines(path.join(BENCH, 'fr', id)),
      gold: parseBeads(fs.readFileSync(path.join(BENCH, 'gold', id), 'utf8')),
    }));
}

const OWN = path.join(repoRoot(), 'test', 'fixtures', 'align');

/** Our own hand-aligned pairs (English with Chinese or Korean), by language pair: `zh-en-1.en`, `.zh`, `.gold`. */
export function ownDocs(): Map<string, { name: string; src: string[]; tgt: string[]; gold: Bead[] }[]> {
  const out = new Map<string, { name: string; src: string[]; tgt: string[]; gold: Bead[] }[]>();
  if (!fs.existsSync(OWN)) return out;
  for (const gold of fs
    .readdirSync(OWN)
    .filter((f) => f.endsWith('.gold'))
    .sort()) {
    const name = gold.slice(0, -'.gold'.length);
    const lang = name.split('-')[0];
    const doc = {
      name,
      src: lines(path.join(OWN, `${name}.en`)),
      tgt: lines(path.join(OWN, `${name}.${lang}`)),
      gold: parseBeads(fs.readFileSync(path.join(OWN, gold), 'utf8')),
    };
    out.set(`en-${lang}`, [...(out.get(`en-${lang}`) ?? []), doc]);
  }
  return out;
}

function fmt(s: ReturnType<typeof scoreAlignments>): string {
  const f = (x: number) => x.toFixed(3);
  return `strict P ${f(s.strict.p)} R ${f(s.strict.r)} F1 ${f(s.strict.f1)} · lax P ${f(s.lax.p)} R ${f(s.lax.r)} F1 ${f(s.lax.f1)}`;
}

// A synthetic pair: sentences of random words, the translation with every tenth sentence split in two and one
// in fifty dropped, so that the band has to follow a drifting diagonal.
function synthetic(n: number): [string[], string[]] {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const word = () => 'abcdefghijklmnopqrstuvwxyz'.slice(0, 3 + Math.floor(rnd() * 6));
  const src: string[] = [];
  const tgt: string[] = [];
  for (let i = 0; i < n; i++) {
    const words = Array.from({ length: 5 + Math.floor(rnd() * 25) }, word);
    if (rnd() < 0.2) words.push(String(Math.floor(rnd() * 10000)));
    src.push(words.join(' ') + '.');
    if (i % 50 === 49) continue;
    if (i % 10 === 9) {
      const half = words.length >> 1;
      tgt.push(words.slice(0, half).join(' ') + '.', words.slice(half).join(' ') + '.');
    } else tgt.push(words.join(' ') + '.');
  }
  return [src, tgt];
}

function main(): void {
  if (!fs.existsSync(BENCH)) {
    console.log(`align-bench not found at ${BENCH}: skipped`);
  } else {
    for (const which of ['dev', 'test'] as const) {
      const docs = benchDocs(which);
      const t0 = performance.now();
      const scored = docs.map((d) => ({ gold: d.gold, test: beads(alignSegments(d.de, d.fr)) }));
      const ms = performance.now() - t0;
      console.log(`Text+Berg de-fr ${which.padEnd(4)} (${docs.length} doc): ${fmt(scoreAlignments(scored))} · ${ms.toFixed(0)} ms`);
    }
    const lengthOnly = { ...DEFAULT_PARAMS, matchReward: 0, missCost: 0, diceWeight: 0, silentCost: 0 };
    const gc = benchDocs('test').map((d) => ({ gold: d.gold, test: beads(alignSegments(d.de, d.fr, { params: lengthOnly })) }));
    console.log(`  the same search with lengths only (Gale–Church-like) on test: ${fmt(scoreAlignments(gc))}`);
    console.log('  published strict/lax F1 on test: Vecalign 0.902/0.986, Bertalign 0.936/0.989 (sentence embeddings)');
  }
  const tLex = performance.now();
  const lexicon = parseLexicon(fs.readFileSync(LEXICON_PATH(), 'utf8'));
  console.log(
    `zh-en lexicon: ${lexicon.entries.size.toLocaleString('en')} headwords loaded in ${(performance.now() - tLex).toFixed(0)} ms`,
  );
  for (const [pair, docs] of ownDocs()) {
    for (const lex of pair === 'en-zh' ? [undefined, lexicon] : [undefined]) {
      const scored = docs.map((d) => ({ gold: d.gold, test: beads(alignSegments(d.src, d.tgt, { lexicon: lex })) }));
      const label = `own ${pair}${lex ? ' + lexicon' : ''} (${docs.length} doc, ${docs.reduce((n, d) => n + d.src.length, 0)} sentences)`;
      console.log(`${label}: ${fmt(scoreAlignments(scored))}`);
    }
  }
  const [src, tgt] = synthetic(10_000);
  global.gc?.();
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  const pairs = alignSegments(src, tgt);
  const ms = performance.now() - t0;
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(
    `synthetic 10,000 × ${tgt.length.toLocaleString('en')}: ${ms.toFixed(0)} ms, ${pairs.length} pairs, peak RSS ${(peak / 2 ** 20).toFixed(0)} MB (${((peak - before) / 2 ** 20).toFixed(0)} MB above the start)`,
  );
}

if (require.main === module) main();
