import { createAnchor, CONTEXT_LENGTH } from '../anchors/anchor';
import { placeAnchors, type Placement, type PlaceOptions } from '../anchors/place';
import type { TextRange } from '../text/offsets';
import type { Annotation, AnnotationSidecar } from './model';

/**
 * A note where it sits in the current text. A placed note's anchor is re-made there (fresh quote, context and
 * offsets: what the sidecar should now store); an orphaned note keeps the anchor it had and has no range.
 */
export interface PlacedAnnotation {
  readonly annotation: Annotation;
  readonly range: TextRange | undefined;
  readonly orphaned: boolean;
  /** How it was found (see `Placement`), for diagnostics and tests. */
  readonly method: Placement['method'];
}

/**
 * Re-attaches notes to the current text, through the anchoring module the baseline and the alignment overrides
 * use: by position where the quote still stands, else through the diff from `options.previousText` (or the
 * editor's `options.edits`) when known, else by the quote and its context, fuzzily at last. Every note comes
 * back, in the order given: one that cannot be placed is `orphaned`, never dropped.
 */
export function reanchorAnnotations(annotations: readonly Annotation[], text: string, options: PlaceOptions = {}): PlacedAnnotation[] {
  const placements = placeAnchors(
    text,
    annotations.map((a) => a.anchor),
    options,
  );
  return annotations.map((annotation, i) => {
    const p = placements[i];
    if (p.method === 'orphaned') return { annotation, range: undefined, orphaned: true, method: p.method };
    const unchanged = p.range.start === annotation.anchor.start && p.range.end === annotation.anchor.end && p.method === 'position';
    const anchor = unchanged ? annotation.anchor : createAnchor(text, p.range, CONTEXT_LENGTH);
    return {
      annotation: anchor === annotation.anchor ? annotation : { ...annotation, anchor },
      range: p.range,
      orphaned: false,
      method: p.method,
    };
  });
}

/**
 * The sidecar with every note re-attached to `text` (placed notes carry their new anchors; orphaned ones their old
 * ones), and the placements. Moving anchors does not stamp `modified`: it is not a change a merge should prefer.
 */
export function reanchorSidecar(
  sidecar: AnnotationSidecar,
  text: string,
  options: PlaceOptions = {},
): { sidecar: AnnotationSidecar; placed: PlacedAnnotation[] } {
  const placed = reanchorAnnotations(sidecar.annotations, text, options);
  return { sidecar: { ...sidecar, annotations: placed.map((p) => p.annotation) }, placed };
}
