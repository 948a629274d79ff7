// @vitest-environment jsdom
// jsdom: a browser-like document with DOMParser, XMLSerializer and a full Range.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BlockKind } from '../core/types.ts';
import { extractArticle, MAX_CHECKED_CHARS, readArticle, type ArticlePlan } from './extract-article.ts';
import { planFromHtml, resolvePlan } from './portable-plan.ts';
import { serializePage, serializePageInSlices } from './serialize-page.ts';
import { repoRoot } from '../../scripts/paths.mjs';

const read = (file: string) => fs.readFileSync(path.join(repoRoot, file), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const sentence = (topic: string) =>
  `The council met again on ${topic} to discuss the harbour wall, which has been failing for years, and residents spoke at length about the flooding after each storm.`;

function blocks(html: string): [BlockKind, string][] {
  const { article } = extractArticle(parse(html))!;
  return article.blocks.map((b) => [b.kind, article.text.slice(b.start, b.end)]);
}

describe('block order and kinds', () => {
  // Readability keeps the body wrapper and the paragraphs but drops the boxes around them.
  const page = `<!DOCTYPE html><html><body><div class="page"><div class="article-body">
    <div class="text-box"><p>${sentence('Monday')}</p></div>
    <div class="spacer"></div>
    <div class="media"><div class="image"><img src="harbour.jpg"></div></div>
    <div class="media-caption">The harbour at dawn - Image: Harbour Council</div>
    <div class="text-box"><p>${sentence('Tuesday')}</p></div>
    <div class="text-box"><p>${sentence('Wednesday')}</p></div>
  </div></div></body></html>`;

  it('gives the blocks in document order, also those inside wrappers Readability dropped', () => {
    expect(blocks(page).map(([, text]) => text)).toEqual([
      sentence('Monday'),
      'The harbour at dawn - Image: Harbour Council',
      sentence('Tuesday'),
      sentence('Wednesday'),
    ]);
  });

  it('reads a caption-named block beside a picture in the body as body text', () => {
    expect(blocks(page)[1]).toEqual(['paragraph', 'The harbour at dawn - Image: Harbour Council']);
  });

  it('reads figcaptions and caption-named blocks inside a figure or a picture frame as captions', () => {
    const html = `<html><body><article>
      <p>${sentence('Monday')}</p>
      <figure><img src="a.jpg"><figcaption>Waves over the wall in January.</figcaption></figure>
      <p>${sentence('Tuesday')}</p>
      <div class="photo"><img src="b.jpg"><div class="photo-caption">The old quay, flooded. (Photo: J. Smith)</div></div>
      <p>${sentence('Wednesday')}</p>
    </article></body></html>`;
    expect(blocks(html).filter(([kind]) => kind === 'caption')).toEqual([
      ['caption', 'Waves over the wall in January.'],
      ['caption', 'The old quay, flooded. (Photo: J. Smith)'],
    ]);
  });
});

describe('text that is not the publication’s copy', () => {
  it('leaves out editable regions, form fields and code, inline or in blocks', () => {
    const html = `<html><body><article>
      <p>${sentence('Monday')} The old handler, <code>recieve</code>, and the <kbd>Ctrl</kbd> key were replaced.</p>
      <pre><code>function seperate() {}</code></pre>
      <div contenteditable="true"><p>A reader's note about the comittee.</p></div>
      <div contenteditable="false"><p>${sentence('Tuesday')}</p></div>
      <form><textarea>I beleive it</textarea><input value="Definately"></form>
      <p>${sentence('Wednesday')}</p>
    </article></body></html>`;
    expect(blocks(html).map(([, text]) => text)).toEqual([
      `${sentence('Monday')} The old handler, , and the key were replaced.`,
      sentence('Tuesday'),
      sentence('Wednesday'),
    ]);
  });
});

describe('serializePage', () => {
  const live = parse(`<!DOCTYPE html><html lang="en-GB"><head><title>Harbour wall</title><style>p { color: red }</style>
    <script>window.state = { big: "<p>not text</p>" };</script><meta name="author" content="A. Writer">
    <script type="application/ld+json">{"headline":"Harbour wall"}</script></head>
    <body><main><svg viewBox="0 0 10 10"><path d="M0 0"/></svg><article><h1 data-x="a&quot;b">Harbour wall</h1>
    <p>Tom &amp; Jerry&nbsp;said &lt;no&gt;.<script>track()</script></p><template><p>hidden</p></template></article>
    <noscript><img src="x.png"></noscript></main><script>more()</script></body></html>`);
  const copy = parse(serializePage(live));
  // Inside the emptied elements there is nothing a plan can point at.
  const tags = (doc: Document) =>
    [...doc.body.querySelectorAll('*')].filter((element) => !element.parentElement?.closest('svg, noscript, template')).map((element) => element.localName);

  it('keeps every element of the body where it is, so element paths match the live page', () => {
    expect(tags(copy)).toEqual(tags(live));
  });

  it('leaves out what scripts, styles, templates and inline SVG hold, and keeps the text, attributes and structured data', () => {
    for (const selector of ['script:not([type])', 'style', 'svg', 'noscript']) {
      for (const element of copy.querySelectorAll(selector)) expect(element.innerHTML).toBe('');
    }
    expect(copy.querySelector('template')!.innerHTML).toBe('');
    expect(copy.querySelector('article p')!.textContent).toBe('Tom & Jerry\u00a0said <no>.');
    expect(copy.querySelector('h1')!.getAttribute('data-x')).toBe('a"b');
    expect(copy.documentElement.getAttribute('lang')).toBe('en-GB');
    expect(copy.title).toBe('Harbour wall');
    expect(copy.querySelector('meta[name="author"]')!.getAttribute('content')).toBe('A. Writer');
    expect(copy.querySelector('script[type="application/ld+json"]')!.textContent).toBe('{"headline":"Harbour wall"}');
  });

  // A comment thread of 3,000 items beside the story: more elements than are written in one go.
  const comments = Array.from({ length: 3000 }, (_, i) => `<li><b>reader${i}</b> <i>said</i> <a href="#c${i}">&lt;${i}&gt;</a></li>`).join('');
  const big = parse(
    `<!DOCTYPE html><html><head><title>Harbour wall</title></head><body><article><h1>Harbour wall</h1><p>${sentence('Monday')}</p></article>` +
      `<aside><ul>${comments}</ul><script>thread()</script></aside><footer><p>Tom &amp; Jerry</p></footer></body></html>`,
  );

  it('writes a big subtree a child at a time, the same HTML the browser writes', () => {
    const html = serializePage(big);
    const bodyWithoutScripts = big.body.outerHTML.replace('<script>thread()</script>', '<script></script>');
    expect(html).toBe(`<!DOCTYPE html><html><head><title>Harbour wall</title></head>${bodyWithoutScripts}</html>`);
    expect(tags(parse(html))).toEqual(tags(big));
  });

  it('in slices, pausing between the children of a big subtree, writes the same page', async () => {
    let pauses = 0;
    const sliced = await serializePageInSlices(big, () => {
      pauses += 1;
      return pauses % 500 === 0 ? Promise.resolve() : null;
    });
    expect(sliced).toBe(serializePage(big));
    // A step after each child of <body>, <aside> and <ul> (the subtrees over the limit).
    expect(pauses).toBe(3 + 2 + 3000);
  });
});

describe('a plan made on a serialised copy of the page', () => {
  /** What the content script does: plan on a parsed copy, then read the live page by the plan. */
  function roundTrip(live: Document) {
    const plan = planFromHtml(serializePage(live), live.baseURI, parse);
    expect(plan).not.toBeNull();
    const resolved = resolvePlan(live, JSON.parse(JSON.stringify(plan)));
    return { plan: plan!, read: resolved && readArticle(live, resolved) };
  }

  for (const file of ['seeds/rust-letter.html', 'tests/fixtures/pages/furniture.html']) {
    it(`reads exactly the article of ${file} from the live page`, () => {
      const live = parse(read(file));
      const { plan, read: article } = roundTrip(live);
      expect(article?.article.text).toBe(plan.article.text);
      expect(article?.article).toEqual(extractArticle(live)?.article);
    });
  }

  it('keeps a <noscript> whose attribute holds markup whole (an adaptive image of aclu.org)', () => {
    // The browser writes `<` and `>` inside attribute values as they are.
    const live = parse(`<!DOCTYPE html><html><head><title>Sea wall</title></head><body><div class="banner"><a href="/blog">
      <noscript class="adaptive-image" data-img="&lt;img class=&quot;adaptive&quot; src=&quot;banner.jpg&quot;&gt;"></noscript></a></div>
      <div class="layout"><article><h1>Harbour council approves a sea wall</h1><p>${sentence('Monday')}</p>
      <p>${sentence('Tuesday')}</p><p>${sentence('Wednesday')}</p></article></div><noscript><img src="pixel.gif"></noscript></body></html>`);
    const { plan, read: article } = roundTrip(live);
    expect(article?.article.text).toBe(plan.article.text);
    expect(plan.article.text.startsWith('Harbour council approves a sea wall')).toBe(true);
  });

  it('survives what a parse cannot reproduce: split text nodes, templates, shadow roots, a head <noscript>', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Sea wall</title><noscript><img src="pixel.gif"></noscript></head>
      <body><template><p>A template paragraph that is never shown.</p></template><div id="widget"></div>
      <article><h1>Harbour council approves a sea wall</h1><p id="first">${sentence('Monday')}</p>
      <p>${sentence('Tuesday')}</p><p>${sentence('Wednesday')}</p></article></body></html>`;
    // A live page runs scripts: its <noscript> holds text, and scripts add nodes the markup lacks.
    const live = parse(html.replace('<img src="pixel.gif">', ''));
    live.querySelector('noscript')!.textContent = '<img src="pixel.gif">';
    const first = live.getElementById('first')!;
    first.append(' ', 'Officials', ' agreed.');
    live.getElementById('widget')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Shadow text.</p>';
    // What Chromium serialises for it: the noscript's text raw, the added text nodes as one.
    const served = html.replace(`${sentence('Monday')}</p>`, `${sentence('Monday')} Officials agreed.</p>`);
    const planned = planFromHtml(served, live.baseURI, parse)!;
    const resolved = resolvePlan(live, planned);
    expect(resolved).not.toBeNull();
    const article = readArticle(live, resolved!)!.article;
    expect(article.text).toBe(planned.article.text);
    expect(article.text).toContain('after each storm. Officials agreed.');
    expect(article.blocks[0]?.kind).toBe('title');
  });

  it('fails closed when the live page is not the page that was planned', () => {
    const html = read('tests/fixtures/pages/furniture.html');
    const planned = planFromHtml(html, 'https://gazette.example/', parse)!;
    const live = parse(html);
    // An element inserted by a script before the article shifts the paths below it.
    const article = live.querySelector('article')!;
    article.parentElement!.insertBefore(live.createElement('div'), article);
    const resolved = resolvePlan(live, planned);
    const text = resolved && readArticle(live, resolved)?.article.text;
    expect(text === planned.article.text).toBe(false);
  });
});

describe('an article longer than Copydesk checks', () => {
  /** `paragraphs` paragraphs of 20 sentences (about 3,300 characters and 560 words each), all of them the article. */
  function longPage(paragraphs: number): { doc: Document; plan: ArticlePlan; paragraphWords: number } {
    const text = Array.from({ length: 20 }, (_, i) => sentence(`day ${i}`)).join(' ');
    const doc = parse(`<!DOCTYPE html><html><body><article>${`<p>${text}</p>`.repeat(paragraphs)}</article></body></html>`);
    const kept = new Map<Element, string>([...doc.querySelectorAll('p')].map((p) => [p, 'P']));
    return { doc, plan: { kept, headline: null, title: undefined }, paragraphWords: text.split(' ').length };
  }

  it('checks its first whole paragraphs up to the cap and says how much that is of the whole', () => {
    const paragraphs = Math.ceil((1.5 * MAX_CHECKED_CHARS) / 3300);
    const { doc, plan, paragraphWords } = longPage(paragraphs);
    const read = readArticle(doc, plan)!;
    const { text, blocks } = read.article;
    expect(text.length).toBeLessThanOrEqual(MAX_CHECKED_CHARS);
    // One more paragraph would not have fitted, and every block read is a whole paragraph.
    expect(text.length + 2 + (blocks[0]!.end - blocks[0]!.start)).toBeGreaterThan(MAX_CHECKED_CHARS);
    expect(blocks.every((b) => text.slice(b.start, b.end) === doc.querySelector('p')!.textContent)).toBe(true);
    expect(read.partial).toEqual({ checkedWords: blocks.length * paragraphWords, totalWords: paragraphs * paragraphWords });
    // The part read is still mapped onto the page.
    expect(read.map.toRange(blocks[blocks.length - 1]!)?.toString()).toBe(doc.querySelector('p')!.textContent);
  });

  it('checks an article under the cap in full', () => {
    const { doc, plan } = longPage(Math.floor(MAX_CHECKED_CHARS / 3300 / 2));
    const read = readArticle(doc, plan)!;
    expect(read.partial).toBeUndefined();
    expect(read.article.blocks).toHaveLength(doc.querySelectorAll('p').length);
  });
});
