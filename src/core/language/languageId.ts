// Statistical language identification of short spans, with `eld` (extrasmall n-gram data), chosen over
// `franc` by scripts/lidBench.ts (figures in docs/lid.md). Its data is about 1 MB of JavaScript that takes
// a few hundred milliseconds to evaluate, so it is loaded on the first call, never on activation.

interface EldResult {
  readonly language: string;
  getScores(): Record<string, number>;
}

interface EldDetector {
  detect(text: string): EldResult;
}

/** Scores of the candidate languages for one span, 0..1 (higher is likelier), and the best of them. */
export interface LanguageScores {
  /** The best-scoring candidate, or `und` when none scored. */
  readonly best: string;
  readonly score: number;
  readonly scores: ReadonlyMap<string, number>;
}

let detector: EldDetector | null | undefined;

// eld is ESM-only and exports its entries under the `import` condition alone, which `require` cannot
// resolve by package name: a relative path lets esbuild bundle the data (evaluated lazily, on this call),
// and the compiled tests, which run from out/, find the file along Node's module search path instead.
function loadDetector(): EldDetector | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('../../../node_modules/eld/src/entries/static.extrasmall.js') as { eld: EldDetector }).eld;
  } catch {
    // Not bundled: fall through to the search path.
  }
  for (const dir of require.resolve?.paths?.('eld') ?? []) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      return (require(`${dir}/eld/src/entries/static.extrasmall.js`) as { eld: EldDetector }).eld;
    } catch {
      // Not in this directory (or not loadable here): try the next one.
    }
  }
  return null;
}

/** The detector, loading it on first use; `undefined` when it cannot be loaded here (checks then fall back). */
function getDetector(): EldDetector | undefined {
  if (detector === undefined) detector = loadDetector();
  return detector ?? undefined;
}

/**
 * Scores `text` against the `candidates` languages (ISO 639-1 codes) only: restricting the choice to the
 * languages a document can plausibly contain is what keeps short spans from being misread as rare ones.
 * Returns `undefined` when the detector is unavailable; never throws.
 */
export function scoreLanguages(text: string, candidates: readonly string[]): LanguageScores | undefined {
  const eld = getDetector();
  if (!eld) return undefined;
  let all: Record<string, number>;
  try {
    all = eld.detect(text).getScores();
  } catch {
    return undefined;
  }
  const scores = new Map<string, number>();
  let best = 'und';
  let score = 0;
  for (const lang of candidates) {
    const s = all[lang] ?? 0;
    scores.set(lang, s);
    if (s > score) [best, score] = [lang, s];
  }
  return { best, score, scores };
}

/**
 * The language `text` is in when the detector is sure it is not `home`: the best candidate, if it beats
 * `home` by at least `margin`; otherwise `undefined` (also when the detector is unavailable).
 */
export function foreignLanguageOf(text: string, home: string, candidates: readonly string[], margin: number): string | undefined {
  const r = scoreLanguages(text, candidates.includes(home) ? candidates : [home, ...candidates]);
  if (!r || r.best === home || r.best === 'und') return undefined;
  return r.score - (r.scores.get(home) ?? 0) >= margin ? r.best : undefined;
}
