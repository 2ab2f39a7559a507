import type { Anchor } from '../anchors/anchor';
import { compareCodeUnits } from '../text/offsets';
import { isCategory, type Agent, type Annotation, type AnnotationSidecar, type Comment } from './model';

/** The JSON-LD context of the W3C Web Annotation Data Model. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

// Top-level fields this module reads and writes; anything else is another tool's and is kept in `extra`.
const KNOWN = new Set(['@context', 'id', 'type', 'motivation', 'created', 'modified', 'creator', 'category', 'status', 'body', 'target']);

/**
 * Reads a sidecar: a JSON array of W3C Web Annotations. Never throws. An item that is not a note with a text quote
 * selector is kept aside (`invalid`, reported in `problems`) and written back as it was; a file that is not a JSON
 * array is `usable: false`, so that nothing writes over it.
 */
export function parseSidecar(json: string): AnnotationSidecar {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { annotations: [], invalid: [], problems: [`not JSON (${(error as Error).message}); not read`], usable: false };
  }
  if (!Array.isArray(data))
    return { annotations: [], invalid: [], problems: ['expected a JSON array of annotations; not read'], usable: false };
  const annotations: Annotation[] = [];
  const invalid: unknown[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  data.forEach((item, i) => {
    const read = readAnnotation(item);
    if (typeof read === 'string' || seen.has(read.id)) {
      invalid.push(item);
      problems.push(
        `item ${i + 1}: ${typeof read === 'string' ? read : `a second annotation with id "${read.id}"`}; kept as it is, not shown`,
      );
      return;
    }
    seen.add(read.id);
    annotations.push(read);
  });
  return { annotations, invalid, problems, usable: true };
}

/**
 * The file's text for a sidecar: notes in text order (then by id), each a W3C Web Annotation with both
 * selectors, then the items that could not be read, unchanged. Identical notes give identical bytes.
 */
export function serializeSidecar(sidecar: Pick<AnnotationSidecar, 'annotations' | 'invalid'>): string {
  const items = [...sortAnnotations(sidecar.annotations).map(toWebAnnotation), ...sidecar.invalid];
  return `${JSON.stringify(items, null, 2)}\n`;
}

/** Notes in text order: by start, end, then id. */
export function sortAnnotations(annotations: readonly Annotation[]): Annotation[] {
  return [...annotations].sort((a, b) => a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end || compareCodeUnits(a.id, b.id));
}

/** A note as the W3C object stored in the sidecar. */
export function toWebAnnotation(a: Annotation): Record<string, unknown> {
  const { exact, prefix, suffix, start, end } = a.anchor;
  const out: Record<string, unknown> = {
    '@context': ANNOTATION_CONTEXT,
    id: a.id,
    type: 'Annotation',
    motivation: a.motivation ?? 'commenting',
    created: a.created,
  };
  if (a.modified) out.modified = a.modified;
  if (a.creator) out.creator = agentJson(a.creator);
  if (a.category) out.category = a.category;
  out.status = a.status;
  out.body = [...a.comments.map((c, i) => commentJson(c, i === 0 ? 'commenting' : 'replying')), ...(a.otherBodies ?? [])];
  out.target = {
    ...(a.source !== undefined ? { source: a.source } : {}),
    selector: [
      { type: 'TextQuoteSelector', exact, prefix, suffix },
      { type: 'TextPositionSelector', start, end },
    ],
  };
  // A category of another tool's (kept in `extra`) is written back when the note has none of ours.
  for (const [key, value] of Object.entries(a.extra ?? {})) if (!KNOWN.has(key) || (key === 'category' && !a.category)) out[key] = value;
  return out;
}

// One note read from the file, or why it is not one.
function readAnnotation(item: unknown): Annotation | string {
  if (!isObject(item)) return 'not an object';
  if (typeof item.id !== 'string' || item.id === '') return 'no "id"';
  const types = Array.isArray(item.type) ? item.type : [item.type];
  if (item.type !== undefined && !types.includes('Annotation')) return 'its "type" is not "Annotation"';
  const anchor = readAnchor(item.target);
  if (typeof anchor === 'string') return anchor;
  const bodies = item.body === undefined ? [] : Array.isArray(item.body) ? item.body : [item.body];
  const comments: Comment[] = [];
  const otherBodies: unknown[] = [];
  for (const body of bodies) {
    const comment = readComment(body, `${item.id}#${comments.length}`);
    if (comment) comments.push(comment);
    else otherBodies.push(body);
  }
  const extra = Object.fromEntries(Object.entries(item).filter(([key]) => !KNOWN.has(key)));
  if (item.category !== undefined && !isCategory(item.category)) extra.category = item.category;
  // The target whose selectors were read names the source (a target may be a list of them).
  const target = (Array.isArray(item.target) ? item.target : [item.target]).find(
    (t) => isObject(t) && typeof readAnchor(t) !== 'string',
  ) as Record<string, unknown> | undefined;
  return {
    id: item.id,
    created: typeof item.created === 'string' ? item.created : '',
    ...(typeof item.modified === 'string' ? { modified: item.modified } : {}),
    ...optional('creator', readAgent(item.creator)),
    ...(isCategory(item.category) ? { category: item.category } : {}),
    status: item.status === 'resolved' ? 'resolved' : 'open',
    anchor,
    comments,
    ...(typeof target?.source === 'string' ? { source: target.source } : {}),
    ...(typeof item.motivation === 'string' ? { motivation: item.motivation } : {}),
    ...(Object.keys(extra).length ? { extra } : {}),
    ...(otherBodies.length ? { otherBodies } : {}),
  };
}

// The anchor of a target's selectors: the quote is required, the position is a hint (a quote without one is
// looked for from the start of the text).
function readAnchor(target: unknown): Anchor | string {
  const targets = Array.isArray(target) ? target : [target];
  for (const t of targets) {
    if (!isObject(t)) continue;
    const selectors = Array.isArray(t.selector) ? t.selector : [t.selector];
    const quote = selectors.find((s) => isObject(s) && s.type === 'TextQuoteSelector' && typeof s.exact === 'string') as
      { exact: string; prefix?: unknown; suffix?: unknown } | undefined;
    if (!quote) continue;
    const position = selectors.find((s) => isObject(s) && s.type === 'TextPositionSelector') as { start?: unknown } | undefined;
    const at = Number.isSafeInteger(position?.start) && (position!.start as number) >= 0 ? (position!.start as number) : 0;
    return {
      exact: quote.exact,
      prefix: typeof quote.prefix === 'string' ? quote.prefix : '',
      suffix: typeof quote.suffix === 'string' ? quote.suffix : '',
      start: at,
      // The quote's length decides the end: an inconsistent TextPositionSelector end is a stale hint.
      end: at + quote.exact.length,
    };
  }
  return 'no target with a TextQuoteSelector';
}

// A TextualBody as a comment; undefined for any other body (tags and such are kept as they are).
function readComment(body: unknown, fallbackId: string): Comment | undefined {
  if (!isObject(body) || typeof body.value !== 'string') return undefined;
  if (body.type !== undefined && body.type !== 'TextualBody') return undefined;
  if (body.purpose !== undefined && body.purpose !== 'commenting' && body.purpose !== 'replying') return undefined;
  return {
    id: typeof body.id === 'string' && body.id ? body.id : fallbackId,
    value: body.value,
    ...optional('creator', readAgent(body.creator)),
    ...(typeof body.created === 'string' ? { created: body.created } : {}),
    ...(typeof body.modified === 'string' ? { modified: body.modified } : {}),
    ...(typeof body.format === 'string' && body.format !== 'text/plain' ? { format: body.format } : {}),
  };
}

// A W3C creator (an agent object, a bare name, or a list of them: the first counts).
function readAgent(value: unknown): Agent | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v === 'string' && v.trim()) return { name: v };
  if (!isObject(v)) return undefined;
  const name = typeof v.name === 'string' ? v.name : typeof v.nickname === 'string' ? v.nickname : undefined;
  if (!name) return undefined;
  const email = typeof v.email === 'string' ? v.email.replace(/^mailto:/, '') : undefined;
  return email ? { name, email } : { name };
}

// A comment as a TextualBody.
function commentJson(c: Comment, purpose: 'commenting' | 'replying'): Record<string, unknown> {
  return {
    id: c.id,
    type: 'TextualBody',
    purpose,
    value: c.value,
    format: c.format ?? 'text/plain',
    ...(c.creator ? { creator: agentJson(c.creator) } : {}),
    ...(c.created ? { created: c.created } : {}),
    ...(c.modified ? { modified: c.modified } : {}),
  };
}

// An agent as W3C writes a person.
function agentJson(a: Agent): Record<string, unknown> {
  return { type: 'Person', name: a.name, ...(a.email ? { email: `mailto:${a.email}` } : {}) };
}

// `{ [key]: value }` when the value is defined, else nothing to spread.
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

// Whether a value is a plain JSON object.
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
