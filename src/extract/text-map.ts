import type { Span } from '../core/types.ts';
import type { TextMap } from './types.ts';

/**
 * A stretch of article text copied character for character from one DOM text node.
 * `start` is an offset in the article text (block-relative while the block is being built).
 */
interface Segment {
  node: Text;
  nodeOffset: number;
  start: number;
  length: number;
}

/** Characters the renderer shows as nothing: dropped from the text, as the corpus scorer does too. */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;
const GAP = /^[\s\u00ad\u200b\u2060\ufeff]/;
const RUNS = /[\s\u00ad\u200b\u2060\ufeff]+|[^\s\u00ad\u200b\u2060\ufeff]+/g;

/** The text a DOM range shows once white space is collapsed the way blocks are. */
export function visibleText(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * Whether a DOM range's text is the article text it stands for: the same visible characters.
 * White space is left out of the comparison because a Range's text has none where the article
 * has a space for markup (a `<br>` between two words, a block boundary).
 */
export function sameVisibleText(rangeText: string, articleText: string): boolean {
  const bare = (text: string) => text.replace(INVISIBLE, '').replace(/\s+/g, '');
  return bare(rangeText) === bare(articleText);
}

/**
 * Builds one block's text from DOM text nodes: white space collapsed to single spaces,
 * invisible characters dropped, and every kept character traced back to its node.
 */
export class BlockTextBuilder {
  text = '';
  segments: Segment[] = [];
  private pendingSpace = false;

  get isEmpty(): boolean {
    return this.text === '';
  }

  /** A line break or similar: white space between words, nothing at the start or end. */
  space(): void {
    this.pendingSpace = true;
  }

  append(node: Text): void {
    const data = node.data;
    RUNS.lastIndex = 0;
    for (let m = RUNS.exec(data); m; m = RUNS.exec(data)) {
      const run = m[0];
      if (GAP.test(run)) {
        // A gap may mix white space and invisible characters; only real white space separates words.
        if (/\s/.test(run.replace(INVISIBLE, ''))) this.pendingSpace = true;
        continue;
      }
      if (this.pendingSpace && this.text !== '') this.text += ' ';
      this.pendingSpace = false;
      this.addSegment(node, m.index, run.length);
      this.text += run;
    }
  }

  private addSegment(node: Text, nodeOffset: number, length: number): void {
    const start = this.text.length;
    const last = this.segments[this.segments.length - 1];
    // Merge with the previous run when a single character of this node became the single space.
    if (last && last.node === node && nodeOffset - (last.nodeOffset + last.length) === start - (last.start + last.length)) {
      last.length = nodeOffset + length - last.nodeOffset;
      return;
    }
    this.segments.push({ node, nodeOffset, start, length });
  }
}

interface BlockSegments {
  start: number;
  end: number;
  segments: Segment[];
}

interface Boundary {
  node: Text;
  offset: number;
}

/** First index in `items` whose key is > value (items sorted by key). */
function upperBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid] as T) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The article-offset ↔ DOM map. Every Range it hands out is checked against the text it
 * claims to cover, so a page that changed since extraction gets null, never a wrong highlight.
 */
export class DomTextMap implements TextMap {
  private readonly blocks: BlockSegments[];
  private readonly byNode = new Map<Text, Segment[]>();

  constructor(
    private readonly document: Document,
    private readonly text: string,
    blocks: BlockSegments[],
  ) {
    this.blocks = blocks;
    for (const block of blocks) {
      for (const segment of block.segments) {
        const list = this.byNode.get(segment.node);
        if (list) list.push(segment);
        else this.byNode.set(segment.node, [segment]);
      }
    }
  }

  toRange(span: Span): Range | null {
    if (!(span.start >= 0 && span.start < span.end && span.end <= this.text.length)) return null;
    const block = this.blocks[upperBound(this.blocks, span.start, (b) => b.start) - 1];
    if (!block || span.end > block.end) return null;
    const start = this.startBoundary(block.segments, span.start);
    const end = this.endBoundary(block.segments, span.end);
    if (!start || !end) return null;
    try {
      const range = this.document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      return sameVisibleText(range.toString(), this.text.slice(span.start, span.end)) ? range : null;
    } catch {
      // The node is gone or shorter than it was: the DOM changed under us.
      return null;
    }
  }

  toOffset(node: Node, offset: number): number | null {
    const segments = this.byNode.get(node as Text);
    if (!segments) return null;
    for (const segment of segments) {
      if (offset < segment.nodeOffset) return segment.start;
      if (offset <= segment.nodeOffset + segment.length) return segment.start + offset - segment.nodeOffset;
    }
    const last = segments[segments.length - 1] as Segment;
    return last.start + last.length;
  }

  /** Where a range starting at article offset `at` begins; a collapsed space starts where its white space does. */
  private startBoundary(segments: Segment[], at: number): Boundary | null {
    const i = upperBound(segments, at, (s) => s.start) - 1;
    const segment = segments[i];
    if (!segment) return null;
    if (at < segment.start + segment.length) return { node: segment.node, offset: segment.nodeOffset + at - segment.start };
    return { node: segment.node, offset: segment.nodeOffset + segment.length };
  }

  /** Where a range ending at article offset `at` (exclusive) ends. */
  private endBoundary(segments: Segment[], at: number): Boundary | null {
    const i = upperBound(segments, at - 1, (s) => s.start) - 1;
    const segment = segments[i];
    if (!segment) return null;
    if (at <= segment.start + segment.length) return { node: segment.node, offset: segment.nodeOffset + at - segment.start };
    const next = segments[i + 1];
    return next ? { node: next.node, offset: next.nodeOffset } : null;
  }
}

export type { BlockSegments, Segment };
