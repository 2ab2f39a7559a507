// Language-identification benchmark for the `wrong-language` check: `node out/scripts/lidBench.js`.
// Negatives are ordinary English spans cut from seed 002 (its sentences, and its clauses between commas,
// which are the short phrases a detector must not call foreign); positives are hand-written foreign
// sentences, short and long, from test/fixtures/lid/foreign.tsv. Prints, per detector and threshold,
// the false-positive rate, the recall and the time per 1000 spans. Nothing here asserts.
import * as fs from 'fs';
import * as path from 'path';
import { foreignLatinLanguage, LATIN_CANDIDATES } from '../src/core/language/foreignText';
import { guessLanguage } from '../src/core/language/language';
import { scoreLanguages } from '../src/core/language/languageId';
import { segmentSentences } from '../src/core/document/sentences';

const root = path.resolve(__dirname, '..', '..');
const HOME = 'en';
const ISO3: Record<string, string> = { en: 'eng', de: 'deu', fr: 'fra', es: 'spa', it: 'ita', pt: 'por', nl: 'nld' };

interface Span {
  readonly text: string;
  readonly lang: string;
}

type Verdict = (text: string) => { best: string; margin: number };

function words(text: string): number {
  return text.match(/\p{L}+/gu)?.length ?? 0;
}

function seedSpans(): { sentences: Span[]; clauses: Span[] } {
  const name = fs.readdirSync(path.join(root, 'seeds')).find((f) => f.startsWith('002_'))!;
  const text = fs.readFileSync(path.join(root, 'seeds', name), 'utf8');
  if (guessLanguage(text).tag !== HOME) throw new Error('seed 002 is expected to be English');
  const sentences = segmentSentences(text, { start: 0, end: text.length }, HOME).map((r) => text.slice(r.start, r.end));
  const clauses = sentences.flatMap((s) => s.split(/[,;:—–]+/u)).map((c) => c.trim());
  const keep = (list: string[], min: number) => [...new Set(list)].filter((s) => words(s) >= min).map((s) => ({ text: s, lang: HOME }));
  return { sentences: keep(sentences, 3), clauses: keep(clauses, 2).filter((c) => words(c.text) <= 6) };
}

function fixtureSpans(file: string): Span[] {
  const rows = fs
    .readFileSync(path.join(root, 'test', 'fixtures', 'lid', file), 'utf8')
    .split('\n')
    .slice(1);
  return rows.filter((r) => r.includes('\t')).map((r) => ({ lang: r.split('\t')[0], text: r.split('\t')[1] }));
}

function eldVerdict(candidates: readonly string[]): Verdict {
  return (text) => {
    const r = scoreLanguages(text, candidates);
    if (!r) throw new Error('eld did not load');
    return { best: r.best, margin: r.score - (r.scores.get(HOME) ?? 0) };
  };
}

function francVerdict(only: string[] | undefined): Verdict {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { francAll } = require('franc') as { francAll(t: string, o?: object): [string, number][] };
  const back = new Map(Object.entries(ISO3).map(([k, v]) => [v, k]));
  return (text) => {
    const all = francAll(text, only ? { only } : {});
    const best = all[0][0];
    if (best === 'und') return { best: 'und', margin: 0 };
    // franc scales the best to 1; its lead over English is 1 minus English's score.
    const eng = all.find(([l]) => l === 'eng')?.[1] ?? 0;
    return { best: back.get(best) ?? best, margin: all[0][1] - eng };
  };
}

function pct(n: number, d: number): string {
  return d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`;
}

function evaluate(label: string, verdict: Verdict, thresholds: number[], sets: Record<string, Span[]>): void {
  const all = Object.values(sets).flat();
  const t0 = process.hrtime.bigint();
  const results = new Map(all.map((s) => [s, verdict(s.text)]));
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  for (const t of thresholds) {
    const flagged = (s: Span) => {
      const v = results.get(s)!;
      return v.best !== HOME && v.best !== 'und' && v.margin >= t;
    };
    const rate = (set: Span[]) => pct(set.filter(flagged).length, set.length);
    const cols = Object.values(sets).map(rate);
    console.log(
      [
        label.padEnd(26),
        t.toFixed(2).padStart(5),
        ...cols.map((c) => c.padStart(10)),
        ((ms * 1000) / all.length).toFixed(1).padStart(9),
      ].join(' '),
    );
  }
}

function main(): void {
  const { sentences, clauses } = seedSpans();
  const foreign = fixtureSpans('foreign.tsv').filter((s) => s.lang !== HOME);
  const short = foreign.filter((s) => words(s.text) <= 5);
  const long = foreign.filter((s) => words(s.text) > 5);
  const sets = { sentences, clauses, short, long };
  const t0 = process.hrtime.bigint();
  scoreLanguages('warm up', LATIN_CANDIDATES);
  console.log(`eld extrasmall load: ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)} ms`);
  console.log(`negatives (seed 002, English): ${sentences.length} sentences, ${clauses.length} clauses of 2-6 words`);
  console.log(
    `positives (${path.join('test', 'fixtures', 'lid', 'foreign.tsv')}): ${short.length} short (<= 5 words), ${long.length} long, in ${new Set(foreign.map((s) => s.lang)).size} languages`,
  );
  console.log('');
  console.log(
    [
      'detector'.padEnd(26),
      'margin',
      'FP sent.'.padStart(10),
      'FP claus.'.padStart(10),
      'rec.short'.padStart(10),
      'rec.long'.padStart(10),
      'ms/1000'.padStart(9),
    ].join(' '),
  );
  const sweep = [0, 0.02, 0.05, 0.1, 0.15];
  evaluate('franc (all languages)', francVerdict(undefined), [0], sets);
  evaluate('franc (7 likely langs)', francVerdict(LATIN_CANDIDATES.map((l) => ISO3[l])), sweep, sets);
  evaluate(
    'eld-xs (60 languages)',
    eldVerdict([
      'am',
      'ar',
      'az',
      'be',
      'bg',
      'bn',
      'ca',
      'cs',
      'da',
      'de',
      'el',
      'en',
      'es',
      'et',
      'eu',
      'fa',
      'fi',
      'fr',
      'gu',
      'he',
      'hi',
      'hr',
      'hu',
      'hy',
      'is',
      'it',
      'ja',
      'ka',
      'kn',
      'ko',
      'ku',
      'lo',
      'lt',
      'lv',
      'ml',
      'mr',
      'ms',
      'nl',
      'no',
      'or',
      'pa',
      'pl',
      'pt',
      'ro',
      'ru',
      'sk',
      'sl',
      'sq',
      'sr',
      'sv',
      'ta',
      'te',
      'th',
      'tl',
      'tr',
      'uk',
      'ur',
      'vi',
      'yo',
      'zh',
    ]),
    [0],
    sets,
  );
  evaluate('eld-xs (7 likely langs)', eldVerdict(LATIN_CANDIDATES), sweep, sets);
  console.log('');
  console.log('The check (function-word prefilter, then eld-xs on the 7 likely languages):');
  for (const margin of [0, 0.02, 0.05, 0.1]) {
    const t1 = process.hrtime.bigint();
    const rate = (set: Span[]) => pct(set.filter((s) => foreignLatinLanguage(s.text, HOME, margin) !== undefined).length, set.length);
    const cols = Object.values(sets).map(rate);
    const ms = Number(process.hrtime.bigint() - t1) / 1e6;
    const n = Object.values(sets).flat().length;
    console.log(
      [
        `prefilter + eld-xs`.padEnd(26),
        margin.toFixed(2).padStart(5),
        ...cols.map((c) => c.padStart(10)),
        ((ms * 1000) / n).toFixed(1).padStart(9),
      ].join(' '),
    );
  }
  // Written after the function-word lists were last tuned on foreign.tsv, and never tuned on: the honest recall.
  const heldout = fixtureSpans('heldout.tsv');
  const caught = heldout.filter((s) => foreignLatinLanguage(s.text, HOME) !== undefined);
  const lidOnly = heldout.filter((s) => eldVerdict(LATIN_CANDIDATES)(s.text).best === s.lang);
  console.log(
    `held-out set (heldout.tsv, ${heldout.length} spans, ${heldout.filter((s) => words(s.text) <= 5).length} short): the check ${pct(caught.length, heldout.length)}, eld-xs alone names the right language for ${pct(lidOnly.length, heldout.length)}`,
  );
  console.log(
    `held-out spans the check misses: ${
      heldout
        .filter((s) => !caught.includes(s))
        .map((s) => `${s.lang}: ${s.text}`)
        .join(' | ') || 'none'
    }`,
  );
  const missed = foreign.filter((s) => foreignLatinLanguage(s.text, HOME) === undefined);
  console.log(`\nmissed by the check at its margin: ${missed.map((s) => `${s.lang}: ${s.text}`).join(' | ') || 'none'}`);
  const fps = [...sentences, ...clauses].filter((s) => foreignLatinLanguage(s.text, HOME) !== undefined);
  console.log(`English spans the check flags: ${fps.map((s) => s.text).join(' | ') || 'none'}`);
}

main();
