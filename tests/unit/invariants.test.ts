// What must hold on every dev-corpus page, whatever the page: the extracted text holds the
// labelled errors, and every finding of every real rule is well-formed. Each page is parsed and
// extracted once for both.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, compareFindings } from '../../src/core/analyze.ts';
import { QUOTE_CONTEXT } from '../../src/core/text-quote.ts';
import type { ArticleText } from '../../src/core/types.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { parseHtml } from '../../src/extract/parse-html.ts';
import { rules } from '../../src/rules/index.ts';
import { CORPUS_PAGES as PAGES, NO_CORPUS, SHARED_CORPUS, corpusPageIds } from '../helpers/shared-corpus.ts';
import { lexicon } from '../helpers/lexicon.ts';

const ids = corpusPageIds();
if (ids.length === 0) console.warn(NO_CORPUS);

interface Scorer {
  indexText(text: string): unknown;
  locate(index: unknown, label: Label): { spans: unknown[]; contextScore?: number };
  normalizeText(text: string): string;
}

/** The scorer's own locator, so "inside" means what it means when scoring; imported only when the corpus is there. */
const scorer: Scorer | null = ids.length === 0 ? null : ((await import(pathToFileURL(path.join(SHARED_CORPUS, 'score.mjs')).href)) as Scorer);

interface Label {
  category: string;
  exact: string;
  prefix: string;
  suffix: string;
}

const articles = new Map<string, ArticleText | null>();
function articleOf(id: string): ArticleText | null {
  if (!articles.has(id)) {
    const html = fs.readFileSync(path.join(PAGES, id, 'page.html'), 'utf8');
    articles.set(id, extractArticle(parseHtml(html))?.article ?? null);
  }
  return articles.get(id) ?? null;
}

/**
 * A label lies inside the extracted text when the scorer's locator finds its exact text there
 * AND some of its context agrees (so a "the the" elsewhere on the page does not count).
 */
function isInside(locator: Scorer, index: unknown, label: Label): boolean {
  const found = locator.locate(index, label);
  return found.spans.length > 0 && (found.contextScore ?? 0) >= Math.min(12, label.prefix.length + label.suffix.length);
}

describe.skipIf(ids.length === 0)('dev corpus', () => {
  it('extraction keeps at least 99% of the labelled errors inside the text of page.html', () => {
    let total = 0;
    const missed: string[] = [];
    for (const id of ids) {
      const { labels } = JSON.parse(fs.readFileSync(path.join(PAGES, id, 'labels.json'), 'utf8')) as { labels: Label[] };
      const locator = scorer as Scorer;
      const index = locator.indexText(locator.normalizeText(articleOf(id)?.text ?? ''));
      for (const label of labels) {
        total++;
        if (!isInside(locator, index, label)) missed.push(`${id}: ${label.category} "${label.exact.slice(0, 40)}"`);
      }
    }
    expect(total).toBeGreaterThan(400);
    expect((total - missed.length) / total, missed.join('\n')).toBeGreaterThanOrEqual(0.99);
  });

  it.each(ids)('findings of the real rules are well-formed on %s', (id) => {
    const article = articleOf(id);
    expect(article).not.toBeNull();
    const { text } = article!;
    const { findings, errors } = analyze(article!, rules, { lexicon });
    expect(errors).toEqual([]);
    const seen = new Set<string>();
    findings.forEach((finding, i) => {
      const { start, end } = finding.span;
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(text.length);
      expect(start).toBeLessThan(end);
      expect(finding.quote.exact).toBe(text.slice(start, end));
      expect(finding.quote.prefix).toBe(text.slice(Math.max(0, start - QUOTE_CONTEXT), start));
      expect(finding.quote.suffix).toBe(text.slice(end, end + QUOTE_CONTEXT));
      for (const related of finding.related) expect(related.exact).toBe(text.slice(related.start, related.end));
      if (i > 0) expect(compareFindings(findings[i - 1]!, finding)).toBeLessThanOrEqual(0);
      const key = `${finding.ruleId}:${start}:${end}`;
      expect(seen.has(key), `duplicate ${key}`).toBe(false);
      seen.add(key);
    });
  });
});
