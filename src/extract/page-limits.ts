/**
 * What the engine agrees to read of a page. Extraction (Readability) slows down steeply with
 * nesting — 400 levels took over half a minute, 2,000 never finished — and a page of 1.4 million
 * elements held 2.7 GB; the browser's own parser stops nesting only at 512 levels. News pages
 * stay far inside both limits (the corpus: at most 34 levels and 2,600 elements; a story under a
 * comment thread of 14,000 comments, tests/e2e/hostile.spec.ts, about 100,000 elements).
 */
export const MAX_ELEMENTS = 300_000;
export const MAX_DEPTH = 200;

/** A page past one of the limits: its message says which, for one line about the page. */
export class PageLimitError extends Error {}

/** Opening tags, counted on the markup before parsing it: an upper bound on its elements. */
const OPENING_TAG = /<[a-zA-Z]/g;

/**
 * Parses a page if it is within the limits, else throws a PageLimitError. Elements are counted on
 * the markup, so a huge page is never parsed; depth is measured on the parsed tree, where the
 * parser has closed what the markup left open.
 */
export function parseWithinLimits(html: string, parse: (html: string) => Document): Document {
  let tags = 0;
  OPENING_TAG.lastIndex = 0;
  while (OPENING_TAG.exec(html) !== null) {
    if (++tags > MAX_ELEMENTS) throw new PageLimitError(`too many elements (over ${MAX_ELEMENTS.toLocaleString('en')})`);
  }
  const document = parse(html);
  if (depthOver(document.documentElement, MAX_DEPTH)) throw new PageLimitError(`nested too deeply (over ${MAX_DEPTH} levels)`);
  return document;
}

/** Whether any element lies more than `limit` levels below `root` (stops at the first that does). */
function depthOver(root: Element | null, limit: number): boolean {
  const stack: [Element, number][] = root ? [[root, 1]] : [];
  while (stack.length > 0) {
    const [element, depth] = stack.pop() as [Element, number];
    if (depth > limit) return true;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return false;
}
