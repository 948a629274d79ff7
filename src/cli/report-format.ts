// `--format md` and `--format json`: the report of src/core/report.ts for each article, and for a
// batch (a folder, several files) an index a class can start from.
import { buildReport, escapeMarkdown, reportToMarkdown, type ArticleReport } from '../core/report.ts';
import type { RuleId } from '../core/types.ts';
import { RULE_METAS } from '../rules/metas.ts';
import { formatSkipped, roundedMs } from './format.ts';
import type { PageFailure, PageResult } from './process-page.ts';

const ruleHeading = (ruleId: RuleId): string => RULE_METAS[ruleId].plural;

export function pageReport(page: PageResult, ruleIds: readonly RuleId[], checkedAt: Date): ArticleReport {
  // The counts are of the rules that ran: one skipped on this page (its language) counted nothing.
  const skipped = new Set((page.skipped ?? []).map((rule) => rule.ruleId));
  return buildReport({
    title: page.title ?? page.id,
    url: page.url,
    checkedAt,
    words: page.words,
    ruleIds: ruleIds.filter((ruleId) => !skipped.has(ruleId)),
    findings: page.findings ?? [],
  });
}

export function formatPageMarkdown(page: PageResult, ruleIds: readonly RuleId[], checkedAt: Date): string {
  const failed = (page.ruleErrors ?? []).map((error) => `\n> Rule ${error.ruleId} failed on this page: ${escapeMarkdown(error.message)}\n`);
  const skipped = formatSkipped(page);
  return reportToMarkdown(pageReport(page, ruleIds, checkedAt), ruleHeading) + failed.join('') + (skipped ? `\n> ${escapeMarkdown(skipped)}\n` : '');
}

/** Reports printed one after another are set apart by a rule. */
export const MARKDOWN_SEPARATOR = '\n---\n\n';

/** Every page's report (with the CLI's id, file and, with --timing, its time), and the files that failed. */
export function formatReportJson(pages: readonly PageResult[], failures: readonly PageFailure[], ruleIds: readonly RuleId[], checkedAt: Date): string {
  const reports = pages.map((page) => ({
    id: page.id,
    file: page.file,
    ...(page.ms === undefined ? {} : { ms: roundedMs(page.ms) }),
    ...pageReport(page, ruleIds, checkedAt),
    ...(page.ruleErrors ? { ruleErrors: page.ruleErrors } : {}),
    ...(page.language ? { language: page.language } : {}),
    ...(page.skipped ? { skipped: page.skipped } : {}),
  }));
  return `${JSON.stringify({ checkedAt: checkedAt.toISOString(), pages: reports, failures }, null, 2)}\n`;
}

/** A file name for each page id ("bbc-1#clean" → "bbc-1-clean.md"), unique within the batch. */
export class ReportFileNamer {
  private readonly used = new Set<string>(['index.md']);

  name(id: string): string {
    const base = id.replace(/[^\w.-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'article';
    let name = `${base}.md`;
    for (let n = 2; this.used.has(name.toLowerCase()); n++) name = `${base}-${n}.md`;
    this.used.add(name.toLowerCase());
    return name;
  }
}

export interface IndexEntry {
  file: string;
  page: PageResult;
}

/** index.md: one row per article in input order, linked to its report; files that failed listed after. */
export function formatIndex(entries: readonly IndexEntry[], failures: readonly PageFailure[], ruleIds: readonly RuleId[], checkedAt: Date): string {
  const lines = [
    '# Copydesk reports',
    '',
    `${entries.length} ${entries.length === 1 ? 'article' : 'articles'} checked on ${checkedAt.toISOString().slice(0, 10)}.`,
    '',
  ];
  lines.push('| Article | Words | Findings | Per 1,000 words |', '| --- | ---: | ---: | ---: |');
  for (const { file, page } of entries) {
    const report = pageReport(page, ruleIds, checkedAt);
    lines.push(
      `| [${escapeMarkdown(report.title)}](${encodeURI(file)}) | ${report.words} | ${report.findings.length} | ${report.findingsPer1000Words.toFixed(1)} |`,
    );
  }
  if (failures.length > 0) {
    lines.push('', '## Not checked', '');
    for (const failure of failures) lines.push(`- ${escapeMarkdown(failure.file)}: ${escapeMarkdown(failure.error)}`);
  }
  return `${lines.join('\n')}\n`;
}
