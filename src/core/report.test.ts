import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import { fromBlocks, fromPlainText } from './article-text.ts';
import { countWords, tokenize } from './tokenize.ts';
import { buildReport, escapeMarkdown, findingContext, reportToJson, reportToMarkdown } from './report.ts';
import type { Rule } from './types.ts';

/** A stand-in rule with a known answer: every "teh" is a typo for "the". */
const tehRule: Rule = {
  meta: {
    id: 'typo',
    label: 'Typo',
    plural: 'Typos',
    style: { color: '#e03131', line: 'wavy' },
    description: 'teh',
    messages: { teh: 'Unknown word “{word}”: perhaps “the”' },
  },
  check(ctx) {
    for (const word of ctx.parse.words) {
      if (word.lower === 'teh') ctx.flag({ span: word, messageId: 'teh', data: { word: word.text }, suggestions: ['the'] });
    }
  },
};

const article = fromBlocks(
  [
    { kind: 'title', text: 'Council <b>votes</b> on teh budget' },
    { kind: 'paragraph', text: 'The council met on Tuesday and voted on teh budget for the coming year, after a long debate.' },
  ],
  { title: 'Council <b>votes</b> on the budget', url: 'https://news.example/council' },
);
const { findings } = analyze(article, [tehRule]);
const checkedAt = new Date('2026-03-12T14:05:00Z');
const report = buildReport({ title: article.title, url: article.url, checkedAt, words: 20, ruleIds: ['name-variant', 'typo'], findings });

describe('buildReport', () => {
  it('counts every rule that ran, zeros included, and keeps each finding with its context, reason and suggestion', () => {
    expect(report.counts).toEqual([
      { ruleId: 'name-variant', count: 0 },
      { ruleId: 'typo', count: 2 },
    ]);
    expect(report.findingsPer1000Words).toBe(100);
    expect(report.checkedAt).toBe('2026-03-12T14:05:00.000Z');
    expect(report.findings.map((f) => [f.context.exact, f.reason, f.suggestions])).toEqual([
      ['teh', 'Unknown word “teh”: perhaps “the”', ['the']],
      ['teh', 'Unknown word “teh”: perhaps “the”', ['the']],
    ]);
  });

  it('JSON is the report itself, parseable back', () => {
    expect(JSON.parse(reportToJson(report))).toEqual(report);
  });
});

describe('countWords', () => {
  it('counts the words tokenize finds, as the CLI reports them', () => {
    const seed = fromPlainText(fs.readFileSync('seeds/rust-letter.txt', 'utf8'));
    expect(countWords(seed.text)).toBe(tokenize(seed).words.length);
    expect(countWords(article.text)).toBe(tokenize(article).words.length);
  });
});

describe('findingContext', () => {
  it('stops at the block boundary and cuts a clipped side back to whole words with an ellipsis', () => {
    const second = findings[1]!;
    expect(second.quote).toEqual({ prefix: 'cil met on Tuesday and voted on ', exact: 'teh', suffix: ' budget for the coming year, aft' });
    expect(findingContext(second)).toEqual({ before: '…met on Tuesday and voted on ', exact: 'teh', after: ' budget for the coming year,…' });
  });

  it('the title finding has no text before it, and the block after it is not part of its context', () => {
    expect(findingContext(findings[0]!)).toEqual({ before: 'Council <b>votes</b> on ', exact: 'teh', after: ' budget' });
  });
});

describe('reportToMarkdown', () => {
  const markdown = reportToMarkdown(report, (id) => (id === 'typo' ? 'Typos' : 'Name variants'));

  it('is a handout: title, page, date, counts per rule, then numbered findings with why and suggestion', () => {
    expect(markdown).toBe(
      [
        '# Council \\<b\\>votes\\</b\\> on the budget',
        '',
        '- Page: <https://news.example/council>',
        '- Checked: 12 March 2026, 14:05 UTC',
        '- 2 findings in 20 words (100.0 per 1,000 words)',
        '',
        '| Rule | Findings |',
        '| --- | ---: |',
        '| Name variants | 0 |',
        '| Typos | 2 |',
        '',
        '## Typos (2)',
        '',
        '1. Council \\<b\\>votes\\</b\\> on **teh** budget',
        '   - Why: Unknown word “teh”: perhaps “the”',
        '   - Suggestion: “the”',
        '2. …met on Tuesday and voted on **teh** budget for the coming year,…',
        '   - Why: Unknown word “teh”: perhaps “the”',
        '   - Suggestion: “the”',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to flag', () => {
    const clean = reportToMarkdown(buildReport({ title: '', checkedAt, words: 100, ruleIds: ['typo'], findings: [] }));
    expect(clean).toContain('# Untitled article');
    expect(clean).toContain('- 0 findings in 100 words (0.0 per 1,000 words)');
    expect(clean).not.toContain('- Page:');
    expect(clean.trimEnd().endsWith('Nothing to flag in this article.')).toBe(true);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['*bold* and _it_ and `code`', '\\*bold\\* and \\_it\\_ and \\`code\\`'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['2020. A year', '2020\\. A year'],
    ['line\n\nbreaks', 'line breaks'],
    ['Mr. Smith, a well-known (local) figure!', 'Mr. Smith, a well-known (local) figure!'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});
