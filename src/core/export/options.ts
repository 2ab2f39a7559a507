import type { Glossary } from '../terms/glossary';

/** The fixes an export may apply, named by the check that proposes them (the ids of settings and `--fix`). */
export const EXPORT_FIXES = [
  'boilerplate',
  'punctuation',
  'repetition',
  'duplicate-passage',
  'speaker-variant',
  'heading-structure',
  'near-miss',
  'name-mismatch',
  'term-consistency',
  'translated-name',
] as const;

/** One switchable fix of an export. */
export type ExportFix = (typeof EXPORT_FIXES)[number];

/**
 * Fixes that guess what was meant (a misheard word, a wrong name, a preferred term): applied only where the
 * glossary names the replacement or the editor accepted that very fix (`FixDecision`), never on the check's word alone.
 */
export const RISKY_FIXES: ReadonlySet<ExportFix> = new Set<ExportFix>([
  'near-miss',
  'name-mismatch',
  'term-consistency',
  'translated-name',
]);

/** How a turn's speaker is written: `**Name:**` (bold), `**Name**:` (bold-name) or `Name:` (plain); the colon full width in Chinese and Japanese. */
export type LabelStyle = 'bold' | 'bold-name' | 'plain';
export const LABEL_STYLES: readonly LabelStyle[] = ['bold', 'bold-name', 'plain'];

/** The fields of the edition's YAML front matter, in the order written. */
export const FRONT_MATTER_FIELDS = ['title', 'speakers', 'language', 'source', 'author', 'translator', 'date', 'generator'] as const;
export type FrontMatterField = (typeof FRONT_MATTER_FIELDS)[number];

/**
 * How turns get their link targets: `html` (`<a id="…"></a>`, linkable on GitHub, in VS Code's preview and most
 * renderers), `attribute` (`{#…}` after the turn, for renderers with attribute lists) or `none`.
 */
export type AnchorStyle = 'html' | 'attribute' | 'none';
export const ANCHOR_STYLES: readonly AnchorStyle[] = ['html', 'attribute', 'none'];

/** Review notes (annotations) as Markdown footnotes, or left out of the edition. */
export type AnnotationStyle = 'footnotes' | 'omit';
export const ANNOTATION_STYLES: readonly AnnotationStyle[] = ['footnotes', 'omit'];

/** A bilingual edition: each original sentence followed by its translation, or a two-column table. */
export type BilingualLayout = 'interleaved' | 'table';
export const BILINGUAL_LAYOUTS: readonly BilingualLayout[] = ['interleaved', 'table'];

/** A team's house style: what settings (`interlinear.export.*`), `.interlinear/export.json` and CLI flags set. */
export interface ExportSettings {
  /** Which fixes apply; a risky one (see RISKY_FIXES) still only where the glossary or a decision backs it. */
  readonly fixes: Readonly<Record<ExportFix, boolean>>;
  readonly labelStyle: LabelStyle;
  /** The front-matter fields written; none means no front matter (the title is then a `#` heading). */
  readonly frontMatter: readonly FrontMatterField[];
  readonly annotations: AnnotationStyle;
  readonly anchors: AnchorStyle;
  readonly bilingualLayout: BilingualLayout;
}

/** Settings as a layer sets them: any field may be left out, and `fixes` may name only some fixes. */
export type ExportSettingsInput = Partial<Omit<ExportSettings, 'fixes'>> & { readonly fixes?: Partial<Record<ExportFix, boolean>> };

/** The defaults: every fix on (risky ones gated), bold labels, every front-matter field, footnotes, HTML anchors. */
export const DEFAULT_EXPORT_SETTINGS: ExportSettings = {
  fixes: Object.fromEntries(EXPORT_FIXES.map((f) => [f, true])) as Record<ExportFix, boolean>,
  labelStyle: 'bold',
  frontMatter: FRONT_MATTER_FIELDS,
  annotations: 'footnotes',
  anchors: 'html',
  bilingualLayout: 'interleaved',
};

/** Layers settings over the defaults, later layers winning field by field (profile, then settings, then flags). */
export function resolveExportSettings(...layers: readonly (ExportSettingsInput | undefined)[]): ExportSettings {
  let out = DEFAULT_EXPORT_SETTINGS;
  for (const layer of layers) {
    if (!layer) continue;
    const { fixes, ...rest } = layer;
    const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    out = { ...out, ...defined, fixes: { ...out.fixes, ...(fixes ?? {}) } };
  }
  return out;
}

/** A risky fix the editor accepted: the check's replacement of `text` by `replacement` applies wherever it is proposed. */
export interface FixDecision {
  readonly checkId: string;
  readonly text: string;
  /** The replacement accepted; left out, whatever the check proposes for `text`. */
  readonly replacement?: string;
}

/** A review note to set as a footnote: where it was made (W3C selector fields) and what it says. */
export interface ExportNote {
  readonly exact: string;
  readonly prefix?: string;
  readonly suffix?: string;
  /** 0-based UTF-16 offsets into the input when the note was made. */
  readonly start: number;
  readonly end: number;
  readonly body: string;
}

/** Everything one export reads besides the text: the house style and the document's surroundings. */
export interface ExportOptions extends ExportSettingsInput {
  readonly glossary?: Glossary;
  readonly decisions?: readonly FixDecision[];
  readonly notes?: readonly ExportNote[];
  /** The title when the document shows none (the CLI passes the file name without extensions). */
  readonly fallbackTitle?: string;
  /** What made the edition, for the `generator` field (e.g. "Interlinear 0.1.0"). */
  readonly generator?: string;
}
