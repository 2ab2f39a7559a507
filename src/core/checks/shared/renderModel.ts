// Whether some sentences of one side render a sentence of the other, as evidence in nats (a log-likelihood ratio),
// fitted on the pair itself so that any two languages are read alike. A sentence is seen as its tokens that could
// tell: the aligner's anchors found on both sides (numbers, names and other cognates, marks, lexicon words) and the
// numbers of one side only (a number is rendered as itself, so one the other side never writes was left out), and
// words linked to words of the other side because they keep meeting in the alignment's pairs (Dice's coefficient
// of their co-occurrence; after Moore 2002). A token is rendered when the other sentences hold it or a word linked to
// it. Each token weighs by what its rendering tells: the pair's true translations render a share ρ of their tokens
// beyond chance (ρ fitted per side and kind of token on the alignment's sure pairs), while sentences that are no
// translation render a token by chance only, as often as the other side's sentences hold it. Rare tokens rendered
// say much; any token left unrendered says log(1 − ρ).
import { pairFeatures } from '../../align/align';
import { wordIds } from '../../align/learned';
import type { PairContext, Side } from '../../engine/types';

/** The model of one pair of documents (see `renderEvidence`). */
export interface RenderModel {
  /** Per side, each sentence's tokens that could tell, as ids of one space shared by both sides. */
  readonly source: readonly Int32Array[];
  readonly target: readonly Int32Array[];
  /** Per side, each sentence's tokens' chance of being rendered by one unrelated sentence of the other side. */
  readonly sourceChance: readonly Float64Array[];
  readonly targetChance: readonly Float64Array[];
  /** Per side, each sentence's tokens' kind (index into `rho`). */
  readonly sourceKind: readonly Uint8Array[];
  readonly targetKind: readonly Uint8Array[];
  /** Per side and kind of token, the share of tokens a translation renders beyond chance. */
  readonly rho: { readonly source: Float64Array; readonly target: Float64Array };
  /** Learned links as adjacency lists over token ids (anchors link to themselves and are not listed). */
  readonly linkStart: Int32Array;
  readonly links: Int32Array;
  /** Token ids below this are anchors, shared by both sides. */
  readonly anchors: number;
}

const enum Kind {
  Word = 0,
  Number = 1,
  Anchor = 2,
  Mark = 3,
}
const KINDS = 4;

// Words that meet in this many pairs at least, with this Dice coefficient at least, are linked; a word keeps its
// best few links (inflected forms of its translation, not every word of a phrase it recurs in).
const MIN_TOGETHER = 2;
const MIN_DICE = 0.3;
const MAX_LINKS = 3;
// Pairs of the alignment this sure are the translations ρ is fitted on; ρ starts from PRIOR_RHO as if seen in
// PRIOR_WEIGHT tokens, so that a pair with few sure pairs has a cautious ρ.
const SURE = 0.9;
const PRIOR_RHO = 0.5;
const PRIOR_WEIGHT = 5;
const MAX_RHO = 0.95;
// A token's chance is at least as if half a sentence of the other side held it, at most this.
const MAX_CHANCE = 0.95;

const models = new WeakMap<PairContext, RenderModel>();

/** The pair's model, made once per context. */
export function renderModel(ctx: PairContext): RenderModel {
  let model = models.get(ctx);
  if (!model) models.set(ctx, (model = fit(ctx)));
  return model;
}

/**
 * Evidence, in nats, that the `others` sentences of the other side render sentence `i` of `side`: positive when
 * they hold more of its tokens than chance would give them, negative when they leave out tokens a translation
 * would have kept. Nothing (0) with no other sentences.
 */
export function renderEvidence(ctx: PairContext, side: Side, i: number, others: readonly number[]): number {
  if (!others.length) return 0;
  const m = renderModel(ctx);
  const fromSource = side === 'source';
  const tokens = (fromSource ? m.source : m.target)[i];
  if (!tokens.length) return 0;
  const theirs = fromSource ? m.target : m.source;
  const stamp = stamps(m);
  const mark = ++stampCount;
  for (const k of others) for (const t of theirs[k]) stamp[t] = mark;
  const chance = (fromSource ? m.sourceChance : m.targetChance)[i];
  const kind = (fromSource ? m.sourceKind : m.targetKind)[i];
  const rho = fromSource ? m.rho.source : m.rho.target;
  let llr = 0;
  for (let k = 0; k < tokens.length; k++) {
    const r = rho[kind[k]];
    const p0 = others.length === 1 ? chance[k] : 1 - (1 - chance[k]) ** others.length;
    if (rendered(m, stamp, mark, tokens[k])) llr += Math.log1p(((1 - p0) * r) / p0);
    else llr += Math.log1p(-r);
  }
  return llr;
}

// A scratch array over token ids, marked with a counter so that it never needs clearing.
let stampArray: Int32Array | undefined;
let stampCount = 0;
function stamps(m: RenderModel): Int32Array {
  const size = m.linkStart.length - 1;
  if (!stampArray || stampArray.length < size || stampCount > 0x3fffffff) {
    stampArray = new Int32Array(Math.max(size, stampArray?.length ?? 0));
    stampCount = 0;
  }
  return stampArray;
}

function rendered(m: RenderModel, stamp: Int32Array, mark: number, token: number): boolean {
  if (stamp[token] === mark) return true;
  for (let x = m.linkStart[token]; x < m.linkStart[token + 1]; x++) if (stamp[m.links[x]] === mark) return true;
  return false;
}

function fit(ctx: PairContext): RenderModel {
  const texts = (side: Side) => ctx[side].segments.map((s) => s.text);
  const features = pairFeatures(texts('source'), texts('target'), ctx.lexicon ? { lexicon: ctx.lexicon } : {});
  const table = features.table;
  const anchors = table.size;
  const anchorKind = new Uint8Array(anchors);
  for (let a = 0; a < anchors; a++) {
    const kind = table.kind(a);
    anchorKind[a] = kind === 'mark' ? Kind.Mark : table.key(a).charCodeAt(0) === 0x23 ? Kind.Number : Kind.Anchor;
  }
  // Words: ids after the anchors, source words first.
  const sourceIds = new Map<string, number>();
  const sourceWords = texts('source').map((t) => offset(wordIds(t, sourceIds), anchors));
  const targetBase = anchors + sourceIds.size;
  const targetIds = new Map<string, number>();
  const targetWords = texts('target').map((t) => offset(wordIds(t, targetIds), targetBase));
  const size = targetBase + targetIds.size;
  const { linkStart, links } = learnLinks(ctx, sourceWords, targetWords, anchors, targetBase, size);
  const linked = (w: number) => linkStart[w + 1] > linkStart[w];
  const keep = (a: number) => features.weights[a] > 0 || anchorKind[a] === Kind.Number;
  const tokensOf = (f: { anchors: Int32Array }, words: Int32Array): Int32Array => {
    const out: number[] = [];
    for (const a of f.anchors) if (keep(a)) out.push(a);
    for (const w of words) if (linked(w)) out.push(w);
    return Int32Array.from(out);
  };
  const source = features.source.map((f, i) => tokensOf(f, sourceWords[i]));
  const target = features.target.map((f, j) => tokensOf(f, targetWords[j]));
  const kindsOf = (tokens: Int32Array) => Uint8Array.from(tokens, (t) => (t < anchors ? anchorKind[t] : Kind.Word));
  const model: RenderModel = {
    source,
    target,
    sourceChance: chances(source, target, linkStart, links, anchors, size),
    targetChance: chances(target, source, linkStart, links, anchors, size),
    sourceKind: source.map(kindsOf),
    targetKind: target.map(kindsOf),
    rho: { source: new Float64Array(KINDS), target: new Float64Array(KINDS) },
    linkStart,
    links,
    anchors,
  };
  fitRho(ctx, model);
  return model;
}

// Links between words that keep meeting in the alignment's pairs, as adjacency lists over token ids (source words
// are the ids `sourceFrom … targetFrom - 1`, target words the ids from `targetFrom` on). Flat typed arrays
// throughout: a long pair has tens of thousands of words in thousands of pairs.
function learnLinks(
  ctx: PairContext,
  sourceWords: readonly Int32Array[],
  targetWords: readonly Int32Array[],
  sourceFrom: number,
  targetFrom: number,
  size: number,
): { linkStart: Int32Array; links: Int32Array } {
  const pairs = ctx.pairs.filter((p) => p.source.length && p.target.length);
  // Each pair's distinct words of either side, one after the other: pair k's source words at xs[xStart[k] …].
  const seen = new Int32Array(size).fill(-1);
  const bag = (words: readonly Int32Array[], indices: readonly number[], k: number, into: number[]) => {
    for (const i of indices)
      for (const w of words[i])
        if (seen[w] !== k) {
          seen[w] = k;
          into.push(w);
        }
  };
  const xsList: number[] = [];
  const ysList: number[] = [];
  const xStart = new Int32Array(pairs.length + 1);
  const yStart = new Int32Array(pairs.length + 1);
  pairs.forEach((p, k) => {
    bag(sourceWords, p.source, k, xsList);
    bag(targetWords, p.target, k, ysList);
    xStart[k + 1] = xsList.length;
    yStart[k + 1] = ysList.length;
  });
  const count = new Int32Array(size);
  for (const x of xsList) count[x]++;
  for (const y of ysList) count[y]++;
  // The pairs each source word is in, for words in enough pairs to link.
  const postStart = new Int32Array(targetFrom - sourceFrom + 1);
  for (let x = sourceFrom; x < targetFrom; x++)
    postStart[x - sourceFrom + 1] = postStart[x - sourceFrom] + (count[x] >= MIN_TOGETHER ? count[x] : 0);
  const posts = new Int32Array(postStart[targetFrom - sourceFrom]);
  const fill = postStart.slice(0, targetFrom - sourceFrom);
  for (let k = 0; k < pairs.length; k++)
    for (let a = xStart[k]; a < xStart[k + 1]; a++) {
      const x = xsList[a];
      if (count[x] >= MIN_TOGETHER) posts[fill[x - sourceFrom]++] = k;
    }
  // Co-occurrences of each source word counted in a dense scratch array; word pairs whose counts are too far apart
  // for the Dice coefficient asked are skipped (a rare word never links to a function word).
  const apart = 2 / MIN_DICE - 1;
  const together = new Int32Array(size);
  const dice = new Float64Array(size);
  const touched: number[] = [];
  const found: number[] = [];
  const best: number[] = [];
  for (let x = sourceFrom; x < targetFrom; x++) {
    const cx = count[x];
    if (cx < MIN_TOGETHER) continue;
    for (let b = postStart[x - sourceFrom]; b < postStart[x - sourceFrom + 1]; b++) {
      const k = posts[b];
      for (let a = yStart[k]; a < yStart[k + 1]; a++) {
        const y = ysList[a];
        const cy = count[y];
        if (cy < MIN_TOGETHER || cy > cx * apart || cx > cy * apart) continue;
        if (together[y]++ === 0) touched.push(y);
      }
    }
    for (const y of touched) {
      const c = together[y];
      together[y] = 0;
      dice[y] = (2 * c) / (cx + count[y]);
      if (c >= MIN_TOGETHER && dice[y] >= MIN_DICE) best.push(y);
    }
    touched.length = 0;
    if (best.length > MAX_LINKS) best.sort((p, q) => dice[q] - dice[p]);
    for (let k = 0; k < best.length && k < MAX_LINKS; k++) found.push(x, best[k]);
    best.length = 0;
  }
  const degree = new Int32Array(size);
  for (const t of found) degree[t]++;
  const linkStart = new Int32Array(size + 1);
  for (let t = 0; t < size; t++) linkStart[t + 1] = linkStart[t] + degree[t];
  const links = new Int32Array(linkStart[size]);
  const at = linkStart.slice(0, size);
  for (let k = 0; k < found.length; k += 2) {
    links[at[found[k]]++] = found[k + 1];
    links[at[found[k + 1]]++] = found[k];
  }
  return { linkStart, links };
}

// Each token's chance of being rendered by one sentence of the other side chosen blindly: the share of those
// sentences that hold it or a word linked to it.
function chances(
  mine: readonly Int32Array[],
  theirs: readonly Int32Array[],
  linkStart: Int32Array,
  links: Int32Array,
  anchors: number,
  size: number,
): Float64Array[] {
  const df = new Int32Array(size);
  for (const tokens of theirs) for (const t of tokens) df[t]++;
  const n = Math.max(theirs.length, 1);
  const memo = new Float64Array(size).fill(-1);
  const chanceOf = (t: number): number => {
    if (memo[t] >= 0) return memo[t];
    let d = t < anchors ? df[t] : 0;
    for (let x = linkStart[t]; x < linkStart[t + 1]; x++) d += df[links[x]];
    return (memo[t] = Math.min(MAX_CHANCE, Math.max(d, 0.5) / n));
  };
  return mine.map((tokens) => Float64Array.from(tokens, chanceOf));
}

// ρ per side and kind: of the tokens of sure one-to-one pairs, the share rendered beyond chance.
function fitRho(ctx: PairContext, m: RenderModel): void {
  for (const side of ['source', 'target'] as const) {
    const shareRendered = new Float64Array(KINDS);
    const possible = new Float64Array(KINDS);
    const fromSource = side === 'source';
    const stamp = stamps(m);
    for (const p of ctx.pairs) {
      if (p.source.length !== 1 || p.target.length !== 1 || p.score < SURE) continue;
      const i = fromSource ? p.source[0] : p.target[0];
      const other = fromSource ? p.target[0] : p.source[0];
      const mark = ++stampCount;
      for (const t of (fromSource ? m.target : m.source)[other]) stamp[t] = mark;
      const tokens = (fromSource ? m.source : m.target)[i];
      const chance = (fromSource ? m.sourceChance : m.targetChance)[i];
      const kind = (fromSource ? m.sourceKind : m.targetKind)[i];
      for (let k = 0; k < tokens.length; k++) {
        shareRendered[kind[k]] += (rendered(m, stamp, mark, tokens[k]) ? 1 : 0) - chance[k];
        possible[kind[k]] += 1 - chance[k];
      }
    }
    const rho = m.rho[side];
    for (let k = 0; k < KINDS; k++)
      rho[k] = Math.min(MAX_RHO, Math.max(0.05, (shareRendered[k] + PRIOR_RHO * PRIOR_WEIGHT) / (possible[k] + PRIOR_WEIGHT)));
  }
}

function offset(ids: readonly number[], base: number): Int32Array {
  return Int32Array.from(ids, (id) => id + base);
}
