// Golden test on the seed article: the demo page must show what the brief promises, and the whole
// list of findings is pinned in tests/golden/ so any change to it is seen in review
// (`npx vitest run tests/unit/seed.test.ts -u` rewrites it after a deliberate change).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import type { Finding, RuleId } from '../../src/core/types.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { parseHtml } from '../../src/extract/parse-html.ts';
import { rules } from '../../src/rules/index.ts';
import { lexicon } from '../helpers/lexicon.ts';

const html = readFileSync(new URL('../../seeds/rust-letter.html', import.meta.url), 'utf8');
const extracted = extractArticle(parseHtml(html));
if (!extracted) throw new Error('the seed page has no article');
const { findings, errors } = analyze(extracted.article, rules, { lexicon });

const labels = JSON.parse(readFileSync(new URL('../../seeds/rust-letter.labels.json', import.meta.url), 'utf8')) as {
  labels: { category: RuleId; exact: string; prefix: string }[];
};
const flagged = (ruleId: RuleId) => findings.filter((f) => f.ruleId === ruleId).map((f) => f.quote.exact);

describe('seed article (seeds/rust-letter.html)', () => {
  it('runs every rule without an error', () => {
    expect(errors).toEqual([]);
  });

  it('flags the misspelled and capitalised name variants against “Hutchins”', () => {
    const variants = findings.filter((f) => f.ruleId === 'name-variant');
    expect(variants.map((f) => f.quote.exact)).toEqual(['HUTCHINS', 'Houtchins', 'HUTCHINS']);
    for (const finding of variants) expect(finding.suggestions[0]).toBe('Hutchins');
  });

  it('flags the repeated list ending', () => {
    expect(flagged('repeated-word')).toContain('exploitative and exploitative');
  });

  it('flags the repeated first bullet and links the first copy', () => {
    const passage = findings.find((f) => f.ruleId === 'repeated-passage' && f.quote.exact.includes('HUTCHINS’ culture and resulting in her death')) as
      Finding | undefined;
    expect(passage).toBeDefined();
    expect(passage?.related[0]?.exact).toContain('HUTCHINS’s culture and resulting in her death');
  });

  it('leaves the correct names and real words alone', () => {
    const exacts = findings.map((f) => f.quote.exact);
    for (const word of ['Hutchins', 'Halyna', 'Baldwin', 'crewmembers', 'cinematographer']) {
      expect(exacts).not.toContain(word);
    }
  });

  it('finds every hand label of the seed', () => {
    const { text } = extracted.article;
    const squash = (value: string) => value.replace(/\s+/g, ' ');
    const caught = labels.labels.map((label) => {
      // Locate the label by its text and the end of its prefix (the labels were cut from the .txt).
      const tail = squash(label.prefix).trimEnd().slice(-12);
      let at = text.indexOf(label.exact);
      while (
        at >= 0 &&
        !squash(text.slice(Math.max(0, at - 40), at))
          .trimEnd()
          .endsWith(tail)
      )
        at = text.indexOf(label.exact, at + 1);
      if (at < 0) throw new Error(`label not in the extracted text: ${label.exact}`);
      const end = at + label.exact.length;
      const hit = findings.some((f) => f.ruleId === label.category && f.span.start < end && f.span.end > at);
      return `${hit ? 'caught' : 'missed'} ${label.category}: ${label.exact}`;
    });
    expect(caught.filter((line) => line.startsWith('missed'))).toEqual([]);
  });

  it('matches the golden list of findings', async () => {
    const golden = findings.map((f) => ({
      ruleId: f.ruleId,
      messageId: f.messageId,
      exact: f.quote.exact,
      start: f.span.start,
      end: f.span.end,
      suggestions: f.suggestions,
      related: f.related.map((r) => r.exact),
    }));
    await expect(`${JSON.stringify(golden, null, 1)}\n`).toMatchFileSnapshot('../golden/rust-letter.findings.json');
  });
});
