import { describe, expect, it } from 'vitest';
import quoteMismatch from '../rules/quote-mismatch/quote-mismatch.ts';
import { analyze, analyzeYielding, type Analysis } from './analyze.ts';
import { fromPlainText } from './article-text.ts';
import { fingerprint } from './text-quote.ts';
import type { Rule, RuleId } from './types.ts';

const article = fromPlainText('The council met on Tuesday. It approved the plan.');

/** A rule that only does `work` when it runs. */
const ruleThat = (id: RuleId, work: () => void): Rule => ({
  meta: { id, label: id, plural: id, style: { color: '#000000', line: 'solid' }, description: id, messages: {} },
  check: work,
});

/** A macrotask, as the engine's host yields: whatever else is queued runs first. */
const nextTask = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('the budget per page', () => {
  it('skips the rules left once the budget is spent, says which, and marks the check cut short', () => {
    const ran: RuleId[] = [];
    // Far more than tokenising a warmed-up sentence takes, so the first rule always starts.
    const budgetMs = 30;
    analyze(article, []);
    // Works past the budget (not a sleep: the clock it reads is the one the budget is counted on).
    const slow = ruleThat('agreement', () => {
      ran.push('agreement');
      const until = performance.now() + budgetMs + 1;
      while (performance.now() <= until);
    });
    const after = ['name-variant', 'typo'].map((id) => ruleThat(id as RuleId, () => ran.push(id as RuleId)));
    const analysis = analyze(article, [slow, ...after], { budgetMs });
    expect(ran).toEqual(['agreement']);
    expect(analysis.cutShort).toEqual(['name-variant', 'typo']);
    expect(analysis.skipped).toEqual([
      { ruleId: 'name-variant', reason: expect.stringMatching(/not run: .*took over 30 ms/) },
      { ruleId: 'typo', reason: expect.stringMatching(/not run/) },
    ]);
  });

  it('runs every rule when no budget is given or it is not spent', () => {
    const ran: string[] = [];
    const all = ['agreement', 'typo'].map((id) => ruleThat(id as RuleId, () => ran.push(id)));
    expect(analyze(article, all).cutShort).toEqual([]);
    expect(analyze(article, all, { budgetMs: 60_000 }).skipped).toEqual([]);
    expect(ran).toEqual(['agreement', 'typo', 'agreement', 'typo']);
  });

  it('checks a paragraph of 250,000 quotation marks well inside a page budget', () => {
    const hostile = fromPlainText(`He said ${'“'.repeat(250_000)} and left.`, { lang: 'en' });
    const englishOrNot = { ...quoteMismatch, meta: { ...quoteMismatch.meta, languages: undefined } };
    const analysis = analyze(hostile, [englishOrNot], { budgetMs: 5_000 });
    expect(analysis.cutShort).toEqual([]);
    expect(analysis.timings['quote-mismatch']).toBeLessThan(5_000);
  });
});

describe('analyzeYielding', () => {
  it("answers a second page's check while a long one is running", async () => {
    const log: string[] = [];
    let second: Promise<Analysis> | undefined;
    const short = [ruleThat('typo', () => log.push('second page: typo'))];
    const long = (['agreement', 'name-variant', 'number-inconsistency', 'quote-mismatch'] as RuleId[]).map((id, index) =>
      ruleThat(id, () => {
        log.push(`long page: ${id}`);
        // The second page's request arrives while the long page is being checked.
        if (index === 0) second = analyzeYielding(article, short, {}, nextTask).then((analysis) => (log.push('second page answered'), analysis));
      }),
    );
    await analyzeYielding(article, long, {}, nextTask);
    log.push('long page answered');
    await second;
    expect(log.indexOf('second page answered')).toBeLessThan(log.indexOf('long page: quote-mismatch'));
    expect(log.at(-1)).toBe('long page answered');
  });

  it('finds what analyze finds', async () => {
    const text = fromPlainText('“We will build it,’ the leader said.');
    expect((await analyzeYielding(text, [quoteMismatch], {}, nextTask)).findings).toEqual(analyze(text, [quoteMismatch]).findings);
  });
});

describe('finding keys', () => {
  /** Flags every "cat", in reverse text order (a rule may flag in any order). */
  const everyCat: Rule = {
    meta: { id: 'repeated-word', label: 'Cat', plural: 'Cats', style: { color: '#000000', line: 'solid' }, description: 'cats', messages: { cat: 'A cat.' } },
    check: ({ article, flag }) => {
      const starts = [...article.text.matchAll(/cat/g)].map((match) => match.index);
      for (const start of starts.reverse()) flag({ span: { start, end: start + 3 }, messageId: 'cat' });
    },
  };

  it('keeps the first key of identical passages and numbers the later ones in text order', () => {
    // The middle three cats have the same 16 characters of context on each side.
    const keys = analyze(fromPlainText('The cat sat. '.repeat(5).trim()), [everyCat]).findings.map((finding) => finding.key);
    const [first, middle, , , last] = keys;
    expect(keys).toEqual([first, middle, `${middle}~2`, `${middle}~3`, last]);
    expect(new Set([first, middle, last]).size).toBe(3);
    expect(middle).toMatch(/^repeated-word:[0-9a-f]{8}$/);
  });

  it('leaves a key that is already unique exactly as its fingerprint', () => {
    const [finding] = analyze(fromPlainText('A cat.'), [everyCat]).findings;
    expect(finding?.key).toBe(`repeated-word:${fingerprint('A \u0000cat\u0000.')}`);
  });
});
