import { blockAt } from '../document/blocks';
import { isBilingual } from '../language/bilingual';
import type { Transcript } from '../document/model';
import { parseTranscript } from '../document/parse';
import { checkContext, collectFindings, enabledChecks, finishFindings, type CheckOptions } from './engine';
import type { Finding } from './types';
import { carryFindings } from './carry';

/** Findings of one check run, and whether document-scoped checks still reflect an older text. */
export interface SessionResult {
  readonly findings: Finding[];
  /** True after `checkEdited`: document-scoped findings were carried over, not recomputed. */
  readonly stale: boolean;
}

/**
 * Checks one document repeatedly as it is edited. Block-scoped findings are cached by block text, so an
 * edit re-runs those checks on the edited blocks only; `checkEdited` carries document-scoped findings
 * across the edit (shifted, or dropped where the edit touched them) until the next `checkAll`.
 */
export class CheckSession {
  private text = '';
  private facts = ''; // the document-level facts the cached block findings were computed under
  private transcript: Transcript | undefined;
  private blockFindings = new Map<string, Finding[]>(); // block text → its block-scoped findings, offsets from the block start
  private documentFindings: Finding[] = [];

  constructor(private readonly options: Omit<CheckOptions, 'transcript'> = {}) {}

  /** Runs every check; block-scoped ones only on blocks not seen before. */
  checkAll(text: string, transcript: Transcript = parseTranscript(text, this.transcript)): SessionResult {
    const ctx = checkContext(
      text,
      transcript,
      this.options,
      transcript.blocks.map((_, i) => i),
    );
    this.documentFindings = enabledChecks(this.options)
      .filter(([check]) => check.scope === 'document')
      .flatMap(([check, level]) => collectFindings(check, level, ctx));
    return this.finish(text, transcript, false);
  }

  /** The fast path after an edit: block-scoped checks on edited blocks, document-scoped findings carried over. */
  checkEdited(text: string, transcript: Transcript = parseTranscript(text, this.transcript)): SessionResult {
    this.documentFindings = carryFindings(this.text, text, this.documentFindings);
    return this.finish(text, transcript, true);
  }

  // Brings the block cache up to date for `transcript` and returns all findings, filtered and sorted.
  private finish(text: string, transcript: Transcript, stale: boolean): SessionResult {
    // Block-scoped checks read document-level facts too: when one changes, every cached block is stale.
    const facts = documentFacts(transcript);
    if (facts !== this.facts) this.blockFindings.clear();
    this.facts = facts;
    const keys = transcript.blocks.map((b) => text.slice(b.range.start, b.range.end));
    const fresh = keys.flatMap((key, i) => (this.blockFindings.has(key) ? [] : [i]));
    const found = new Map<number, Finding[]>(fresh.map((i) => [i, []]));
    if (fresh.length) {
      const ctx = checkContext(text, transcript, this.options, fresh);
      for (const [check, level] of enabledChecks(this.options)) {
        if (check.scope !== 'block') continue;
        for (const f of collectFindings(check, level, ctx)) found.get(blockAt(transcript.blocks, f.range.start))?.push(f);
      }
    }
    const cache = new Map<string, Finding[]>();
    const findings: Finding[] = [...this.documentFindings];
    keys.forEach((key, i) => {
      const start = transcript.blocks[i].range.start;
      const relative = this.blockFindings.get(key) ?? cache.get(key) ?? (found.get(i) ?? []).map((f) => shift(f, -start));
      cache.set(key, relative);
      for (const f of relative) findings.push(shift(f, start));
    });
    this.blockFindings = cache;
    this.text = text;
    this.transcript = transcript;
    return { findings: finishFindings(text, findings, this.options), stale };
  }
}

/**
 * The document-level facts block-scoped checks read besides their block's text (see `Check.scope`): the
 * document's language, and whether it is bilingual by design (wrong-language lets whole paragraphs in the
 * second language pass then). Block findings cached under other facts are recomputed.
 */
export function documentFacts(t: Transcript): string {
  return `${t.language.tag}\u0000${isBilingual(t)}`;
}

// Moves every offset of a finding (its range, fix edits and related places) by `delta`.
function shift(f: Finding, delta: number): Finding {
  if (delta === 0) return f;
  const move = <T extends { start: number; end: number }>(r: T) => ({ ...r, start: r.start + delta, end: r.end + delta });
  return {
    ...f,
    range: move(f.range),
    fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, range: move(e.range) })) })),
    related: f.related.map((r) => ({ ...r, range: move(r.range) })),
  };
}
