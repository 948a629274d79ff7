// Apart from portable-plan.ts so the content script's always-injected gate can serialise a page
// without bundling the extractor (Readability) it does not run.
import { documentOf, isDocument, type ArticleRoot } from './article-root.ts';
import { runSteps, runStepsInSlices } from '../core/steps.ts';

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

const escapeText = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
const escapeAttribute = (value: string): string =>
  value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/\u00a0/g, '&nbsp;');

/** The start tag, written from the attributes (cloning a custom element would run the page's code). */
function startTag(element: Element): string {
  let tag = `<${element.localName}`;
  for (const attribute of element.attributes) tag += ` ${attribute.name}="${escapeAttribute(attribute.value)}"`;
  return `${tag}>`;
}

/** A subtree of more elements than this is written a child at a time, with a step between two. */
const WHOLE_SUBTREE_MAX_ELEMENTS = 2_000;
/**
 * Past this many children (a comment thread, a list), an element's children are each written
 * without counting their own elements first, which for thousands of small ones would cost more
 * than writing them.
 */
const COUNTED_CHILDREN_MAX = 64;

/**
 * Writes an element's HTML to `out` with the content of scripts, styles, templates and inline SVG
 * left out (the elements stay, so every element path is the same): on news pages they are often
 * most of the HTML, which the page would otherwise spend its main thread serialising and the
 * engine parsing. A subtree without any is written by the browser in one go unless it is big
 * (`counted`: find that out first); other elements a child at a time, with a step after each,
 * so a page of 100,000 elements is not one long task.
 */
function* writeElement(element: Element, out: string[], counted = true): Generator<void, void, undefined> {
  if (isHollow(element)) {
    out.push(`${startTag(element)}</${element.localName}>`);
    return;
  }
  if (element.querySelector(HOLLOW_SELECTOR) === null && !(counted && element.getElementsByTagName('*').length > WHOLE_SUBTREE_MAX_ELEMENTS)) {
    out.push(element.outerHTML);
    return;
  }
  out.push(startTag(element));
  const countChildren = element.childElementCount <= COUNTED_CHILDREN_MAX;
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) {
      yield* writeElement(node as Element, out, countChildren);
      yield;
    } else if (node.nodeType === 3) out.push(escapeText((node as Text).data));
  }
  out.push(`</${element.localName}>`);
}

/** The <head> elements that name the page, for the copy's <head>. */
function namingHead(doc: Document): string {
  let head = '';
  for (const element of doc.head?.querySelectorAll(HEAD_SELECTOR) ?? []) head += element.outerHTML;
  return `<head>${head}</head>`;
}

/**
 * The page as HTML, doctype included so the copy parses in the same (no-)quirks mode: its <html>
 * attributes, the <head> elements that name it, and its body (see writeElement). A shadow root is
 * written as the body of its page, so the copy is planned as any page is (SHADOW_CONTENT_PATH).
 * A step: a point where the writing may pause.
 */
function* writePage(root: ArticleRoot): Generator<void, string, undefined> {
  const doc = documentOf(root);
  const doctype = doc.doctype;
  const prolog = doctype ? new XMLSerializer().serializeToString(doctype) : '';
  const html = doc.documentElement;
  const open = html ? startTag(html) : '<html>';
  if (!isDocument(root)) return `${prolog}${open}${namingHead(doc)}<body>${root.innerHTML}</body></html>`;
  const out = [prolog, open, namingHead(doc)];
  if (doc.body) yield* writeElement(doc.body, out);
  out.push('</html>');
  return out.join('');
}

/** The page as HTML (see writePage), in one go. */
export function serializePage(root: ArticleRoot): string {
  return runSteps(writePage(root));
}

/**
 * The page as HTML (see writePage), written on the live page: after each step `pause()` is asked
 * whether to let the page run first (a promise to wait for).
 */
export function serializePageInSlices(root: ArticleRoot, pause: () => Promise<void> | null): Promise<string> {
  return runStepsInSlices(writePage(root), pause);
}
