import type { ArticleText } from '../core/types.ts';
import { isDocument, type ArticleRoot } from './article-root.ts';
import { planArticle, readArticle, type ArticlePlan } from './extract-article.ts';
import { SHADOW_CONTENT_PATH } from './serialize-page.ts';

/**
 * An article plan made on a copy of a page (parsed from its serialised HTML, off the page's main
 * thread) in a form that can be sent back to the page: each element the text was read from is
 * named by its element path (element-child indices from <html>). Element paths survive a
 * serialise → parse round trip: the parser may merge or drop text nodes, never elements. Where
 * the live DOM could not come out of the parser (script-built markup that breaks nesting rules)
 * the paths or the text differ, and `resolvePlan`'s caller fails closed.
 */
export interface PortablePlan {
  /** [path, tag read as, the element's own tag] in document order. */
  sources: [number[], string, string][];
  /** [path, own tag] of the headline. */
  headline: [number[], string] | null;
  title?: string;
  /** The article as read on the copy; the page must read exactly this text. */
  article: ArticleText;
}

/** Element-child indices from the document element down to `element`. */
function elementPath(element: Element, cache: Map<Element, number[]>): number[] {
  const cached = cache.get(element);
  if (cached) return cached;
  const parent = element.parentElement;
  let path: number[];
  if (!parent) path = [];
  else {
    let index = 0;
    for (let e = element.previousElementSibling; e; e = e.previousElementSibling) index++;
    path = [...elementPath(parent, cache), index];
  }
  cache.set(element, path);
  return path;
}

/**
 * Live pages run with scripting on, so a <noscript>'s content is text there; a parser without
 * scripting (DOMParser) would build elements from it, and a <noscript><img> in <head> would even
 * open <body> early and shift every path. Emptying them keeps the copy's tree the live one. A
 * start tag ends at the first `>` outside its quoted attribute values: a browser writes an
 * attribute holding markup (an adaptive image's `<img>`) with its `<` and `>` as they are.
 */
const NOSCRIPT_CONTENT = /(<noscript\b(?:[^>"']|"[^"]*"|'[^']*')*>)[\s\S]*?(<\/noscript\s*>)/gi;

/** Plans the article of a serialised page. `parse` is the context's HTML parser (DOMParser). */
export function planFromHtml(html: string, baseUrl: string, parse: (html: string) => Document): PortablePlan | null {
  const copy = parse(html.replace(NOSCRIPT_CONTENT, '$1$2'));
  const plan = planArticle(copy);
  const read = plan && readArticle(copy, plan, baseUrl);
  if (!plan || !read) return null;
  const paths = new Map<Element, number[]>();
  return {
    sources: read.sources.map(([element, tag]) => [elementPath(element, paths), tag, element.tagName.toUpperCase()]),
    headline: plan.headline ? [elementPath(plan.headline, paths), plan.headline.tagName.toUpperCase()] : null,
    ...(plan.title ? { title: plan.title } : {}),
    article: read.article,
  };
}

/** Follows a path from `root`; null if the page has no such element (or another tag there). */
function resolvePath(root: ParentNode, path: readonly number[], tag: string, last: { path: readonly number[]; chain: ParentNode[] }): Element | null {
  // Paths come in document order and share long prefixes: start from the deepest shared ancestor.
  let depth = 0;
  while (depth < path.length && depth < last.path.length && path[depth] === last.path[depth]) depth++;
  const chain = last.chain.slice(0, depth + 1);
  let element: ParentNode | undefined = chain[depth] ?? root;
  for (let i = depth; i < path.length && element; i++) {
    element = element.children[path[i] as number];
    if (element) chain.push(element);
  }
  // A shadow root itself is not an element: a plan cannot name it.
  if (!element || (element as Node).nodeType !== 1 || (element as Element).tagName.toUpperCase() !== tag) return null;
  last.path = path;
  last.chain = chain;
  return element as Element;
}

/**
 * The plan for the live page, or null if any element it names is missing or different. For a
 * shadow root the plan was made on its serialisation (serializePage), where its content is the
 * copy's <body>: every path must run through it, and the rest is followed in the shadow tree.
 */
export function resolvePlan(root: ArticleRoot, plan: PortablePlan): ArticlePlan | null {
  const start = isDocument(root) ? root.documentElement : root;
  if (!start) return null;
  const prefix = isDocument(root) ? [] : SHADOW_CONTENT_PATH;
  const inRoot = (path: readonly number[]): readonly number[] | null => (prefix.every((index, i) => path[i] === index) ? path.slice(prefix.length) : null);
  const last = { path: [] as readonly number[], chain: [start] as ParentNode[] };
  const kept = new Map<Element, string>();
  for (const [path, readAs, own] of plan.sources) {
    const relative = inRoot(path);
    const element = relative && resolvePath(start, relative, own, last);
    if (!element) return null;
    kept.set(element, readAs);
  }
  if (!plan.headline) return { kept, headline: null, title: plan.title };
  const relative = inRoot(plan.headline[0]);
  const headline = relative && resolvePath(start, relative, plan.headline[1], { path: [], chain: [start] });
  if (!headline) return null;
  return { kept, headline, title: plan.title };
}
