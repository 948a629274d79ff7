// Custom highlights are not elements, so a click on one is found from the point: the caret
// position under the pointer, mapped to an article offset, then the finding there, checked
// against the span's own boxes (a caret just after a word belongs to the next character).
import type { Finding } from '../core/types.ts';
import { documentOf, isDocument, type ArticleRoot } from '../extract/article-root.ts';
import type { TextMap } from '../extract/types.ts';

/** The finding whose span holds `offset`; the narrowest when spans nest (a word inside a passage). */
export function findingAt(findings: readonly Finding[], offset: number): Finding | null {
  let best: Finding | null = null;
  for (const finding of findings) {
    const { start, end } = finding.span;
    if (offset < start || offset >= end) continue;
    if (!best || end - start < best.span.end - best.span.start) best = finding;
  }
  return best;
}

/**
 * The caret under a point. A point in a shadow tree is given as its host unless that tree is
 * named (`shadowRoots`), so the tree holding the article is.
 */
function caretAt(root: ArticleRoot, x: number, y: number): { node: Node; offset: number } | null {
  const doc = documentOf(root) as Document & { caretPositionFromPoint?: Document['caretPositionFromPoint'] };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y, isDocument(root) ? undefined : { shadowRoots: [root] });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function contains(range: Range, x: number, y: number): boolean {
  for (const box of range.getClientRects()) {
    if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return true;
  }
  return false;
}

/** The finding painted under a point of the article's root (the document, or the shadow root holding the article). */
export function findingAtPoint(
  root: ArticleRoot,
  map: TextMap,
  findings: readonly Finding[],
  rangeOf: (finding: Finding) => Range | undefined,
  x: number,
  y: number,
): Finding | null {
  const caret = caretAt(root, x, y);
  if (!caret) return null;
  const offset = map.toOffset(caret.node, caret.offset);
  if (offset === null) return null;
  for (const candidate of [findingAt(findings, offset), findingAt(findings, offset - 1)]) {
    const range = candidate ? rangeOf(candidate) : undefined;
    if (candidate && range && contains(range, x, y)) return candidate;
  }
  return null;
}
