// Getting a report out of the page: a file download and the clipboard. Both run from a click in
// the sidebar (a user gesture), so neither needs an extension permission.
import type { LanguageGuess } from '../core/language.ts';
import { buildReport, reportToJson, reportToMarkdown, type ArticleReport } from '../core/report.ts';
import { countWords } from '../core/tokenize.ts';
import type { ArticleText, Finding, RuleId } from '../core/types.ts';
import type { PartialCheck } from '../extract/types.ts';
import { RULE_METAS } from '../rules/metas.ts';

/** What the sidebar knows about the article, beyond its findings. */
export interface PageInfo {
  title: string;
  url: string;
  words: number;
  /** The language the engine's rules were checked against, as its analysis reported it. */
  language: LanguageGuess;
  /** Set when the article was too long to check in full: `words` then counts the part checked. */
  partial?: PartialCheck;
  /** Rules the engine's time budget for the page left out: they did not run. */
  cutShort?: RuleId[];
}

/** The article as the report and the quality line describe it; words counted as the CLI counts them. */
export function pageInfo(article: ArticleText, pageUrl: string, language: LanguageGuess, partial?: PartialCheck, cutShort: RuleId[] = []): PageInfo {
  return { title: article.title ?? '', url: pageUrl, words: countWords(article.text), language, partial, ...(cutShort.length > 0 && { cutShort }) };
}

export const ruleHeading = (ruleId: RuleId): string => RULE_METAS[ruleId].plural;

export function pageReport(page: PageInfo, ruleIds: readonly RuleId[], findings: readonly Finding[], checkedAt = new Date()): ArticleReport {
  return buildReport({ title: page.title, url: page.url, words: page.words, ruleIds, findings, checkedAt });
}

export const reportMarkdown = (report: ArticleReport): string => reportToMarkdown(report, ruleHeading);
export const reportJson = reportToJson;

/** "copydesk-alec-baldwin-sends-a-letter-2026-11-25.md" */
export function reportFileName(report: ArticleReport, extension: 'md' | 'json'): string {
  const slug = report.title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `copydesk-${slug || 'report'}-${report.checkedAt.slice(0, 10)}.${extension}`;
}

/** Long enough for the browser to have read the blob, whatever dialog it shows first. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Downloads `text` as a file: a Blob URL clicked through an <a download> placed inside the
 * sidebar's shadow root, so the page never sees the link.
 */
export function downloadText(container: Element, fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = container.ownerDocument.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  container.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
