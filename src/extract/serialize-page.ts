// Apart from portable-plan.ts so the content script's always-injected gate can serialise a page
// without bundling the extractor (Readability) it does not run.
import { documentOf, isDocument, type ArticleRoot } from './article-root.ts';

/**
 * Where a shadow root's content sits in its serialisation: the copy's <body>, the second child
 * of <html>. Paths in a plan made on that copy start here.
 */
export const SHADOW_CONTENT_PATH: readonly number[] = [1];

/**
 * What of the page's <head> goes with a shadow root: what names the page (Readability's title
 * comes from it, the canonical link gives the URL). Only elements the parser keeps in <head>, so
 * the copy's <body> is always the second child of <html>.
 */
const HEAD_SELECTOR = 'title, meta, link, base, script[type="application/ld+json"]';

/**
 * The page as HTML, doctype included so the copy parses in the same (no-)quirks mode. A shadow
 * root is written as the body of its page, under the page's own <html> attributes (its language)
 * and naming <head>, so the copy is planned as any page is (SHADOW_CONTENT_PATH).
 */
export function serializePage(root: ArticleRoot): string {
  const doc = documentOf(root);
  const doctype = doc.doctype;
  const prolog = doctype ? new XMLSerializer().serializeToString(doctype) : '';
  if (isDocument(root)) return prolog + (doc.documentElement?.outerHTML ?? '');
  const html = doc.documentElement;
  const open = html ? (html.cloneNode(false) as Element).outerHTML.replace(/<\/html>$/i, '') : '<html>';
  let head = '';
  for (const element of doc.head?.querySelectorAll(HEAD_SELECTOR) ?? []) head += element.outerHTML;
  return `${prolog}${open}<head>${head}</head><body>${root.innerHTML}</body></html>`;
}
