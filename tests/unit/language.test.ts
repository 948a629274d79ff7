// Other languages through the whole engine: pages in French, German, Spanish and Russian get no
// finding from a rule written for English, an English page quoting foreign phrases gets none on
// them, and every dev-corpus page (injected and clean) still reads as English.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_PAGES as PAGES, corpusPageIds } from '../helpers/shared-corpus.ts';
import { analyze } from '../../src/core/analyze.ts';
import { fromPlainText } from '../../src/core/article-text.ts';
import { detectLanguage } from '../../src/core/language.ts';
import { formatPageJsonl, formatPageText, pickStyle } from '../../src/cli/format.ts';
import { formatPageMarkdown, formatReportJson } from '../../src/cli/report-format.ts';
import { isFailure, processPage } from '../../src/cli/process-page.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { parseHtml } from '../../src/extract/parse-html.ts';
import { rules } from '../../src/rules/index.ts';
import { lexicon } from '../helpers/lexicon.ts';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/lang');
const fixture = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const ENGLISH_ONLY = rules.filter((rule) => rule.meta.languages !== undefined).map((rule) => rule.meta.id);
const ANY_LANGUAGE = rules.filter((rule) => rule.meta.languages === undefined).map((rule) => rule.meta.id);

describe('a page in another language', () => {
  it('the rules that assume English grammar or word lists say so in their meta', () => {
    expect(ENGLISH_ONLY).toEqual(expect.arrayContaining(['typo', 'name-variant', 'spun-phrase', 'agreement']));
    // An empty list would silence a rule everywhere.
    for (const rule of rules) if (rule.meta.languages) expect(rule.meta.languages.length).toBeGreaterThan(0);
  });

  it.each(['fr.txt', 'de.txt', 'es.txt', 'ru.txt'])('%s: no English-only rule runs, each is listed as skipped with why', (file) => {
    // Pages often declare the wrong language: the text decides.
    const analysis = analyze(fromPlainText(fixture(file), { lang: 'en' }), rules, { lexicon });
    expect(analysis.language.supported).toBe(false);
    expect(analysis.findings.filter((finding) => ENGLISH_ONLY.includes(finding.ruleId))).toEqual([]);
    expect(analysis.skipped.map((skip) => skip.ruleId).sort()).toEqual([...ENGLISH_ONLY].sort());
    for (const skip of analysis.skipped) expect(skip.reason).toBe(`checks English only; this text is in ${analysis.language.name}`);
    expect(Object.keys(analysis.timings)).toEqual(expect.arrayContaining(['language', ...ANY_LANGUAGE]));
  });

  it('the rules that do not depend on a language still run: a pasted-twice paragraph of French is caught', () => {
    const [title, first, second, ...rest] = fixture('fr.txt').split('\n\n');
    const doubled = [title, first, second, second, ...rest].join('\n\n');
    const analysis = analyze(fromPlainText(doubled), rules, { lexicon });
    expect(analysis.findings.map((finding) => finding.ruleId)).toContain('repeated-passage');
  });

  it('--rules typo on a French page: nothing runs, and the skip is reported', () => {
    const analysis = analyze(fromPlainText(fixture('fr.txt')), rules, { only: ['typo'], lexicon });
    expect(analysis.findings).toEqual([]);
    expect(analysis.skipped).toEqual([{ ruleId: 'typo', reason: 'checks English only; this text is in French' }]);
  });
});

describe('an English article quoting other languages', () => {
  const mixed = fixture('en-mixed.txt');

  it('flags nothing in “joie de vivre”, ‘on ne mange pas…’ or a Spanish sentence', () => {
    const analysis = analyze(fromPlainText(mixed, { lang: 'en' }), rules, { lexicon });
    expect(analysis.language.lang).toBe('en');
    expect(analysis.skipped).toEqual([]);
    expect(analysis.findings.map((finding) => `${finding.ruleId}: ${finding.quote.exact}`)).toEqual([]);
  });

  it('still flags a typo in its English, and one inside an English quotation', () => {
    const withTypos = mixed.replace('a regional award', 'a regoinal award').replace('“Small is the point,”', '“Smal is the point,”');
    const flagged = analyze(fromPlainText(withTypos), rules, { lexicon }).findings.map((finding) => finding.quote.exact);
    expect(flagged).toEqual(expect.arrayContaining(['regoinal', 'Smal']));
  });
});

const ids = corpusPageIds();

describe.skipIf(ids.length === 0)('dev corpus', () => {
  it('every page, injected and clean, reads as English from its text', () => {
    const notEnglish: string[] = [];
    let checked = 0;
    for (const id of ids) {
      for (const file of ['page.html', 'clean.html']) {
        const article = extractArticle(parseHtml(fs.readFileSync(path.join(PAGES, id, file), 'utf8')))?.article;
        if (!article) continue;
        checked++;
        // Without the page's lang attribute too: the text alone must say English.
        const guess = detectLanguage(article.text);
        if (guess.lang !== 'en' || guess.source !== 'text' || guess.confidence < 0.7) notEnglish.push(`${id}/${file}: ${JSON.stringify(guess)}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(notEnglish).toEqual([]);
  });
});

describe('the CLI says which rules did not run on a page', () => {
  const job = { id: 'fr', file: path.join(FIXTURES, 'fr.txt') };
  const outcome = processPage({ job, command: 'analyze', rules: null });
  if (isFailure(outcome)) throw new Error(outcome.error);

  it('text: one line naming the rules and the language', () => {
    const text = formatPageText(outcome, pickStyle(false, {}));
    expect(text).toMatch(/^ {2}not checked: agreement, name-variant, .*typo \(checks English only; this text is in French\)$/m);
  });

  it('jsonl: the language and the skipped rules, beside the flags', () => {
    const line = JSON.parse(formatPageJsonl(outcome)) as { language: string; skipped: { ruleId: string }[]; flags: { category: string }[] };
    expect(line.language).toBe('fr');
    expect(line.skipped.map((skip) => skip.ruleId)).toContain('typo');
    expect(line.flags.filter((flag) => flag.category === 'typo')).toEqual([]);
  });

  it('json and Markdown reports: the language, and counts only for the rules that ran', () => {
    const ruleIds = rules.map((rule) => rule.meta.id);
    const report = JSON.parse(formatReportJson([outcome], [], ruleIds, new Date(0))) as {
      pages: { language: { lang: string; name: string }; counts: { ruleId: string }[] }[];
    };
    expect(report.pages[0]?.language).toEqual({ lang: 'fr', name: 'French' });
    expect(report.pages[0]?.counts.map((count) => count.ruleId)).toEqual(ANY_LANGUAGE);
    expect(formatPageMarkdown(outcome, ruleIds, new Date(0))).toContain('this text is in French');
  });

  it('an English page has its language and no skip line', () => {
    const english = processPage({ job: { id: 'en', file: path.join(FIXTURES, 'en-mixed.txt') }, command: 'analyze', rules: null });
    if (isFailure(english)) throw new Error(english.error);
    expect(english.language).toEqual({ lang: 'en', name: 'English' });
    expect(english.skipped).toBeUndefined();
    expect(formatPageText(english, pickStyle(false, {}))).not.toContain('not checked');
  });
});
