import { describe, expect, it } from 'vitest';
import { analyze } from '../core/analyze.ts';
import { planFromHtml } from '../extract/portable-plan.ts';
import { parseHtml } from '../extract/parse-html.ts';
import { rules } from '../rules/index.ts';
import { WARM_UP_BASE_URL, WARM_UP_PAGES } from './warm-up-page.ts';
import { lexicon } from '../../tests/helpers/lexicon.ts';

const articles = WARM_UP_PAGES.map((page) => planFromHtml(page, WARM_UP_BASE_URL, parseHtml)?.article);

describe('the engine warm-up pages', () => {
  it('each plans to an article, as a reader page would', () => {
    for (const article of articles) expect(article?.text.length).toBeGreaterThan(500);
  });

  it('make every rule find something, so each rule runs its flagging code', () => {
    const flagged = new Set(articles.flatMap((article) => analyze(article!, rules, { lexicon }).findings.map((finding) => finding.ruleId)));
    expect([...flagged].sort()).toEqual(rules.map((rule) => rule.meta.id).sort());
  });

  it('bring both string representations: one-byte ASCII and two-byte typeset text', () => {
    const twoByte = (text: string) => /[^\u0000-\u00ff]/.test(text);
    expect(articles.some((article) => !twoByte(article!.text))).toBe(true);
    expect(articles.some((article) => twoByte(article!.text))).toBe(true);
  });
});
