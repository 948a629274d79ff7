// @vitest-environment jsdom
// jsdom documents (through the environment's DOMParser) have a full Range; linkedom's does not.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/core/tokenize.ts';
import type { ArticleText, BlockKind } from '../../src/core/types.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { looksLikeArticle } from '../../src/extract/looks-like-article.ts';
import { parseHtml } from '../../src/extract/parse-html.ts';
import { visibleText } from '../../src/extract/text-map.ts';
import { repoRoot } from '../../scripts/paths.mjs';

const read = (file: string) => fs.readFileSync(path.join(repoRoot, file), 'utf8');
const jsdom = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function blocksOf(article: ArticleText, kind: BlockKind): string[] {
  return article.blocks.filter((b) => b.kind === kind).map((b) => article.text.slice(b.start, b.end));
}

describe.each([
  ['linkedom', parseHtml],
  ['jsdom', jsdom],
])('extractArticle on a %s document', (_, parse) => {
  it('keeps the seed article: headline, summary bullets, paragraphs, captions; drops menus, lists and footer', () => {
    const extracted = extractArticle(parse(read('seeds/rust-letter.html')));
    expect(extracted).not.toBeNull();
    const { article } = extracted!;
    expect(blocksOf(article, 'title')).toEqual([expect.stringMatching(/^Alec Baldwin sends a letter to Rust crew/)]);
    expect(blocksOf(article, 'standfirst')).toHaveLength(4);
    expect(blocksOf(article, 'standfirst')[0]).toBe(
      'Alec Baldwin posted an Instagram open letter by Rust employees slamming Halyna HUTCHINS’s culture and resulting in her death.',
    );
    expect(blocksOf(article, 'paragraph')).toHaveLength(11);
    expect(blocksOf(article, 'caption')).toHaveLength(2);
    expect(article.text).toContain('Many people have stated that Halyna Houtchins, cinematographer');
    for (const dropped of ['The Daily Courier', 'TV & Showbiz', 'Most read', 'Storm warning issued', 'Privacy policy', 'All rights reserved']) {
      expect(article.text).not.toContain(dropped);
    }
    expect(article.lang).toBe('en');
  });

  it('keeps headline, standfirst, subheading, list, quote and caption; drops nav, share bar, related, comments, footer, cookie banner and hidden text', () => {
    const { article } = extractArticle(parse(read('tests/fixtures/pages/furniture.html')))!;
    expect(blocksOf(article, 'title')).toEqual(['Harbour council approves new sea wall after winter storms']);
    expect(blocksOf(article, 'standfirst')).toEqual(['Councillors voted unanimously for a stronger barrier after three storms flooded the old quay.']);
    expect(blocksOf(article, 'heading')).toEqual(['What happens next']);
    expect(blocksOf(article, 'list-item')).toHaveLength(2);
    expect(blocksOf(article, 'blockquote')).toEqual(['We cannot keep patching a wall that the sea has already beaten three times this year.']);
    expect(blocksOf(article, 'caption')).toEqual(['Waves break over the old sea wall during the January storm.']);
    expect(blocksOf(article, 'paragraph')).toHaveLength(5);
    // Inline markup does not split words or sentences.
    expect(article.text).toContain('was never designed for the storms');
    for (const dropped of [
      'cookies',
      'Weather forecast',
      'Share on',
      'Related stories',
      'Storm damage bill',
      'Commenter42',
      'About us',
      'Subscriber-only',
      'Hidden teaser',
      'Advertisement',
    ]) {
      expect(article.text).not.toContain(dropped);
    }
    expect(article.url).toBe('https://gazette.example/news/harbour-sea-wall');
    expect(article.lang).toBe('en-GB');
  });

  it('returns null, without throwing, for a page with no article', () => {
    expect(extractArticle(parse(read('tests/fixtures/pages/no-article.html')))).toBeNull();
    expect(extractArticle(parse('<html><body></body></html>'))).toBeNull();
  });

  it('never modifies the document it reads', () => {
    const document = parse(read('seeds/rust-letter.html'));
    const before = document.documentElement.outerHTML;
    extractArticle(document);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('article text', () => {
  it('collapses white space and drops soft hyphens inside a block, and joins blocks with a blank line', () => {
    const html = `<html><body><article><h1>Title here</h1><p>${'Some words\n   in a   paragraph with a rela\u00adtionship. '.repeat(4)}</p><p>${'Second paragraph text goes on. '.repeat(4)}</p></article></body></html>`;
    const { article } = extractArticle(parseHtml(html))!;
    const blockTexts = article.text.split('\n\n');
    expect(blockTexts).toEqual(article.blocks.map((b) => article.text.slice(b.start, b.end)));
    for (const text of blockTexts) expect(text).not.toMatch(/\s{2}|\n|\u00ad|^ | $/);
    expect(article.text).toContain('in a paragraph with a relationship.');
  });
});

describe('TextMap on a jsdom document', () => {
  for (const file of ['seeds/rust-letter.html', 'tests/fixtures/pages/furniture.html']) {
    it(`maps every word of ${file} back to a live Range with the same text`, () => {
      const document = jsdom(read(file));
      const { article, map } = extractArticle(document)!;
      const { words } = tokenize(article);
      expect(words.length).toBeGreaterThan(100);
      for (const word of words) {
        const range = map.toRange(word);
        expect(range, word.text).not.toBeNull();
        expect(visibleText(range!.toString())).toBe(word.text);
        expect(document.contains(range!.startContainer)).toBe(true);
        // Hit-testing the start of the range gives the word's offset back.
        expect(map.toOffset(range!.startContainer, range!.startOffset)).toBe(word.start);
      }
    });
  }

  it('maps whole sentences across inline markup', () => {
    const { article, map } = extractArticle(jsdom(read('tests/fixtures/pages/furniture.html')))!;
    for (const sentence of tokenize(article).sentences) {
      expect(visibleText(map.toRange(sentence)!.toString())).toBe(article.text.slice(sentence.start, sentence.end));
    }
  });

  it('fails closed: a span across blocks, out of bounds, or over text that changed gives null', () => {
    const document = jsdom(read('tests/fixtures/pages/furniture.html'));
    const { article, map } = extractArticle(document)!;
    const [first, second] = article.blocks;
    expect(map.toRange({ start: first!.end - 3, end: second!.start + 3 })).toBeNull();
    expect(map.toRange({ start: article.text.length - 2, end: article.text.length + 5 })).toBeNull();
    const at = article.text.indexOf('eighteen months');
    expect(map.toRange({ start: at, end: at + 8 })).not.toBeNull();
    const node = map.toRange({ start: at, end: at + 8 })!.startContainer as Text;
    node.data = node.data.replace('eighteen', 'nineteen');
    expect(map.toRange({ start: at, end: at + 8 })).toBeNull();
  });

  it('gives null for a DOM point outside the article', () => {
    const document = jsdom(read('tests/fixtures/pages/furniture.html'));
    const { map } = extractArticle(document)!;
    const nav = document.querySelector('nav a')!.firstChild!;
    expect(map.toOffset(nav, 0)).toBeNull();
  });
});

describe('looksLikeArticle', () => {
  it('says yes for articles and no for link pages', () => {
    expect(looksLikeArticle(parseHtml(read('seeds/rust-letter.html')))).toBe(true);
    expect(looksLikeArticle(parseHtml(read('tests/fixtures/pages/no-article.html')))).toBe(false);
  });

  it('says no for a big page of links and short teasers', () => {
    const teaser = '<li><a href="/x">A headline about something that happened today</a><p>Short teaser.</p></li>';
    expect(looksLikeArticle(parseHtml(`<html><body><ul>${teaser.repeat(3000)}</ul></body></html>`))).toBe(false);
  });

  const point =
    'The team landed a change that makes the address bar suggest open tabs before bookmarks, after testers said they kept opening a second copy of a page they already had open somewhere.';
  it.each([
    ['bullets of an article', `<article><h1>These weeks</h1><ul>${`<li>${point}</li>`.repeat(4)}</ul></article>`, true],
    ['bullets whose text is in paragraphs', `<article><ul>${`<li><p>${point}</p></li>`.repeat(4)}</ul></article>`, true],
    ['the same list outside an article (a menu, comments)', `<main><ol class="comments">${`<li>${point}</li>`.repeat(4)}</ol></main>`, false],
    ['an article’s list inside its navigation', `<article><nav><ul>${`<li>${point}</li>`.repeat(4)}</ul></nav></article>`, false],
  ])('reads %s', (_what, body, expected) => {
    expect(looksLikeArticle(parseHtml(`<html><body>${body}</body></html>`))).toBe(expected);
  });
});
