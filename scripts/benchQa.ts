// `npm run bench:qa`: the bilingual checks on real translations into which mistakes were written, one kind at a
// time — a sentence deleted (omission), replaced by its original (untranslated), a number changed, in digits or
// in Chinese numerals (number-mismatch), a sentence of another document inserted (addition). For each kind: recall (the damaged
// sentence is flagged with the right id) and false alarms of that id per 100 sentence pairs of the undamaged
// documents (where gold itself has a sentence with no counterpart, a finding there is no false alarm). Documents:
// the Text+Berg German–French development and test sets (read from ../shared/align-bench, never copied) and our
// own English–Chinese and English–Korean pairs. Then the time of a 2,000-sentence pair, checked in-process.
// Options: `--seeds N` damages each document N times with different draws (the first is the default one), for
// steadier figures when tuning; `--only SET` (e.g. `--only "de-fr dev"`) scores one set, without the timing;
// `--verbose` lists the misses and false alarms.
import * as fs from 'fs';
import { parseLexicon, type Lexicon } from '../src/core/align/lexicon';
import type { Finding } from '../src/core';
import { runPairChecks, type PairFindings } from '../src/core/engine/pairs';
import { benchDocs, ownDocs } from './benchAlign';
import type { Bead } from './align/score';
import { LEXICON_PATH } from './lexicon';
import { rng } from './random';
import { chineseNumeral, findNumbers, parseNumber } from '../src/core/language/numbers';
import { matchSpeakerLabel } from '../src/core/document/linePatterns';

type Kind = 'omission' | 'untranslated' | 'number-mismatch' | 'addition';
const KINDS: readonly Kind[] = ['omission', 'untranslated', 'number-mismatch', 'addition'];

export interface Doc {
  readonly set: string;
  readonly src: string[];
  readonly tgt: string[];
  readonly gold: readonly Bead[];
}

/** A damaged pair: its lines, and which line of which side must be flagged for each damage. */
interface Damaged {
  readonly src: string[];
  readonly tgt: string[];
  readonly expected: { side: 'source' | 'target'; line: number }[];
}

// One damage in this many one-to-one sentence pairs, at least one per document.
const EVERY = 12;

// Gold one-to-one pairs whose sentences are not too short to be worth a finding either way.
function ones(doc: Doc): [number, number][] {
  return doc.gold.filter((b) => b[0].length === 1 && b[1].length === 1).map((b) => [b[0][0], b[1][0]] as [number, number]);
}

// Picks damage sites far enough apart that two never share a pair of the alignment.
function sites(candidates: [number, number][], random: () => number): [number, number][] {
  const want = Math.max(1, Math.floor(candidates.length / EVERY));
  const shuffled = [...candidates].sort(() => random() - 0.5);
  const out: [number, number][] = [];
  for (const c of shuffled) {
    if (out.length >= want) break;
    if (out.every((o) => Math.abs(o[1] - c[1]) > 3)) out.push(c);
  }
  return out.sort((a, b) => a[1] - b[1]);
}

const DIGITS = /\d+/;
// A Chinese numeral of ten or more said exactly (not 数千 "thousands", not a lone 十).
const NUMERAL = /(?<![数几上成好近零〇一二两三四五六七八九十百千万])[一二两三四五六七八九]?十[一二三四五六七八九]?(?![百千万亿])/u;

export function damage(doc: Doc, kind: Kind, others: readonly Doc[], random: () => number): Damaged {
  const src = [...doc.src];
  const tgt = [...doc.tgt];
  const expected: Damaged['expected'] = [];
  let candidates = ones(doc);
  if (kind === 'number-mismatch')
    candidates = candidates.filter(
      ([i, j]) => findNumbers(src[i]).some((n) => n.digits || n.value >= 10) && (DIGITS.test(tgt[j]) || NUMERAL.test(tgt[j])),
    );
  if (kind === 'untranslated' || kind === 'omission') candidates = candidates.filter(([i]) => /\p{L}{3,}.*\p{L}{3,}/u.test(src[i]));
  const chosen = sites(candidates, random);
  // Applied from the end, so that earlier line numbers stay valid.
  for (const [i, j] of [...chosen].reverse()) {
    if (kind === 'omission') {
      tgt.splice(j, 1);
      expected.push({ side: 'source', line: i });
    } else if (kind === 'untranslated') {
      tgt[j] = src[i];
      expected.push({ side: 'target', line: j });
    } else if (kind === 'number-mismatch') {
      // Digits where the translation has them, else a Chinese numeral of ten or more (四十 → 四十三).
      const k = 1 + Math.floor(random() * 9);
      tgt[j] = DIGITS.test(tgt[j])
        ? tgt[j].replace(DIGITS, (d) => String(Number(d) + k))
        : tgt[j].replace(NUMERAL, (n) => chineseNumeral(parseNumber(n)! + k)!);
      expected.push({ side: 'target', line: j });
    } else {
      const from = others.filter((o) => o !== doc && o.set === doc.set);
      const pool = from.length ? from : [doc];
      const other = pool[Math.floor(random() * pool.length)];
      const k = Math.floor(random() * other.tgt.length);
      tgt.splice(j + 1, 0, other.tgt[k]);
      expected.push({ side: 'target', line: j + 1 });
    }
  }
  // Target line numbers shift with each deletion or insertion before them.
  if (kind === 'addition') {
    const sorted = expected.sort((a, b) => a.line - b.line);
    sorted.forEach((e, k) => (e.line += k));
  }
  return { src, tgt, expected };
}

// Lines as paragraphs: the checks segment them as any document (a line with two sentences becomes two). In a
// transcript (a tenth of its lines or more open with a speaker label, as our own pairs' first sentence of each turn
// does) a turn is one paragraph, as transcripts are written: its unlabelled lines continue the labelled one.
export function asDocument(lines: readonly string[]): { text: string; lineOf: (offset: number) => number } {
  const labelled = lines.map((l) => matchSpeakerLabel(l) !== undefined);
  const transcript = labelled.filter(Boolean).length >= 0.1 * lines.length;
  const starts: number[] = [];
  let text = '';
  let inTurn = false;
  lines.forEach((l, i) => {
    inTurn = transcript && (labelled[i] || inTurn);
    if (i > 0) text += inTurn && !labelled[i] ? ' ' : '\n\n';
    starts.push(text.length);
    text += l;
  });
  text += '\n';
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return { text, lineOf };
}

function check(src: readonly string[], tgt: readonly string[], lexicon: Lexicon | undefined) {
  const s = asDocument(src);
  const t = asDocument(tgt);
  const found: PairFindings = runPairChecks(s.text, t.text, lexicon ? { lexicon } : {});
  // The lines each finding of a check covers (a finding may name two sentences when it cannot tell which).
  return (side: 'source' | 'target', id: string): number[][] => {
    const doc = side === 'source' ? s : t;
    return (found[side] as Finding[])
      .filter((f) => f.checkId === id)
      .map((f) => {
        const out: number[] = [];
        for (let l = doc.lineOf(f.range.start); l <= doc.lineOf(Math.max(f.range.start, f.range.end - 1)); l++) out.push(l);
        return out;
      });
  };
}

// How many of a row's false alarms are pairs whose two editions print other digits.
function editions(n: number): string {
  return n ? `, ${n} where the gold pair's digits differ too` : '';
}

interface Tally {
  hits: number;
  damages: number;
  falseAlarms: number;
  /** False alarms of number-mismatch where the gold pair's own digits differ (the two editions disagree). */
  goldDiffers: number;
  pairs: number;
}

// Whether the gold pair of target line `j` has other digits on its two sides: a rough test of its own (digit runs,
// thousands separators dropped), to tell a check's false alarm from a difference the two published editions have.
function digitsDiffer(doc: Doc, j: number): boolean {
  const bead = doc.gold.find((b) => b[1].includes(j));
  if (!bead || !bead[0].length) return true;
  const digits = (lines: readonly string[]) =>
    lines
      .join(' ')
      .replace(/(\d)[ .,'’\u00a0](?=\d{3}\b)/g, '$1')
      .match(/\d+/g)
      ?.map((d) => String(Number(d)))
      .sort()
      .join(' ') ?? '';
  return digits(bead[0].map((i) => doc.src[i])) !== digits(bead[1].map((k) => doc.tgt[k]));
}

function option(name: string): string | undefined {
  const k = process.argv.indexOf(name);
  return k > 0 ? process.argv[k + 1] : undefined;
}

function main(): void {
  const seeds = Number(option('--seeds') ?? 1);
  const only = option('--only');
  const lexicon = parseLexicon(fs.readFileSync(LEXICON_PATH(), 'utf8'));
  const docs: Doc[] = [
    ...benchDocs('dev').map((d) => ({ set: 'de-fr dev', src: d.de, tgt: d.fr, gold: d.gold })),
    ...benchDocs('test').map((d) => ({ set: 'de-fr test', src: d.de, tgt: d.fr, gold: d.gold })),
  ];
  for (const [pair, list] of ownDocs()) for (const d of list) docs.push({ set: pair, src: d.src, tgt: d.tgt, gold: d.gold });
  const sets = [...new Set(docs.map((d) => d.set))].filter((s) => !only || s === only);
  const tallies = new Map<string, Tally>();
  const tally = (set: string, kind: Kind): Tally => {
    const k = `${set}\u0000${kind}`;
    if (!tallies.has(k)) tallies.set(k, { hits: 0, damages: 0, falseAlarms: 0, goldDiffers: 0, pairs: 0 });
    return tallies.get(k)!;
  };
  const misses: string[] = [];
  const alarms: string[] = [];
  docs.forEach((doc, n) => {
    if (!sets.includes(doc.set)) return;
    const lex = doc.set.includes('zh') ? lexicon : undefined;
    // False alarms: the undamaged pair, where gold's own unpaired sentences are real omissions and additions.
    const clean = check(doc.src, doc.tgt, lex);
    const unpairedSource = new Set(doc.gold.filter((b) => !b[1].length).flatMap((b) => b[0]));
    const unpairedTarget = new Set(doc.gold.filter((b) => !b[0].length).flatMap((b) => b[1]));
    for (const kind of KINDS) {
      const t = tally(doc.set, kind);
      t.pairs += doc.gold.length;
      const side = kind === 'omission' ? 'source' : 'target';
      const excused = kind === 'omission' ? unpairedSource : kind === 'addition' ? unpairedTarget : new Set<number>();
      for (const lines of clean(side, kind)) {
        if (lines.some((l) => excused.has(l))) continue;
        t.falseAlarms++;
        if (kind === 'number-mismatch' && lines.some((l) => digitsDiffer(doc, l))) t.goldDiffers++;
        alarms.push(
          `${doc.set} #${n} ${kind} ${side} ${lines.join('+')}: ${(side === 'source' ? doc.src : doc.tgt)[lines[0]].slice(0, 90)}`,
        );
      }
      for (let seed = 0; seed < seeds; seed++) {
        const damaged = damage(doc, kind, docs, rng(1000 + n * 17 + KINDS.indexOf(kind) + seed * 7919));
        const flagged = check(damaged.src, damaged.tgt, lex);
        for (const e of damaged.expected) {
          t.damages++;
          if (flagged(e.side, kind).some((lines) => lines.includes(e.line))) t.hits++;
          else
            misses.push(
              `${doc.set} #${n}${seed ? `/${seed}` : ''} ${kind} ${e.side} ${e.line}: ${(e.side === 'source' ? damaged.src : damaged.tgt)[e.line].slice(0, 90)}`,
            );
        }
      }
    }
  });
  console.log('Translation QA benchmark — damaged real translations, one kind at a time');
  console.log(`${'set'.padEnd(12)} ${'check'.padEnd(16)} ${'recall'.padStart(14)}   false alarms / 100 pairs`);
  for (const set of sets) {
    for (const kind of KINDS) {
      const t = tally(set, kind);
      const recall = t.damages ? t.hits / t.damages : 0;
      console.log(
        `${set.padEnd(12)} ${kind.padEnd(16)} ${`${recall.toFixed(3)} (${t.hits}/${t.damages})`.padStart(14)}   ${((100 * t.falseAlarms) / t.pairs).toFixed(2)} (${t.falseAlarms} in ${t.pairs})${editions(t.goldDiffers)}`,
      );
    }
  }
  for (const kind of KINDS) {
    const all = sets.map((s) => tally(s, kind));
    const hits = all.reduce((n, t) => n + t.hits, 0);
    const damages = all.reduce((n, t) => n + t.damages, 0);
    const fa = all.reduce((n, t) => n + t.falseAlarms, 0);
    const pairs = all.reduce((n, t) => n + t.pairs, 0);
    const differ = all.reduce((n, t) => n + t.goldDiffers, 0);
    console.log(
      `${'all'.padEnd(12)} ${kind.padEnd(16)} ${`${(hits / damages).toFixed(3)} (${hits}/${damages})`.padStart(14)}   ${((100 * fa) / pairs).toFixed(2)} (${fa} in ${pairs})${editions(differ)}`,
    );
  }
  if (process.argv.includes('--verbose')) {
    console.log('\nmissed:\n' + misses.join('\n'));
    console.log('\nfalse alarms:\n' + alarms.join('\n'));
  }
  if (!only) timeLargePair(docs, lexicon);
}

// A pair of about 2,000 sentences made of whole German–French documents one after the other, checked in-process.
function timeLargePair(docs: readonly Doc[], lexicon: Lexicon): void {
  const src: string[] = [];
  const tgt: string[] = [];
  const germanFrench = docs.filter((x) => x.set.startsWith('de-fr'));
  for (let k = 0; src.length < 2000; k++) {
    const d = germanFrench[k % germanFrench.length];
    src.push(...d.src);
    tgt.push(...d.tgt);
  }
  const s = asDocument(src).text;
  const t = asDocument(tgt).text;
  runPairChecks(s, t);
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    runPairChecks(s, t, { lexicon });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(
    `\n${src.length.toLocaleString('en')}-sentence pair (de-fr), every bilingual check, in-process: ${times[1].toFixed(0)} ms (median of 3)`,
  );
}

if (require.main === module) main();
