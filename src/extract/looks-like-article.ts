import type { ArticleRoot } from './article-root.ts';
import { isHidden } from './visibility.ts';

const MIN_PARAGRAPH = 140;
/**
 * A list item long enough to be written copy: a point of a bulleted story, an offer line of a deal
 * list ("Sony WH-1000XM5: was $399, now $279 at Amazon"), not a menu entry or a bare headline link.
 */
const MIN_LIST_ITEM = 60;
/** The score a tree's prose must pass to be checked. */
export const ARTICLE_SCORE = 20;
/** An article's paragraphs come early in its page; a page of thousands of teasers is not read to the end. */
const MAX_PARAGRAPHS = 250;

/** The elements of a tree with a tag name; a document's live collection is read lazily, so a long page is not listed in full. */
function elementsNamed(root: ArticleRoot, tag: string): ArrayLike<Element> {
  return 'getElementsByTagName' in root ? root.getElementsByTagName(tag) : root.querySelectorAll(tag);
}

/** An article's own container: a bulleted story (a weekly round-up, a list of key points) is prose there. */
const ARTICLE_BODY = 'article, [itemprop="articleBody"]';
/** How many of a tree's <h1>s are taken for the page's headline (a page with more is not one story). */
const MAX_HEADLINES = 3;

/**
 * The blocks under the page's headline: every ancestor of a visible <h1> below <body>. A list
 * inside one of them shares a container with the story's headline — a list article (a deal list, a
 * round-up) built of <div>s with no <article> around it; a list whose nearest container holding an
 * <h1> is the whole page (a site's logo heading above a list of teasers or comments) is not.
 */
function headlineContainers(root: ArticleRoot): Set<Element> {
  const containers = new Set<Element>();
  const headlines = elementsNamed(root, 'h1');
  for (let i = 0; i < headlines.length && i < MAX_HEADLINES; i++) {
    const headline = headlines[i] as Element;
    if (hiddenOrFurniture(headline)) continue;
    for (let e = headline.parentElement; e && !['BODY', 'HTML'].includes(e.tagName.toUpperCase()); e = e.parentElement) containers.add(e);
  }
  return containers;
}

/** The item's list sits in the story's container (ARTICLE_BODY, or a block that holds the headline). */
function inStoryContainer(item: Element, containers: Set<Element>): boolean {
  if (item.closest(ARTICLE_BODY) !== null) return true;
  for (let e = item.parentElement; e; e = e.parentElement) if (containers.has(e)) return true;
  return false;
}

/**
 * How much article prose a tree holds: each long visible paragraph adds to the score, more for
 * longer ones, counting the first MAX_PARAGRAPHS <p>s of the tree itself (a shadow tree inside it
 * is a tree of its own), then, if that is not enough, the list items of the story's own container
 * (an <article>, or a block holding the page's headline) long enough to be written copy: a list
 * anywhere else is a menu, a list of teasers or comments. The walk stops as soon as the score
 * passes `enough`.
 */
export function proseScore(root: ArticleRoot, enough = Number.POSITIVE_INFINITY): number {
  let score = 0;
  const add = (element: Element, minimum: number, excluded: (element: Element) => boolean): boolean => {
    const text = element.textContent ?? '';
    if (text.length < minimum) return false;
    const length = text.trim().length;
    if (length < minimum || excluded(element) || hiddenOrFurniture(element)) return false;
    score += Math.sqrt(length - minimum);
    return score > enough;
  };
  const paragraphs = elementsNamed(root, 'p');
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS; i++) {
    if (add(paragraphs[i] as Element, MIN_PARAGRAPH, (paragraph) => paragraph.closest('li') !== null)) return score;
  }
  const items = elementsNamed(root, 'li');
  if (items.length === 0) return score;
  const containers = headlineContainers(root);
  for (let i = 0; i < items.length && i < MAX_PARAGRAPHS; i++) {
    // Paragraphs inside an item were left to it; an item that holds a list is counted by its own items.
    if (add(items[i] as Element, MIN_LIST_ITEM, (item) => item.querySelector('li') !== null || !inStoryContainer(item, containers))) return score;
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

/**
 * What a page needs to hold an article at all, as XPath tests, cheapest and likeliest first: one of
 * its first MAX_PARAGRAPHS paragraphs or list items long enough to count (MIN_PARAGRAPH, MIN_LIST_ITEM), a frame,
 * or a custom element (the host of the open shadow root a site built as web components shows its
 * story in). The last reads every element's name: about 1 ms per 1,000 elements.
 */
const longAmongFirst = (tag: string, minimum: number): string => `boolean((//${tag})[position() <= ${MAX_PARAGRAPHS}][string-length(.) >= ${minimum}])`;
const LONG_PARAGRAPH = longAmongFirst('p', MIN_PARAGRAPH);
const LONG_ITEM = longAmongFirst('li', MIN_LIST_ITEM);
const FRAME = 'boolean(//iframe)';
const CUSTOM_ELEMENT = "boolean(//*[contains(local-name(.), '-')])";
/** Past this many elements the custom-element test costs more than the walk it saves: it is left to findArticleRoot. */
const MAX_ELEMENTS_ASKED = 20_000;
/** XPathResult.BOOLEAN_TYPE (the constructor is not a global in node's DOMs). */
const XPATH_BOOLEAN = 3;

/**
 * False when the page holds no article the content script's gate would check (findArticleRoot
 * finds none, in the page or a frame still loading), asked without touching its elements. In a
 * renderer the content script has not run in before, the first touch of each kind of element
 * builds that kind's bindings in the script's world; on a home page of 300 teaser cards the
 * script's cost fell from a median of 27–36 ms to 17–24 ms (fresh Chromium browsers, 11 each).
 * The one article it gives up: an open shadow root on a built-in element (attachShadow on a
 * <div>) of a page with no prose of its own — sites built as web components host their apps in
 * custom elements, and the reader can still ask for a check. Where there is no XPath, every page may.
 */
export function mayHoldArticle(doc: Document): boolean {
  if (typeof doc.evaluate !== 'function') return true;
  const holds = (test: string): boolean => doc.evaluate(test, doc, null, XPATH_BOOLEAN, null).booleanValue;
  if (holds(LONG_PARAGRAPH) || holds(FRAME) || holds(LONG_ITEM)) return true;
  return doc.getElementsByTagName('*').length > MAX_ELEMENTS_ASKED || holds(CUSTOM_ELEMENT);
}

/** Hidden, or navigation or a footer, itself or through an ancestor in its own tree. */
export function hiddenOrFurniture(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) {
    if (isHidden(e) || e.tagName.toUpperCase() === 'NAV' || e.tagName.toUpperCase() === 'FOOTER') return true;
  }
  return false;
}
