import type { ArticleRoot } from './article-root.ts';
import { isHidden } from './visibility.ts';

const MIN_PARAGRAPH = 140;
/** The score a tree's prose must pass to be checked. */
export const ARTICLE_SCORE = 20;
/** An article's paragraphs come early in its page; a page of thousands of teasers is not read to the end. */
const MAX_PARAGRAPHS = 250;

/**
 * How much article prose a tree holds: each long visible paragraph adds to the score, more for
 * longer ones, counting the first MAX_PARAGRAPHS <p>s of the tree itself (a shadow tree inside it
 * is a tree of its own). The walk stops as soon as the score passes `enough`.
 */
export function proseScore(root: ArticleRoot, enough = Number.POSITIVE_INFINITY): number {
  let score = 0;
  // A document's live collection is read lazily, so a long page is not listed in full.
  const paragraphs = 'getElementsByTagName' in root ? root.getElementsByTagName('p') : root.querySelectorAll('p');
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS; i++) {
    const paragraph = paragraphs[i] as Element;
    const text = paragraph.textContent ?? '';
    if (text.length < MIN_PARAGRAPH) continue;
    const length = text.trim().length;
    if (length < MIN_PARAGRAPH || paragraph.closest('li') || hiddenOrFurniture(paragraph)) continue;
    score += Math.sqrt(length - MIN_PARAGRAPH);
    if (score > enough) break;
  }
  return score;
}

/**
 * Cheap test for "is there an article here at all", run on every page before anything heavier.
 * The same idea as Readability's isProbablyReaderable, without importing Readability: long
 * visible paragraphs add up a score, and the walk stops as soon as the score is enough.
 */
export function looksLikeArticle(root: ArticleRoot): boolean {
  return proseScore(root, ARTICLE_SCORE) > ARTICLE_SCORE;
}

/** Hidden, or navigation or a footer, itself or through an ancestor in its own tree. */
export function hiddenOrFurniture(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) {
    if (isHidden(e) || e.tagName.toUpperCase() === 'NAV' || e.tagName.toUpperCase() === 'FOOTER') return true;
  }
  return false;
}
