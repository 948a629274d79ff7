import type { ArticleText, Span } from '../core/types.ts';

/** Maps article offsets back to the live DOM. Content-script side only; rules never see it. */
export interface TextMap {
  /** A Range covering exactly `article.text.slice(span.start, span.end)`, or null if the span crosses a block gap or the DOM changed. */
  toRange(span: Span): Range | null;
  /** The article offset of a DOM point (a text node and an offset in it), or null if it is outside the article. */
  toOffset(node: Node, offset: number): number | null;
}

/** How much of an article too long to check in full was checked (its first blocks). */
export interface PartialCheck {
  checkedWords: number;
  totalWords: number;
}

export interface ExtractedArticle {
  article: ArticleText;
  map: TextMap;
  /** Present when the article was cut to its first MAX_CHECKED_CHARS. */
  partial?: PartialCheck;
}
