// @vitest-environment jsdom
// jsdom: shadow roots, DOMParser and a full Range, as in a browser.
import { describe, expect, it } from 'vitest';
import { articleRoot, findArticleRoot, openShadowRoots } from './article-root.ts';
import { extractArticle, readArticle } from './extract-article.ts';
import { looksLikeArticle, mayHoldArticle } from './looks-like-article.ts';
import { planFromHtml, resolvePlan } from './portable-plan.ts';
import { serializePage } from './serialize-page.ts';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pageAsServed } from '../../tests/e2e/server.mjs';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const sentence = (topic: string) =>
  `The council met again on ${topic} to discuss the harbour wall, which has been failing for years, and residents spoke at length about the flooding after each storm.`;

const STORY = `<main><article><h1>Harbour council approves a sea wall</h1>
  <p>${sentence('Monday')}</p><p>${sentence('Tuesday')} It was the goverment's turn.</p>
  <p>${sentence('Wednesday')}</p><p>${sentence('Thursday')}</p></article></main>`;

/** A page whose <body> holds `light`, with open shadow roots filled with the given HTML on the elements `#id` names. */
function page(light: string, shadows: Record<string, string> = {}): Document {
  const doc = parse(`<!DOCTYPE html><html lang="en-GB"><head><title>Harbour council approves a sea wall | The Courier</title>
    <script>var tracking = 1;</script><link rel="canonical" href="/news/sea-wall"></head><body>${light}</body></html>`);
  for (const [id, html] of Object.entries(shadows)) {
    doc.getElementById(id)!.attachShadow({ mode: 'open' }).innerHTML = html;
  }
  return doc;
}

const shadowOf = (doc: Document, id: string): ShadowRoot => doc.getElementById(id)!.shadowRoot!;

describe('the root an article is read from', () => {
  it('is the document when the document holds an article, even beside a shadow tree with more prose', () => {
    const doc = page(`${STORY}<reader-poll id="poll"></reader-poll>`, { poll: STORY + STORY });
    expect(findArticleRoot(doc)).toBe(doc);
  });

  it('is the open shadow root holding the article when the document holds none', () => {
    const doc = page('<news-app id="app"></news-app><footer><p>© The Courier</p></footer>', { app: STORY });
    expect(looksLikeArticle(doc)).toBe(false);
    expect(findArticleRoot(doc)).toBe(shadowOf(doc, 'app'));
  });

  it('is the shadow root with the most paragraph prose, nested ones included', () => {
    const doc = page('<app-shell id="shell"></app-shell><side-bar id="teasers"></side-bar>', {
      shell: `<header><p>${sentence('a teaser')}</p></header><story-view id="view"></story-view>`,
      teasers: `<p>${sentence('Friday')}</p><p>${sentence('Saturday')}</p><p>${sentence('Sunday')}</p>`,
    });
    const view = shadowOf(doc, 'shell').getElementById('view')!.attachShadow({ mode: 'open' });
    view.innerHTML = STORY;
    expect(openShadowRoots(doc)).toEqual([shadowOf(doc, 'shell'), shadowOf(doc, 'teasers'), view]);
    expect(findArticleRoot(doc)).toBe(view);
  });

  it('passes over shadow roots too short for an article, under hidden or navigation elements, closed, or outside the body', () => {
    const doc = page(
      '<div hidden><x-story id="hidden"></x-story></div><nav><x-menu id="menu"></x-menu></nav><x-note id="note"></x-note><x-closed id="closed"></x-closed>',
      {
        hidden: STORY,
        menu: STORY,
        note: `<p>${sentence('Monday')}</p>`,
      },
    );
    doc.getElementById('closed')!.attachShadow({ mode: 'closed' }).innerHTML = STORY;
    // Where Copydesk's own sidebar hangs: from <html>, outside the body.
    const sidebar = doc.createElement('copydesk-sidebar');
    doc.documentElement.append(sidebar);
    sidebar.attachShadow({ mode: 'open' }).innerHTML = STORY;
    expect(findArticleRoot(doc)).toBeNull();
    expect(articleRoot(doc)).toBe(doc);
  });
  it('looks level by level, so an app’s host near the top is found however large the page around it, and stops past 2,000 elements', () => {
    const teasers = '<li><a href="/x">A teaser</a></li>'.repeat(2500);
    const nearTop = page(`<ul>${teasers}</ul><news-app id="app"></news-app>`, { app: STORY });
    expect(findArticleRoot(nearTop)).toBe(shadowOf(nearTop, 'app'));
    const deep = page(`<ul>${teasers}</ul><div><div><news-app id="app"></news-app></div></div>`, { app: STORY });
    expect(findArticleRoot(deep)).toBeNull();
  });
});

describe("the gate's first question, asked by XPath without touching the elements", () => {
  const TEASERS =
    '<nav><a href="/">Home</a></nav><div class="grid"><div class="card"><h2><a href="/n/1">Council backs the crossing</a></h2><p>Work could start next spring.</p></div></div><footer><p>© The Courier</p></footer>';

  it('rules out a page of short teasers, whose elements it never had to read', () => {
    expect(mayHoldArticle(page(TEASERS))).toBe(false);
  });

  it('leaves in a page with one paragraph or list item long enough to count, a custom element, or a frame', () => {
    expect(mayHoldArticle(page(`${TEASERS}<p>${sentence('Monday')}</p>`))).toBe(true);
    expect(mayHoldArticle(page(`${TEASERS}<ul><li>${sentence('Monday')}</li></ul>`))).toBe(true);
    expect(mayHoldArticle(page(`${TEASERS}<news-app></news-app>`))).toBe(true);
    expect(mayHoldArticle(page(`${TEASERS}<iframe src="/story"></iframe>`))).toBe(true);
  });

  // The fixture pages of the browser tests: articles, shadow-root and frame shells, other
  // languages, pages that are no article. Wherever the full gate finds an article, the XPath
  // question must have left the page in.
  const fixtures = path.resolve(import.meta.dirname, '../../tests/e2e/pages');
  const pages = readdirSync(fixtures).filter((name) => name.endsWith('.html'));
  it.each(pages)('never rules out an article the full gate would find: %s', async (name) => {
    const doc = parse(await pageAsServed(path.join(fixtures, name)));
    if (looksLikeArticle(doc) || openShadowRoots(doc).length > 0 || doc.getElementsByTagName('iframe').length > 0) {
      expect(mayHoldArticle(doc)).toBe(true);
    }
  });

  it('leaves a page of more than 20,000 elements to the full gate (reading every element name would cost more)', () => {
    // A document whose XPath tests all answer no, with this many elements.
    const answeringNo = (elements: number) =>
      ({ evaluate: () => ({ booleanValue: false }), getElementsByTagName: () => ({ length: elements }) }) as unknown as Document;
    expect(mayHoldArticle(answeringNo(20_001))).toBe(true);
    expect(mayHoldArticle(answeringNo(20_000))).toBe(false);
  });

  it('gives up a story in a shadow root on a built-in element of a page with no prose of its own', () => {
    const doc = page(`${TEASERS}<div id="app"></div>`, { app: STORY });
    expect(findArticleRoot(doc)).toBe(shadowOf(doc, 'app'));
    expect(mayHoldArticle(doc)).toBe(false);
  });

  it('lets a page ruled out show nothing: no-article.html is one', () => {
    expect(mayHoldArticle(parse(readFileSync(path.join(fixtures, 'no-article.html'), 'utf8')))).toBe(false);
  });
});

describe('a list article: its copy in list items, with no <article> around it', () => {
  const offer = (product: string, detail: string) => `<li><a href="/go">${product}</a>: was $249, now $189, ${detail}.</li>`;
  const OFFERS = [
    offer('Wireless headphones', 'the lowest price we have seen this year'),
    offer('Noise-cancelling earbuds', 'and the charging case comes with them'),
    offer('A portable speaker', 'loud enough for a garden party of twenty'),
    offer('A budget pair for runners', 'with a fit that stays put on long runs'),
    offer('Studio monitors', 'a fair price for the sound they give you'),
    offer('A travel adapter', 'which works in more than a hundred countries'),
  ].join('');
  const shortIntro = '<p>Prices have dropped ahead of the holidays.</p><p>We checked each offer against its recent price.</p>';

  it.each([
    [
      'a deal list under the story’s headline, in <div>s',
      `<div class="post"><div class="head"><h1>The best deals this week</h1></div><div class="body">${shortIntro}<h2>Headphones</h2><ul>${OFFERS}</ul></div></div>`,
      true,
    ],
    ['the same list inside an <article>', `<article>${shortIntro}<ul>${OFFERS}</ul></article>`, true],
    ['the same list under a site’s logo heading only (a section front)', `<header><h1>The Courier</h1></header><main><ul>${OFFERS}</ul></main>`, false],
    ['the same list with no headline at all', `<main>${shortIntro}<ul>${OFFERS}</ul></main>`, false],
    [
      'a story’s list of bare headline links',
      `<div class="post"><h1>More from the deals desk</h1><ul>${'<li><a href="/x">A headline about a deal</a></li>'.repeat(40)}</ul></div>`,
      false,
    ],
    ['a story’s list inside its navigation', `<div class="post"><h1>The best deals this week</h1><nav><ul>${OFFERS}</ul></nav></div>`, false],
    ['a headline that is hidden', `<div class="post"><h1 hidden>The best deals this week</h1><ul>${OFFERS}</ul></div>`, false],
  ])('%s: checked %s', (_what, body, expected) => {
    const doc = page(body);
    expect(looksLikeArticle(doc)).toBe(expected);
    // The XPath question never rules out a page the full gate checks.
    if (expected) expect(mayHoldArticle(doc)).toBe(true);
  });
});

describe('an article inside a shadow root', () => {
  const shadowPage = () => {
    const doc = page('<news-app id="app"></news-app>', { app: `<style>p { margin: 0 }</style>${STORY}` });
    return { doc, root: shadowOf(doc, 'app') };
  };

  it('is serialised as the body of its page, with the page’s language and naming head', () => {
    const { doc, root } = shadowPage();
    const copy = parse(serializePage(root));
    expect(copy.doctype?.name).toBe('html');
    expect(copy.documentElement.getAttribute('lang')).toBe('en-GB');
    expect(copy.title).toBe(doc.title);
    expect(copy.querySelector('link[rel="canonical"]')).not.toBeNull();
    expect(copy.querySelector('script')).toBeNull();
    expect(copy.documentElement.children[1]).toBe(copy.body);
    expect(copy.body.innerHTML).toBe(root.innerHTML);
  });

  it('is planned on that copy and read from the live shadow tree, ranges and all', () => {
    const { doc, root } = shadowPage();
    const plan = planFromHtml(serializePage(root), doc.baseURI, parse)!;
    expect(plan.article.text).toContain("It was the goverment's turn.");
    const resolved = resolvePlan(root, JSON.parse(JSON.stringify(plan)));
    expect(resolved).not.toBeNull();
    const read = readArticle(root, resolved!)!;
    expect(read.article).toEqual(plan.article);
    expect(read.article.blocks[0]?.kind).toBe('title');
    expect(read.article.lang).toBe('en-GB');
    expect(read.article.url).toBe(new URL('/news/sea-wall', doc.baseURI).href);
    const at = read.article.text.indexOf('goverment');
    const range = read.map.toRange({ start: at, end: at + 'goverment'.length })!;
    expect(range.toString()).toBe('goverment');
    expect(range.startContainer.getRootNode()).toBe(root);
    expect(read.map.toOffset(range.startContainer, range.startOffset)).toBe(at);
  });

  it('reads the same article when extracted in the page', () => {
    const { doc, root } = shadowPage();
    const plan = planFromHtml(serializePage(root), doc.baseURI, parse)!;
    expect(extractArticle(root)?.article).toEqual(plan.article);
    // The document around it has no article of its own.
    expect(extractArticle(doc)).toBeNull();
  });

  it('fails closed when a plan is resolved against the other kind of root', () => {
    const { doc, root } = shadowPage();
    const shadowPlan = planFromHtml(serializePage(root), doc.baseURI, parse)!;
    const lightDoc = page(STORY);
    const lightPlan = planFromHtml(serializePage(lightDoc), lightDoc.baseURI, parse)!;
    for (const [target, plan] of [
      [doc, shadowPlan],
      [root, lightPlan],
    ] as const) {
      const resolved = resolvePlan(target, plan);
      expect(resolved === null || readArticle(target, resolved)?.article.text !== plan.article.text).toBe(true);
    }
  });
});
