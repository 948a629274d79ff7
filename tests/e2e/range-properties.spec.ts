// Property-based round trip in a real DOM (issue 5): for arbitrary article-like HTML full of
// tricky text, Chromium parses it, the project's extractor reads it, the engine analyses it, and
// every finding's span maps back through TextMap.toRange to a Range showing the same text.
// tests/unit/properties.test.ts checks the node side (linkedom, whose Ranges cannot do this).
//
// Cases are generated here and sent into the page one by one, so fast-check shrinks a failure to
// a minimal HTML page. Replay one with RANGE_PROPERTIES_SEED (and the path fast-check prints).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import fc from 'fast-check';
import { repoRoot } from '../../scripts/paths.mjs';
import type { Span } from '../../src/core/types.ts';
import { DICTIONARY_FILE } from '../../src/core/lexicon/lexicon.ts';
import { test, expect } from './fixtures.ts';
import type { CaseResult, MappedSpan, RangeHarness } from './harness/range-harness.ts';

const SEED = Number(process.env.RANGE_PROPERTIES_SEED ?? 20_250_605);
const NUM_RUNS = 150;

/**
 * The only differences TextMap documents between a Range's text and the article's: soft hyphens
 * and zero-width characters are dropped, and white space is left out (the article has a space
 * where a Range has none, for a <br> or a block boundary, and one space for a run of it).
 */
const bare = (text: string): string => text.replace(/[\u00ad\u200b\u2060\ufeff]/g, '').replace(/\s+/g, '');

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ---- Text: ordinary news prose (so the page reads as English), words that make the rules fire,
// and characters whose DOM offsets are tricky.
const prose = fc.constantFrom(
  'the',
  'council',
  'said',
  'on',
  'Tuesday',
  'that',
  'new',
  'homes',
  'would',
  'be',
  'built',
  'near',
  'river',
  'and',
  'school',
  'a',
  'of',
  'to',
  'in',
  'for',
  'was',
  'it',
  'with',
  'residents',
  'plans',
  'week',
  'mayor',
  'they',
  'have',
  'been',
  'waiting',
  'years',
  'money',
  'budget',
  'this',
  'is',
  'not',
  'what',
  'we',
  'were',
  'told,',
);
const trigger = fc.constantFrom(
  'recieve',
  'goverment',
  'the the',
  'for for',
  'Hutchins',
  'Hutchins',
  'Houtchins',
  'HUTCHINS',
  '“',
  '”',
  '‘',
  '’',
  '"',
  "it's",
  'over 20',
  '20',
  'they was',
  'Mr.',
  'U.S.',
  '—',
);
const exotic = fc.constantFrom(
  '👍🏽',
  '👩‍👩‍👧',
  'cafe\u0301',
  'naïve',
  'ﬁnal',
  'oﬀice',
  'שלום',
  '\u200fשלום\u200f',
  'مرحبا',
  'Ｔｏｋｙｏ',
  'x\u0338',
  'e\u0301\u0301',
  '\u202ertl\u202c',
  'a\u200db',
);
const word = fc.oneof(
  { weight: 12, arbitrary: prose },
  { weight: 4, arbitrary: trigger },
  { weight: 2, arbitrary: exotic },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).filter((text) => !/[⟦⟧]/.test(text)) },
);

// ---- Markup: what goes inside a word, around it, and between words.
const invisible = fc.constantFrom('\u00ad', '&shy;', '\u200b', '&#8203;', '\u2060', '\ufeff', '&#xFEFF;');
/**
 * Markup whose text the extractor leaves out: hidden elements, scripts, comments, code. Any text
 * of theirs that a Range's toString() includes is fenced in ⟦…⟧, which no generated word holds.
 */
const skipped = fc.constantFrom(
  '<span hidden>⟦hidden words⟧</span>',
  '<span style="display:none">⟦none⟧</span>',
  '<span style="visibility: hidden">⟦invisible⟧</span>',
  '<span class="sr-only">⟦(opens in a new tab)⟧</span>',
  '<span aria-hidden="true">⟦★⟧</span>',
  '<script type="application/json">⟦{"x": "<p>not prose</p>"}⟧</script>',
  '<style>⟦.x{}⟧</style>',
  '<!-- a comment -->',
  '<code>⟦x = 1⟧</code>',
  '<button>⟦Share⟧</button>',
);
const withoutSkipped = (text: string): string => text.replace(/⟦[^⟧]*⟧/g, '');

/** Something put inside a word, between two of its code points. */
const inWord = fc.oneof(invisible, fc.constantFrom('<br>', '<wbr>', '</b><b>', '<span></span>'), skipped);
const inline = fc.constantFrom('b', 'i', 'em', 'strong', 'a href="#x"', 'span', 'mark', 'small', 'span lang="he" dir="rtl"');
/** `html` inside an element opened by `tag` (a tag name, perhaps with attributes). */
const wrapIn = (tag: string, html: string): string => `<${tag}>${html}</${tag.split(' ')[0]}>`;

/** Encodes one code point as a numeric entity, or leaves it. */
const encode = (point: string, asEntity: boolean): string => (asEntity ? `&#${point.codePointAt(0)};` : escapeHtml(point));

/** One word as HTML: split across inline elements, with something inside it, entities, wrappers. */
const wordHtml = fc
  .record({
    text: word,
    splitAt: fc.option(fc.tuple(fc.nat(), inline), { freq: 3 }),
    insertAt: fc.option(fc.tuple(fc.nat(), inWord), { freq: 3 }),
    entities: fc.option(fc.nat(), { freq: 4 }),
    wrap: fc.array(inline, { maxLength: 3 }),
  })
  .map(({ text, splitAt, insertAt, entities, wrap }) => {
    const points = Array.from(text);
    let parts = points.map((point, i) => encode(point, entities !== null && i % (entities + 2) === 0));
    if (insertAt) {
      const at = insertAt[0] % (parts.length + 1);
      parts = [...parts.slice(0, at), insertAt[1], ...parts.slice(at)];
    }
    if (splitAt) {
      const at = splitAt[0] % (parts.length + 1);
      parts = [...parts.slice(0, at), wrapIn(splitAt[1], parts.slice(at).join(''))];
    }
    return wrap.reduce((html, tag) => wrapIn(tag, html), parts.join(''));
  });
const gap = fc.oneof(
  { weight: 10, arbitrary: fc.constant(' ') },
  {
    weight: 4,
    arbitrary: fc.constantFrom('  ', '\n\t  ', '&nbsp;', ' &nbsp; ', '&#32;', '\u2003', '\u00a0', '<br>', ' <br> ', '<b> </b>', ' \u200b '),
  },
  { weight: 2, arbitrary: skipped.map((html) => ` ${html} `) },
);
const sentence = fc.tuple(fc.array(fc.tuple(wordHtml, gap), { minLength: 3, maxLength: 16 }), fc.option(inline, { freq: 4 })).map(([words, wrap]) => {
  const html = `${words.map(([w, g]) => w + g).join('')}.`;
  return `${wrap ? wrapIn(wrap, html) : html} `;
});
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(''));
const block = fc.tuple(fc.constantFrom('p', 'p', 'p', 'blockquote', 'li', 'h2', 'figcaption', 'div'), paragraph).map(([tag, text]) => {
  if (tag === 'blockquote') return `<blockquote><p>${text}</p></blockquote>`;
  // The same item twice, as a pasted-twice passage.
  if (tag === 'li') return `<ul><li>${text}</li><li>${text}</li></ul>`;
  if (tag === 'figcaption') return `<figure><img src="data:," alt=""><figcaption>${text}</figcaption></figure>`;
  return `<${tag}>${text}</${tag}>`;
});
/** A news page: a headline, then the blocks. */
const newsPage = fc
  .array(block, { minLength: 2, maxLength: 7 })
  .map(
    (blocks) =>
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council plans new homes</title></head>' +
      `<body><article><h1>Council plans new homes</h1>${blocks.join('\n')}</article></body></html>`,
  );

// ---- The property. Checked with node's assert: Playwright's expect records a step per call,
// which costs more than the page's work over thousands of findings.
function checkMapped(span: MappedSpan, text: string, blocks: readonly Span[], what: string): void {
  const where = `${what} ${JSON.stringify(span.exact)} at ${span.start}-${span.end}`;
  assert.ok(span.start >= 0 && span.start < span.end && span.end <= text.length, `${where}: span out of bounds (text length ${text.length})`);
  assert.equal(span.exact, text.slice(span.start, span.end), `${where}: the quote is not the span's text`);
  if (!blocks.some((b) => b.start <= span.start && span.end <= b.end)) {
    // Documented: a span across a block gap has no single Range.
    assert.equal(span.rangeText, null, `${where}: a span across blocks gave a Range`);
    return;
  }
  if (span.rangeText === null) {
    // Documented fail-closed case: the page holds text the article leaves out (a hidden element,
    // a script) between the span's ends, so no Range shows exactly the quote. Then a Range from
    // its first character to its last must show the quote plus only that skipped text.
    assert.match(span.spannedText ?? '', /⟦[^⟧]*⟧/, `${where}: toRange gave no Range`);
    assert.equal(bare(withoutSkipped(span.spannedText ?? '')), bare(span.exact), `${where}: more than skipped text lies inside`);
    return;
  }
  assert.equal(bare(span.rangeText), bare(span.exact), `${where}: the Range does not show the quote`);
  assert.deepEqual([span.rangeStart, span.rangeEnd], [span.start, span.end], `${where}: the Range's ends map back elsewhere`);
}

let bundle = '';

test.beforeAll(async () => {
  const built = await build({
    entryPoints: [path.join(repoRoot, 'tests/e2e/harness/range-harness.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['chrome120'],
    logLevel: 'warning',
  });
  bundle = built.outputFiles[0]?.text ?? '';
});

test('every finding on arbitrary HTML maps back to a DOM Range showing its quote', async ({ page }) => {
  // Shrinking a failure re-runs many cases.
  test.setTimeout(180_000);
  await page.addScriptTag({ content: bundle });
  const dictionary = readFileSync(path.join(repoRoot, 'build/generated', DICTIONARY_FILE), 'utf8');
  await page.evaluate((json) => (globalThis as unknown as { copydeskRangeHarness: RangeHarness }).copydeskRangeHarness.installDictionary(json), dictionary);

  let articles = 0;
  let mapped = 0;
  let unmappable = 0;
  const rulesSeen = new Set<string>();
  await fc.assert(
    fc.asyncProperty(newsPage, async (html) => {
      const { article }: CaseResult = await page.evaluate(
        (source) => (globalThis as unknown as { copydeskRangeHarness: RangeHarness }).copydeskRangeHarness.check(source),
        html,
      );
      if (!article) return;
      articles++;
      assert.deepEqual(article.ruleErrors, [], 'a rule threw');
      for (const finding of article.findings) {
        checkMapped(finding, article.text, article.blocks, finding.ruleId);
        for (const related of finding.related) checkMapped(related, article.text, article.blocks, `${finding.ruleId} related`);
        if (finding.rangeText !== null) mapped++;
        else if (finding.spannedText !== null) unmappable++;
        rulesSeen.add(finding.ruleId);
      }
    }),
    { seed: SEED, numRuns: NUM_RUNS },
  );
  test
    .info()
    .annotations.push({ type: 'cases', description: `${articles} articles, ${mapped} findings mapped, ${unmappable} left unmapped over skipped text` });
  // The generator must keep producing articles with findings, or the property says nothing.
  expect(articles, 'cases the extractor read as an article').toBeGreaterThan(NUM_RUNS * 0.8);
  expect(mapped, 'findings mapped to a Range').toBeGreaterThan(NUM_RUNS);
  expect([...rulesSeen].sort()).toEqual(expect.arrayContaining(['name-variant', 'quote-mismatch', 'repeated-word', 'typo']));
});
