import * as vscode from 'vscode';
import type { GlossaryEntry, Transcript } from '../core/base';
import { glossaryTermsAt, speakerAt, speakerSummary, type SpeakerSummary, type TermHit } from '../core/speakers';
import type { SpeakerVariant } from '../core/speakers/variants';
import { LANGUAGE_ID } from './commands';
import type { GlossaryStore } from './glossaryStore';
import { toRange, type TranscriptCache } from './transcriptCache';

/** The other spellings of a speaker (core/speakers/variants.ts), handed in so that its name tables load with the checks. */
export type SpeakerVariantsOf = (t: Transcript, key: string) => readonly SpeakerVariant[];

/**
 * Hover on a speaker's name (turns, first and last turn, spellings and the variants the speaker-variant check sees)
 * and on a glossary term (its note and translation). `variants` is called on the first hover over a name.
 */
export function registerSpeakerHover(
  cache: TranscriptCache,
  glossary: GlossaryStore,
  variants: () => SpeakerVariantsOf,
): vscode.Disposable {
  let variantsOf: SpeakerVariantsOf | undefined;
  const spellingsOf: SpeakerVariantsOf = (t, key) => {
    try {
      return (variantsOf ??= variants())(t, key);
    } catch {
      // Without the checks bundle (a broken install), the hover still tells the rest.
      return [];
    }
  };
  return vscode.languages.registerHoverProvider(
    { language: LANGUAGE_ID },
    {
      async provideHover(doc, position) {
        const t = cache.get(doc);
        const offset = doc.offsetAt(position);
        const site = speakerAt(t, offset);
        if (site) {
          const summary = speakerSummary(t, site.key, site.name);
          return new vscode.Hover(speakerMarkdown(summary, spellingsOf(t, site.key)), toRange(doc, site.range));
        }
        const hits = glossaryTermsAt(await glossary.get(), t.language.tag, t.text, offset);
        if (hits.length === 0) return undefined;
        return new vscode.Hover(hits.map(termMarkdown), toRange(doc, hits[0].range));
      },
    },
  );
}

// "Mara Lindqvist — 15 turns, lines 23 to 149; also written 玛拉·林奎斯特 (6), …".
function speakerMarkdown(s: SpeakerSummary, variants: readonly SpeakerVariant[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown('**').appendText(s.name).appendMarkdown('**');
  if (s.turns === 0) md.appendText(' — no turns of their own');
  else if (s.turns === 1) md.appendText(` — 1 turn, line ${s.firstLine! + 1}`);
  else md.appendText(` — ${s.turns} turns, the first on line ${s.firstLine! + 1}, the last on line ${s.lastLine! + 1}`);
  const named = [s.bylines && plural(s.bylines, 'byline'), s.headers && plural(s.headers, 'header field')].filter(Boolean);
  if (named.length) md.appendText(`; named in ${named.join(' and ')}`);
  if (s.spellings.length > 1) md.appendMarkdown('\n\nLabels: ').appendText(s.spellings.map(([n, c]) => `${n} (${c})`).join(', '));
  if (variants.length)
    md.appendMarkdown('\n\nAlso written: ')
      .appendText(variants.map((v) => `${v.name} (${v.occurrences})`).join(', '))
      .appendMarkdown(' — see the `speaker-variant` finding to merge them');
  return md;
}

// A glossary entry: its term, translation and note.
function termMarkdown(hit: TermHit): vscode.MarkdownString {
  const e: GlossaryEntry = hit.entry;
  const md = new vscode.MarkdownString();
  md.appendMarkdown('**').appendText(e.term).appendMarkdown('**').appendText(` (${e.lang})`);
  if (e.translation) md.appendText(` → ${e.translation}${e.translationLang ? ` (${e.translationLang})` : ''}`);
  if (e.note) md.appendMarkdown('\n\n').appendText(e.note);
  md.appendMarkdown('\n\n*Glossary*');
  return md;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
