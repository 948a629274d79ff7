/**
 * Where a page's article lives. Usually in the document; on a site built as web components the
 * whole article can sit in an open shadow root, which the document tree (its serialisation,
 * Readability's clone, the gate's count of paragraphs) does not contain. Such a root is only
 * looked for when the document itself holds no article: a shadow tree beside an article in the
 * document is a widget (a poll, a comment box), not the story.
 */
import { ARTICLE_SCORE, hiddenOrFurniture, looksLikeArticle, proseScore } from './looks-like-article.ts';

export type ArticleRoot = Document | ShadowRoot;

const DOCUMENT_NODE = 9;

export function isDocument(root: ArticleRoot): root is Document {
  return root.nodeType === DOCUMENT_NODE;
}

export function documentOf(root: ArticleRoot): Document {
  return isDocument(root) ? root : root.ownerDocument;
}

/**
 * Elements looked at for shadow hosts, in tree order level by level. A site built as web
 * components puts its app's host near the top of the page; a page that needs more elements than
 * this before one is a page built in the document. The bound keeps the search, on every page
 * without an article, to about a millisecond.
 */
const MAX_SCANNED_ELEMENTS = 2_000;

/**
 * The open shadow roots of the page's body, nested ones included, outer before inner; none under
 * a hidden element, navigation or a footer. The body only: the article is there, and Copydesk's
 * own sidebar (an open shadow root too) hangs from <html>.
 */
export function openShadowRoots(doc: Document): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const queue: Element[] = doc.body ? [doc.body] : [];
  const enqueueChildren = (parent: ParentNode): void => {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) queue.push(child);
  };
  for (let i = 0; i < queue.length && i < MAX_SCANNED_ELEMENTS; i++) {
    const element = queue[i] as Element;
    enqueueChildren(element);
    const root = element.shadowRoot;
    if (root && !hiddenOrFurniture(element)) {
      found.push(root);
      enqueueChildren(root);
    }
  }
  return found;
}

/**
 * The loaded documents of the page's same-origin frames that are drawn at a readable size (a
 * cross-origin frame's document is null here, and the browser keeps it from us). A shell page
 * that shows its story in a frame is read through it.
 */
export function sameOriginFrameDocuments(doc: Document): Document[] {
  const documents: Document[] = [];
  for (const frame of doc.getElementsByTagName('iframe')) {
    const inner = frame.contentDocument;
    if (inner && inner.readyState === 'complete' && !hiddenOrFurniture(frame)) documents.push(inner);
  }
  return documents;
}

/** Same-origin frames whose documents are still loading: the article may be in one of them. */
export function loadingFrames(doc: Document): HTMLIFrameElement[] {
  return [...doc.getElementsByTagName('iframe')].filter((frame) => {
    const inner = frame.contentDocument;
    // about:blank is where every frame starts, before its own document arrives.
    return inner !== null && (inner.readyState !== 'complete' || inner.URL === 'about:blank') && !hiddenOrFurniture(frame);
  });
}

/**
 * The root to check: the document when it looks like an article, else the open shadow root with
 * the most paragraph prose, if that is enough for an article, else the same in the page's
 * same-origin frames (one level down: a frame's own frames are ads and widgets); null when none is.
 */
export function findArticleRoot(doc: Document, frames = true): ArticleRoot | null {
  if (looksLikeArticle(doc)) return doc;
  let best: ShadowRoot | null = null;
  let bestScore = ARTICLE_SCORE;
  for (const root of openShadowRoots(doc)) {
    const score = proseScore(root);
    if (score > bestScore) {
      best = root;
      bestScore = score;
    }
  }
  if (best || !frames) return best;
  for (const inner of sameOriginFrameDocuments(doc)) {
    const root = findArticleRoot(inner, false);
    if (root) return root;
  }
  return null;
}

/** The root a check the reader asked for reads: the document unless its article is in a shadow root. */
export function articleRoot(doc: Document): ArticleRoot {
  return findArticleRoot(doc) ?? doc;
}
