import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../core/analyze.ts';
import { planFromHtml } from '../extract/portable-plan.ts';
import { parseHtml } from '../extract/parse-html.ts';
import { rules } from '../rules/index.ts';
import { WARM_UP_BASE_URL, WARM_UP_PAGES } from './warm-up-pages.ts';
import { lexicon } from '../../tests/helpers/lexicon.ts';

const articles = WARM_UP_PAGES.map((page) => planFromHtml(page, WARM_UP_BASE_URL, parseHtml)?.article);

const ruleIds = rules.map((rule) => rule.meta.id).sort();
const flaggedBy = (article: (typeof articles)[number]) => [...new Set(analyze(article!, rules, { lexicon }).findings.map((finding) => finding.ruleId))].sort();

describe('the engine warm-up pages', () => {
  it('each plans to an article, as a reader page would', () => {
    for (const article of articles) expect(article?.text.length).toBeGreaterThan(500);
  });

  it('make every rule find something in the first page, so each rule runs its flagging code from the first round', () => {
    expect(flaggedBy(articles[0])).toEqual(ruleIds);
  });

  it('bring both string representations: one-byte ASCII and two-byte typeset text', () => {
    const twoByte = (text: string) => /[^\u0000-\u00ff]/.test(text);
    expect(articles.some((article) => !twoByte(article!.text))).toBe(true);
    expect(articles.some((article) => twoByte(article!.text))).toBe(true);
  });

  it('are made up for the purpose: no sentence of the seed article ships in the extension with them', () => {
    const seedSentences = readFileSync(new URL('../../seeds/rust-letter.txt', import.meta.url), 'utf8')
      .split(/(?<=[.!?])\s+/)
      .filter((sentence) => sentence.length > 30);
    expect(seedSentences.length).toBeGreaterThan(10);
    for (const page of WARM_UP_PAGES) expect(seedSentences.filter((sentence) => page.includes(sentence))).toEqual([]);
  });
});
