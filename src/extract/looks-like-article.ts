import { isHidden } from './visibility.ts';

const MIN_PARAGRAPH = 140;
const ENOUGH = 20;
/** An article's paragraphs come early in its page; a page of thousands of teasers is not read to the end. */
const MAX_PARAGRAPHS = 250;

/**
 * Cheap test for "is there an article here at all", run on every page before anything heavier.
 * The same idea as Readability's isProbablyReaderable, without importing Readability: long
 * visible paragraphs add up a score, and the walk stops as soon as the score is enough.
 */
export function looksLikeArticle(document: Document): boolean {
  let score = 0;
  const paragraphs = document.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS; i++) {
    const paragraph = paragraphs[i] as Element;
    const text = paragraph.textContent ?? '';
    if (text.length < MIN_PARAGRAPH) continue;
    const length = text.trim().length;
    if (length < MIN_PARAGRAPH || paragraph.closest('li') || hiddenOrFurniture(paragraph)) continue;
    score += Math.sqrt(length - MIN_PARAGRAPH);
    if (score > ENOUGH) return true;
  }
  return false;
}

function hiddenOrFurniture(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) {
    if (isHidden(e) || e.tagName.toUpperCase() === 'NAV' || e.tagName.toUpperCase() === 'FOOTER') return true;
  }
  return false;
}
