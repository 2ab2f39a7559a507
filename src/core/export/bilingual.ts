// A bilingual edition from an alignment (the parallel view's, or the CLI's): each original sentence with its
// translation under it, grouped by turn, or a two-column table. The alignment is made by the caller, so this
// module never loads the aligner.
import type { AlignedPair } from '../align/align';
import type { Segment } from '../align/segments';
import type { Transcript } from '../document/model';
import { renderFrontMatter } from './frontMatter';
import { HeadingLevels, UniqueHeadings, withoutTrailingPunctuation } from './headings';
import { markdownProse } from './markdownText';
import { resolveExportSettings, type ExportOptions, type ExportSettings } from './options';

/** One document of the pair: its text, parse and the segments the alignment indexes. */
export interface BilingualSide {
  readonly transcript: Transcript;
  readonly segments: readonly Segment[];
}

/** A bilingual edition. */
export interface BilingualResult {
  readonly markdown: string;
  readonly settings: ExportSettings;
}

/** Sets an original and its translation side by side as Markdown, in the layout the settings choose. */
export function exportBilingual(
  source: BilingualSide,
  target: BilingualSide,
  pairs: readonly AlignedPair[],
  options: ExportOptions = {},
): BilingualResult {
  const settings = resolveExportSettings(options);
  const title = source.transcript.title || target.transcript.title || options.fallbackTitle || '';
  const speakers = source.transcript.speakers.map((s) => s.name);
  const languages = [source.transcript.language.tag, target.transcript.language.tag].filter((l) => l !== 'und').join(', ');
  const fm = renderFrontMatter(
    { title, speakers, language: languages || undefined, generator: options.generator ?? 'Interlinear' },
    settings.frontMatter,
  );
  const parts: string[] = [];
  if (fm) parts.push(fm);
  if (!settings.frontMatter.includes('title') && title) parts.push(`# ${title}`);
  const groups = groupPairs(source, target, pairs);
  parts.push(...(settings.bilingualLayout === 'table' ? table(groups, source, target) : interleaved(groups)));
  return { markdown: parts.join('\n\n') + '\n', settings };
}

/** Aligned sentences under one heading or turn of the original (or of the translation where the original has none). */
interface Group {
  readonly kind: 'heading' | 'turn' | 'block';
  readonly level: number;
  readonly speaker?: string;
  readonly rows: { source: string; target: string }[];
}

// Cuts the pairs where the block of their first segment changes: a heading, a turn or a paragraph opens a group.
function groupPairs(source: BilingualSide, target: BilingualSide, pairs: readonly AlignedPair[]): Group[] {
  const groups: Group[] = [];
  let key = '';
  for (const p of pairs) {
    const side = p.source.length ? source : target;
    const seg = side.segments[(p.source.length ? p.source : p.target)[0]];
    if (!seg) continue;
    const block = side.transcript.blocks[seg.block];
    const k = `${side === source ? 's' : 't'}${seg.block}`;
    const join = (s: BilingualSide, idx: readonly number[]) => idx.map((i) => s.segments[i].text.replace(/\s+/g, ' ').trim()).join(' ');
    const row = { source: join(source, p.source), target: join(target, p.target) };
    // A paragraph's sentences stay one group however many pairs they make; a turn's too.
    if (k !== key || groups.length === 0) {
      groups.push({
        kind: block.kind === 'heading' ? 'heading' : block.kind === 'turn' ? 'turn' : 'block',
        level: block.kind === 'heading' ? block.level : 0,
        speaker: block.kind === 'turn' ? block.speaker.name : undefined,
        rows: [],
      });
      key = k;
    }
    groups[groups.length - 1].rows.push(row);
  }
  return groups;
}

// Each original sentence as a paragraph, its translation as a blockquote under it; a turn opens with its label.
function interleaved(groups: readonly Group[]): string[] {
  const out: string[] = [];
  const levels = new HeadingLevels(2);
  const unique = new UniqueHeadings();
  let lastQuote = false;
  const quote = (text: string) => {
    if (lastQuote) out.push('<!-- -->');
    out.push(`> ${markdownProse(text, false)}`);
    lastQuote = true;
  };
  const para = (text: string) => {
    out.push(markdownProse(text, true));
    lastQuote = false;
  };
  for (const g of groups) {
    if (g.kind === 'heading') {
      const src = g.rows.map((r) => r.source).join(' ');
      const tgt = g.rows.map((r) => r.target).join(' ');
      const text = unique.unique(withoutTrailingPunctuation(markdownProse(src || tgt, false)));
      out.push(`${'#'.repeat(levels.next(g.level))} ${text}`);
      lastQuote = false;
      if (src && tgt) quote(tgt);
      continue;
    }
    g.rows.forEach((r, i) => {
      const label = i === 0 && g.speaker ? `**${g.speaker}:** ` : '';
      if (r.source || label) {
        out.push(label + markdownProse(r.source, !label));
        lastQuote = false;
      }
      if (r.target) (r.source || label ? quote : para)(r.target);
    });
  }
  return out;
}

// A two-column table: the original and the translation, one row per aligned pair; headings and labels in bold.
function table(groups: readonly Group[], source: BilingualSide, target: BilingualSide): string[] {
  const cell = (text: string) => markdownProse(text, false).replace(/\|/g, '\\|');
  const rows = [`| Original (${source.transcript.language.tag}) | Translation (${target.transcript.language.tag}) |`, '| --- | --- |'];
  for (const g of groups) {
    g.rows.forEach((r, i) => {
      const label = i === 0 && g.speaker ? `**${g.speaker}:** ` : '';
      const [s, t] = [cell(r.source), cell(r.target)];
      if (g.kind === 'heading') rows.push(`| ${s && `**${s}**`} | ${t && `**${t}**`} |`);
      else rows.push(`| ${label}${s} | ${t} |`);
    });
  }
  return [rows.join('\n')];
}
