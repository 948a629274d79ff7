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

/** Elements whose content no extraction reads and that can make up most of a page's HTML. */
const HOLLOW_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg']);
const HOLLOW_SELECTOR = 'script, style, noscript, template, svg';
/** Structured data stays whole: Readability reads the article's metadata from it. */
const isStructuredData = (element: Element): boolean => element.localName === 'script' && element.getAttribute('type') === 'application/ld+json';
const isHollow = (element: Element): boolean => HOLLOW_TAGS.has(element.localName) && !isStructuredData(element);

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');

/** The start tag, written from the attributes (cloning a custom element would run the page's code). */
function startTag(element: Element): string {
  let tag = `<${element.localName}`;
  for (const attribute of element.attributes) tag += ` ${attribute.name}="${escapeAttribute(attribute.value)}"`;
  return `${tag}>`;
}

/**
 * An element's HTML with the content of scripts, styles, templates and inline SVG left out (the
 * elements stay, so every element path is the same): on news pages they are often most of the
 * HTML, which the page would otherwise spend its main thread serialising and the engine parsing.
 * A subtree without any is written by the browser in one go.
 */
function serializeElement(element: Element): string {
  if (isHollow(element)) return `${startTag(element)}</${element.localName}>`;
  if (element.querySelector(HOLLOW_SELECTOR) === null) return element.outerHTML;
  let html = startTag(element);
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) html += serializeElement(node as Element);
    else if (node.nodeType === 3) html += escapeText((node as Text).data);
  }
  return `${html}</${element.localName}>`;
}

/** The <head> elements that name the page, for the copy's <head>. */
function namingHead(doc: Document): string {
  let head = '';
  for (const element of doc.head?.querySelectorAll(HEAD_SELECTOR) ?? []) head += element.outerHTML;
  return `<head>${head}</head>`;
}

/**
 * The page as HTML, doctype included so the copy parses in the same (no-)quirks mode: its <html>
 * attributes, the <head> elements that name it, and its body (see serializeElement). A shadow
 * root is written as the body of its page, so the copy is planned as any page is
 * (SHADOW_CONTENT_PATH).
 */
export function serializePage(root: ArticleRoot): string {
  const doc = documentOf(root);
  const doctype = doc.doctype;
  const prolog = doctype ? new XMLSerializer().serializeToString(doctype) : '';
  const html = doc.documentElement;
  const open = html ? startTag(html) : '<html>';
  if (!isDocument(root)) return `${prolog}${open}${namingHead(doc)}<body>${root.innerHTML}</body></html>`;
  const body = doc.body ? serializeElement(doc.body) : '';
  return `${prolog}${open}${namingHead(doc)}${body}</html>`;
}
