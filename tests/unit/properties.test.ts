// Property-based tests: for arbitrary text and arbitrary HTML, extraction and analysis never throw
// and every finding keeps the engine's invariants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { fromPlainText } from '../../src/core/article-text.ts';
import { QUOTE_CONTEXT } from '../../src/core/text-quote.ts';
import type { ArticleText } from '../../src/core/types.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { parseHtml } from '../../src/extract/parse-html.ts';
import { rules } from '../../src/rules/index.ts';
import { lexicon } from '../helpers/lexicon.ts';

// Words that make the rules fire (doubles, near-names, typos, quotes) mixed with arbitrary text.
const word = fc.oneof(
  fc.constantFrom('the', 'The', 'Hutchins', 'Houtchins', 'HUTCHINS', 'recieve', 'and', 'said', '20', 'over', '“', '”', '‘', '’', "'", '"'),
  fc.constantFrom('Mr.', 'U.S.', 'e.g.', '•', '-', '—', '\u00ad', '\u200b', '👍🏽', 'é', 'e\u0301', 'ﬁ', 'שלום'),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((words) => `${words.join(' ')}.`);
const articleText = fc
  .array(fc.array(sentence, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 })
  .map((paragraphs) => paragraphs.map((p) => p.join(' ')).join('\n\n'));

function expectInvariants(article: ArticleText): void {
  const { findings, errors } = analyze(article, rules, { lexicon });
  expect(errors).toEqual([]);
  const { text } = article;
  let previous = -1;
  const seen = new Set<string>();
  for (const f of findings) {
    expect(f.span.start).toBeGreaterThanOrEqual(0);
    expect(f.span.end).toBeLessThanOrEqual(text.length);
    expect(f.span.start).toBeLessThan(f.span.end);
    expect(f.quote.exact).toBe(text.slice(f.span.start, f.span.end));
    expect(f.quote.prefix).toBe(text.slice(Math.max(0, f.span.start - QUOTE_CONTEXT), f.span.start));
    expect(f.quote.suffix).toBe(text.slice(f.span.end, f.span.end + QUOTE_CONTEXT));
    for (const r of f.related) expect(r.exact).toBe(text.slice(r.start, r.end));
    expect(f.span.start).toBeGreaterThanOrEqual(previous);
    previous = f.span.start;
    const id = `${f.ruleId}:${f.span.start}:${f.span.end}`;
    expect(seen.has(id)).toBe(false);
    seen.add(id);
  }
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const inline = fc.oneof(
  sentence.map(escapeHtml),
  sentence.map((s) => `<b>${escapeHtml(s)}</b>`),
  sentence.map((s) => `<a href="/x">${escapeHtml(s)}</a>`),
  fc.constant('<br>'),
  fc.constantFrom('<span hidden>hidden words</span>', '<script>var x = "<p>";</script>', '<!-- comment -->', '&nbsp;', '&amp;', '&#x1F600;'),
);
const block = fc
  .tuple(fc.constantFrom('p', 'li', 'h2', 'blockquote', 'div', 'figcaption', 'nav', 'aside'), fc.array(inline, { maxLength: 6 }))
  .map(([tag, parts]) => (tag === 'li' ? `<ul><li>${parts.join('')}</li></ul>` : `<${tag}>${parts.join('')}</${tag}>`));
const page = fc
  .array(block, { maxLength: 25 })
  .map((blocks) => `<!doctype html><html lang="en"><head><title>T</title></head><body><article>${blocks.join('')}</article></body></html>`);

describe('engine properties', () => {
  it('analysis never throws and keeps its invariants on arbitrary text', () => {
    fc.assert(
      fc.property(articleText, (text) => expectInvariants(fromPlainText(text))),
      { numRuns: 150 },
    );
  });

  it('extraction never throws on arbitrary HTML, and its article keeps the invariants', () => {
    fc.assert(
      fc.property(page, (html) => {
        const extracted = extractArticle(parseHtml(html));
        if (extracted) expectInvariants(extracted.article);
      }),
      { numRuns: 100 },
    );
  });
});
