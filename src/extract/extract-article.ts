import { Readability } from '@mozilla/readability';
import { BLOCK_SEPARATOR, fromBlocks, type BlockInput } from '../core/article-text.ts';
import { countWords } from '../core/tokenize.ts';
import type { ArticleText, BlockKind } from '../core/types.ts';
import { documentOf, isDocument, type ArticleRoot } from './article-root.ts';
import { BlockTextBuilder, DomTextMap, type BlockSegments, type Segment } from './text-map.ts';
import type { ExtractedArticle, PartialCheck } from './types.ts';
import { runSteps, runStepsInSlices } from '../core/steps.ts';
import { holdsNoProse, isFurniture, isHidden } from './visibility.ts';

/**
 * Each clone element gets an attribute whose NAME carries its index: Readability copies a
 * wrapper's attributes onto the child it unwraps, and distinct names keep both marks.
 */
const STAMP = 'data-copydesk-';

/** Tags that start a new block of text; everything else flows inline. */
// prettier-ignore
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

const HEADING = /^H[1-6]$/;
const CAPTION_NAME = /caption/i;
const MEDIA = 'img, picture, video, svg, iframe, canvas';
/** How far above a caption-named element its figure may start. */
const FIGURE_DEPTH = 3;
/** Text a figure may hold besides its caption (a credit, a "1 of 5" counter). */
const FIGURE_SLACK_CHARS = 80;
const STANDFIRST_NAME = /standfirst|summary|\bdek\b|subtitle|sub-?headline|strapline|article-?bullets|key-?points|highlights/i;

interface Stamped {
  /** Live elements by stamp index. */
  live: Element[];
  /** Clone text node → live text node. */
  texts: Map<Node, Text>;
  clone: Document;
}

/** A copy of the root's page for Readability, and the nodes whose children are the root's content in each. */
interface Copy {
  clone: Document;
  liveTop: ParentNode;
  cloneTop: ParentNode;
}

/**
 * A document is cloned whole. A shadow root becomes the <body> of a new document, as
 * serializePage writes it, under its page's <html> attributes and a copy of its <head> (where
 * Readability finds the title).
 */
function copyOf(root: ArticleRoot): Copy {
  if (isDocument(root)) {
    const clone = root.cloneNode(true) as Document;
    return { clone, liveTop: root, cloneTop: clone };
  }
  const page = root.ownerDocument;
  const clone = page.implementation.createHTMLDocument('');
  for (const attribute of page.documentElement?.attributes ?? []) clone.documentElement.setAttribute(attribute.name, attribute.value);
  if (page.head) clone.head.replaceWith(clone.importNode(page.head, true));
  for (let child = root.firstChild; child; child = child.nextSibling) clone.body.append(clone.importNode(child, true));
  return { clone, liveTop: root, cloneTop: clone.body };
}

/**
 * Copies the root's page and marks every clone element with the index of its live twin (the two
 * trees are walked in step before anything moves). The live page is never touched. Hidden
 * elements and page furniture are removed from the clone so Readability never sees them.
 */
function stampClone(root: ArticleRoot): Stamped {
  const { clone, liveTop, cloneTop } = copyOf(root);
  const pageElement = isDocument(root) ? root.documentElement : null;
  const live: Element[] = [];
  const texts = new Map<Node, Text>();
  const doomed: Element[] = [];
  let l: Element | null = liveTop.firstElementChild;
  let c: Element | null = cloneTop.firstElementChild;
  while (l && c) {
    let descend = true;
    if (l !== pageElement && (isHidden(l) || isFurniture(l))) {
      doomed.push(c);
      descend = false;
    } else {
      c.setAttribute(STAMP + live.length, '');
      live.push(l);
      for (let a = l.firstChild, b = c.firstChild; a && b; a = a.nextSibling, b = b.nextSibling) {
        if (a.nodeType === 3) texts.set(b, a as Text);
      }
    }
    if (descend && l.firstElementChild && c.firstElementChild) {
      l = l.firstElementChild;
      c = c.firstElementChild;
      continue;
    }
    while (l && c && !l.nextElementSibling && l.parentNode !== liveTop) {
      l = l.parentElement;
      c = c.parentElement;
    }
    l = l?.nextElementSibling ?? null;
    c = c?.nextElementSibling ?? null;
  }
  for (const element of doomed) element.remove();
  return { live, texts, clone };
}

/**
 * Live element → the tag Readability gave its clone (it turns text-only divs into paragraphs).
 * Readability also re-wraps loose text in new, unstamped paragraphs and unwraps the original
 * element; the text nodes themselves survive, so their live parents are kept through them.
 */
function keptElements(content: Element, stamped: Stamped): Map<Element, string> {
  const kept = new Map<Element, string>();
  const stack: Node[] = [content];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 1) {
      const element = node as Element;
      for (const name of element.getAttributeNames()) {
        if (!name.startsWith(STAMP)) continue;
        const twin = stamped.live[Number(name.slice(STAMP.length))];
        if (twin && !kept.has(twin)) kept.set(twin, element.tagName.toUpperCase());
      }
      for (let child = element.lastChild; child; child = child.previousSibling) stack.push(child);
    } else if (node.nodeType === 3) {
      const twin = stamped.texts.get(node);
      const wrapper = node.parentElement;
      if (!twin || !wrapper || wrapper.getAttributeNames().some((name) => name.startsWith(STAMP))) continue;
      // Kept element first, so the walk above stamped the ancestors before their texts are seen.
      for (let e = twin.parentElement; e && !kept.has(e); e = e.parentElement) {
        kept.set(e, e === twin.parentElement ? wrapper.tagName.toUpperCase() : e.tagName.toUpperCase());
      }
    }
  }
  return kept;
}

/** A summary list reads as sentences: every item is long enough and mostly not links. */
function isSummaryList(list: Element): boolean {
  const items = [...list.children].filter((child) => child.tagName.toUpperCase() === 'LI');
  if (items.length === 0 || items.length > 8) return false;
  return items.every((item) => {
    const text = (item.textContent ?? '').trim();
    let linked = 0;
    for (const link of item.querySelectorAll('a')) linked += (link.textContent ?? '').trim().length;
    return text.length >= 40 && linked / text.length < 0.3;
  });
}

/**
 * Readability keeps the body but often drops the summary bullets or standfirst between the
 * headline and the body. Adopt those (and everything under them) into the kept set.
 */
function adoptOpening(live: readonly Element[], kept: Map<Element, string>, headline: Element): void {
  const firstKept = live.findIndex((element) => kept.has(element));
  const from = live.indexOf(headline);
  if (firstKept < 0 || from < 0 || from >= firstKept) return;
  const body = live[firstKept] as Element;
  for (let i = from + 1; i < firstKept; i++) {
    const element = live[i] as Element;
    if (headline.contains(element) || element.contains(body)) continue;
    const tag = element.tagName.toUpperCase();
    const summary = ((tag === 'UL' || tag === 'OL') && isSummaryList(element)) || STANDFIRST_NAME.test(nameOf(element));
    if (!summary) continue;
    let j = i;
    for (; j < live.length && element.contains(live[j] as Element); j++) {
      const inner = live[j] as Element;
      kept.set(inner, inner.tagName.toUpperCase());
    }
    i = j - 1;
  }
}

function similarity(a: string, b: string): number {
  const words = (s: string) => s.toLowerCase().split(/\W+/).filter(Boolean);
  const left = new Set(words(a));
  const right = words(b);
  if (left.size === 0 || right.length === 0) return 0;
  const shared = right.filter((w) => left.has(w)).length;
  return shared / Math.max(left.size, right.length);
}

/** The page's headline element: the visible h1 (or h2) closest to the article title. */
function findHeadline(root: ArticleRoot, title: string | null | undefined): Element | null {
  if (!title) return null;
  let best: Element | null = null;
  let bestScore = 0.75;
  for (const heading of root.querySelectorAll('h1, h2')) {
    let hidden = false;
    for (let e: Element | null = heading; e && !hidden; e = e.parentElement) hidden = isHidden(e);
    if (hidden) continue;
    const score = similarity(title, heading.textContent ?? '');
    if (score > bestScore || (score === bestScore && best === null)) {
      best = heading;
      bestScore = score;
    }
  }
  return best;
}

function nameOf(element: Element): string {
  return `${element.getAttribute('class') ?? ''} ${element.id}`;
}

const textLength = (element: Element): number => (element.textContent ?? '').replace(/\s+/g, '').length;

/**
 * A caption is a figcaption, or a caption-named element inside a figure: a <figure>, or a close
 * ancestor that holds the picture and little text besides the caption. A caption-named block
 * that merely sits beside a picture in the body is body text (sites name their body wrappers
 * "…caption…" too).
 */
function isCaption(element: Element, tag: string): boolean {
  if (tag === 'FIGCAPTION') return true;
  if (!CAPTION_NAME.test(nameOf(element))) return false;
  const own = textLength(element);
  let e = element.parentElement;
  for (let depth = 0; e && depth < FIGURE_DEPTH; depth++, e = e.parentElement) {
    if (e.tagName.toUpperCase() === 'FIGURE') return true;
    if (textLength(e) > own + FIGURE_SLACK_CHARS) return false;
    if (e.querySelector(MEDIA)) return true;
  }
  return false;
}

/**
 * Walks the live page in document order, turning the text of the elements Readability kept into
 * blocks. Kinds come from the tag Readability settled on and from the containing quote, list or
 * caption. `sources` records every element read, with its tag: what a plan made elsewhere must
 * name for the same text to be read again here.
 */
/** Elements passed over between two steps of BlockCollector.read. */
const VISITS_PER_STEP = 512;

class BlockCollector {
  readonly inputs: BlockInput[] = [];
  readonly segments: Segment[][] = [];
  readonly sources: [Element, string][] = [];
  private builder = new BlockTextBuilder();
  private kind: BlockKind = 'paragraph';
  private sawParagraph = false;
  private lastWasBreak = false;
  private visited = 0;

  constructor(
    private readonly kept: ReadonlyMap<Element, string>,
    private readonly headline: Element | null,
  ) {}

  /**
   * Every kept element not inside another one starts its blocks where it stands: a kept element
   * under a dropped wrapper is read in its place, not after the kept ones around the wrapper.
   * A step per kept element, so a long article can be read a slice at a time.
   */
  *read(parent: ParentNode): Generator<void, void, undefined> {
    for (let element = parent.firstElementChild; element; element = element.nextElementSibling) {
      // The article's elements can sit among thousands of others (a comment thread): a step now and then.
      if (++this.visited % VISITS_PER_STEP === 0) yield;
      const tag = this.tagOf(element);
      if (tag === undefined) {
        if (!holdsNoProse(element)) yield* this.read(element);
      } else if (!holdsNoProse(element, tag)) {
        yield* this.collect(element, element === this.headline ? 'title' : 'paragraph');
      }
    }
  }

  private tagOf(element: Element): string | undefined {
    const tag = this.kept.get(element) ?? (element === this.headline ? 'H1' : undefined);
    if (tag !== undefined) this.sources.push([element, tag]);
    return tag;
  }

  /** A step after each block, however deep: an article can be one kept element holding them all. */
  private *collect(element: Element, kind: BlockKind): Generator<void, void, undefined> {
    this.flush();
    const outer = this.kind;
    this.kind = kind;
    yield* this.walk(element);
    this.flush();
    this.kind = outer;
    yield;
  }

  private *walk(parent: Element): Generator<void, void, undefined> {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        this.builder.append(node as Text);
        if (/\S/.test((node as Text).data)) this.lastWasBreak = false;
        continue;
      }
      if (node.nodeType !== 1) continue;
      const element = node as Element;
      const tag = this.tagOf(element);
      if (tag === undefined) {
        // Readability dropped this wrapper but may have kept elements inside it.
        if (!holdsNoProse(element)) yield* this.read(element);
        continue;
      }
      if (holdsNoProse(element, tag)) continue;
      if (tag === 'BR') {
        // Two line breaks in a row are how some sites separate paragraphs.
        if (this.lastWasBreak) this.flush();
        else this.builder.space();
        this.lastWasBreak = true;
        continue;
      }
      if (BLOCK_TAGS.has(tag)) yield* this.collect(element, this.kindOf(element, tag));
      else yield* this.walk(element);
    }
  }

  private kindOf(element: Element, tag: string): BlockKind {
    if (element === this.headline) return 'title';
    if (this.kind === 'blockquote' || this.kind === 'caption' || this.kind === 'list-item') return this.kind;
    if (isCaption(element, tag)) return 'caption';
    if (tag === 'BLOCKQUOTE') return 'blockquote';
    // Before the body starts, lists and named summaries are the standfirst ("summary bullets").
    const opening = !this.sawParagraph;
    if (opening && (this.kind === 'standfirst' || STANDFIRST_NAME.test(nameOf(element)))) return 'standfirst';
    if (HEADING.test(tag)) return 'heading';
    if (tag === 'LI' || tag === 'DD' || tag === 'DT') return opening ? 'standfirst' : 'list-item';
    return 'paragraph';
  }

  private flush(): void {
    this.lastWasBreak = false;
    if (this.builder.isEmpty) return;
    this.inputs.push({ kind: this.kind, text: this.builder.text });
    this.segments.push(this.builder.segments);
    if (this.kind === 'paragraph') this.sawParagraph = true;
    this.builder = new BlockTextBuilder();
  }
}

function pageUrl(document: Document, base: string): string | undefined {
  const href =
    document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/** Readability returns something for almost any page; a handful of link texts is not an article. */
const MIN_ARTICLE_WORDS = 25;

function hasProse(article: ArticleText): boolean {
  let words = 0;
  for (const block of article.blocks) {
    if (block.kind === 'title') continue;
    words += article.text.slice(block.start, block.end).split(' ').length;
    if (words >= MIN_ARTICLE_WORDS) return true;
  }
  return false;
}

/**
 * The most article text that is checked, in UTF-16 units (~165,000 words). The engine's budget is
 * 10 ms per 1,000 words, so this is at most ~1.7 s of analysis, and the page's own thread reads,
 * maps and paints in proportion; a long feature is ~100,000 characters, so only a page of
 * pasted reports or an endless archive reaches it. Below the protocol's MAX_ARTICLE_CHARS.
 */
export const MAX_CHECKED_CHARS = 1_000_000;

/**
 * The whole blocks that fit in MAX_CHECKED_CHARS, from the top (where a reader starts), and how
 * much was left out. Cut on both sides of a page the same way, so a plan made on a copy still
 * reads the same text on the page.
 */
function checkedBlocks(inputs: readonly BlockInput[]): { inputs: readonly BlockInput[]; partial?: PartialCheck } {
  let length = 0;
  let kept = 0;
  for (; kept < inputs.length; kept++) {
    length += (kept > 0 ? BLOCK_SEPARATOR.length : 0) + (inputs[kept] as BlockInput).text.length;
    if (length > MAX_CHECKED_CHARS) break;
  }
  if (kept === inputs.length) return { inputs };
  const words = (blocks: readonly BlockInput[]) => blocks.reduce((sum, block) => sum + countWords(block.text), 0);
  const checked = inputs.slice(0, kept);
  return { inputs: checked, partial: { checkedWords: words(checked), totalWords: words(inputs) } };
}

/** Which elements of a document are the article, and how each reads; made by `planArticle`. */
export interface ArticlePlan {
  /** Article elements and the tag each reads as (Readability turns text-only divs into paragraphs). */
  kept: ReadonlyMap<Element, string>;
  headline: Element | null;
  title: string | undefined;
}

/**
 * Decides which elements are the article: Readability picks it on a stamped clone, the kept
 * stamps name the live elements, and the headline and standfirst it dropped are put back. The
 * document is never modified. Null when Readability finds nothing.
 */
export function planArticle(root: ArticleRoot): ArticlePlan | null {
  const stamped = stampClone(root);
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(stamped.clone, { serializer: (node) => node as Element }).parse();
  } catch {
    return null;
  }
  const content = parsed?.content;
  if (!parsed || !content) return null;
  const kept = keptElements(content, stamped);
  const headline = findHeadline(root, parsed.title);
  if (headline) adoptOpening(stamped.live, kept, headline);
  return { kept, headline, title: parsed.title || undefined };
}

export interface ReadArticle extends ExtractedArticle {
  /** The elements the text was read from, in document order, with the tag each read as. */
  sources: readonly [Element, string][];
}

/**
 * Reads a planned article's text from its root (the document, or the shadow root holding the
 * article), in tree order, with every character traced back to its text node. Null when there is
 * too little prose to be an article. `baseUrl` resolves a relative canonical link (a document
 * parsed elsewhere has its own base).
 */
export function readArticle(root: ArticleRoot, plan: ArticlePlan, baseUrl = documentOf(root).baseURI): ReadArticle | null {
  const collector = new BlockCollector(plan.kept, plan.headline);
  runSteps(collector.read(root));
  const read = articleOf(root, plan, collector, baseUrl);
  return read && withMap(root, collector, read);
}

/**
 * readArticle on a live page, a slice at a time: after each block `pause()` is asked whether to
 * let the page run first (a promise to wait for), so a very long article is not read in one long
 * task. The page may change meanwhile; its text is checked against the plan's after.
 */
export async function readArticleInSlices(root: ArticleRoot, plan: ArticlePlan, pause: () => Promise<void> | null): Promise<ReadArticle | null> {
  const collector = new BlockCollector(plan.kept, plan.headline);
  await runStepsInSlices(collector.read(root), pause);
  await pause();
  const read = articleOf(root, plan, collector, documentOf(root).baseURI);
  await pause();
  return read && withMap(root, collector, read);
}

/** The article text of the collected blocks, with the page's facts; partial when it was cut. */
function articleOf(root: ArticleRoot, plan: ArticlePlan, collector: BlockCollector, baseUrl: string): { article: ArticleText; partial?: PartialCheck } | null {
  const document = documentOf(root);
  const { inputs, partial } = checkedBlocks(collector.inputs);
  const lang = document.documentElement?.getAttribute('lang') || undefined;
  const url = pageUrl(document, baseUrl);
  const article = fromBlocks(inputs, {
    ...(plan.title ? { title: plan.title } : {}),
    ...(lang ? { lang } : {}),
    ...(url ? { url } : {}),
  });
  if (!hasProse(article)) return null;
  return partial ? { article, partial } : { article };
}

function withMap(root: ArticleRoot, collector: BlockCollector, { article, partial }: { article: ArticleText; partial?: PartialCheck }): ReadArticle {
  const blocks: BlockSegments[] = article.blocks.map((block, i) => ({
    start: block.start,
    end: block.end,
    segments: (collector.segments[i] ?? []).map((s) => ({ ...s, start: s.start + block.start })),
  }));
  const map = new DomTextMap(documentOf(root), article.text, blocks);
  return { article, map, sources: collector.sources, partial };
}

/**
 * The article of a page (or of the shadow root holding it), as the rules see it, with a map back
 * to the page's own text nodes. Null when there is no article.
 */
export function extractArticle(root: ArticleRoot): ExtractedArticle | null {
  const plan = planArticle(root);
  const read = plan && readArticle(root, plan);
  return read && { article: read.article, map: read.map, partial: read.partial };
}
