// Reading TMX (Translation Memory eXchange, 1.4b and the 1.1–1.3 files still around): each `<tu>` becomes a
// unit holding the text of each `<tuv>` by language. Inline codes of the original format (`<bpt>`, `<ept>`,
// `<it>`, `<ph>`, `<ut>`) are markup of that format, not text, and are left out; `<hi>` and `<sub>` hold text
// and keep it. A malformed file yields the units read before the fault and says where it stopped.
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** One translation unit: the same sentence in several languages. */
export interface TmxUnit {
  /** Text by language tag, as the file writes it (`en`, `zh-CN`); tags compare case-insensitively. */
  readonly variants: ReadonlyMap<string, string>;
}

/** What a TMX file holds, and what was wrong with it. */
export interface TmxMemory {
  /** The header's source language (`*all*` when any), if given. */
  readonly sourceLang?: string;
  readonly units: readonly TmxUnit[];
  readonly problems: readonly string[];
}

// Elements whose text is the native code of another format, not translatable text.
const CODE = new Set(['bpt', 'ept', 'it', 'ph', 'ut']);

/** Reads a TMX document; never throws. */
export function parseTmx(xml: string): TmxMemory {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const units: TmxUnit[] = [];
  const problems: string[] = [];
  let sourceLang: string | undefined;
  let variants: Map<string, string> | undefined;
  let lang: string | undefined;
  let seg: string[] | undefined;
  let code = 0;
  let sawTmx = false;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const attr = (name: string) => {
      const v = tag.attributes[name];
      return typeof v === 'string' ? v : undefined;
    };
    switch (tag.name) {
      case 'tmx':
        sawTmx = true;
        break;
      case 'header':
        sourceLang = attr('srclang');
        break;
      case 'tu':
        variants = new Map();
        break;
      case 'tuv':
        lang = attr('xml:lang') ?? attr('lang');
        break;
      case 'seg':
        seg = [];
        code = 0;
        break;
      default:
        if (seg && CODE.has(tag.name)) code++;
    }
  });
  parser.on('text', (t) => {
    if (seg && code === 0) seg.push(t);
  });
  parser.on('cdata', (t) => {
    if (seg && code === 0) seg.push(t);
  });
  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'seg':
        if (variants && lang && seg) variants.set(lang, seg.join(''));
        else if (!lang) problems.push(`line ${parser.line}: a <tuv> without xml:lang is skipped`);
        seg = undefined;
        break;
      case 'tuv':
        lang = undefined;
        break;
      case 'tu':
        if (variants && variants.size >= 2) units.push({ variants });
        variants = undefined;
        break;
      default:
        if (seg && CODE.has(tag.name)) code--;
    }
  });
  let failed = false;
  parser.on('error', (e) => {
    // saxes goes on after an error: a binary or truncated file would say the same thing thousands of times.
    if (!failed) problems.push(`not well-formed XML: ${e.message.split('\n')[0]}`);
    failed = true;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    if (!failed) problems.push(`not well-formed XML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!sawTmx) problems.push('no <tmx> element: not a TMX file');
  return sourceLang === undefined ? { units, problems } : { sourceLang, units, problems };
}

/** The text of a unit in a language: an exact tag first (`zh-CN`), else the same primary language (`zh`). */
export function variantIn(unit: TmxUnit, tag: string): string | undefined {
  const want = tag.toLowerCase();
  let primary: string | undefined;
  for (const [lang, text] of unit.variants) {
    const l = lang.toLowerCase();
    if (l === want) return text;
    if (primary === undefined && l.split('-')[0] === want.split('-')[0]) primary = text;
  }
  return primary;
}
