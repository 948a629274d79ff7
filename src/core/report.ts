/**
 * The report of one checked article — a handout a teacher can mark up — and its Markdown and JSON
 * renderings. Pure: the CLI (`--format md|json`) and the sidebar's export buttons build the same
 * report from the same findings.
 */
import { QUOTE_CONTEXT } from './text-quote.ts';
import type { Finding, RelatedSpan, RuleId } from './types.ts';

export const REPORT_SCHEMA = 1;

/** The words on either side of a flagged span, cut to whole words. */
export interface FindingContext {
  before: string;
  exact: string;
  after: string;
}

export interface ReportFinding {
  ruleId: RuleId;
  key: string;
  messageId: string;
  start: number;
  end: number;
  context: FindingContext;
  reason: string;
  suggestions: string[];
  related: RelatedSpan[];
}

export interface ArticleReport {
  schema: typeof REPORT_SCHEMA;
  title: string;
  url: string | null;
  /** ISO 8601, UTC. */
  checkedAt: string;
  words: number;
  findingsPer1000Words: number;
  /** Every rule that ran, zeros included, in the order given. */
  counts: { ruleId: RuleId; count: number }[];
  /** Grouped by rule (in `counts` order), reading order inside a rule. */
  findings: ReportFinding[];
}

export interface ReportInput {
  title?: string | undefined;
  url?: string | undefined;
  checkedAt: Date;
  words: number;
  /** The rules that ran; a finding of a rule missing here is still reported, after them. */
  ruleIds: readonly RuleId[];
  findings: readonly Finding[];
}

/**
 * The context of a finding as a reader wants it: block boundaries end it, and a side that was
 * cut at QUOTE_CONTEXT characters (most likely inside a word) loses its partial word to an ellipsis.
 */
export function findingContext(finding: Pick<Finding, 'quote'>): FindingContext {
  const { prefix, suffix, exact } = finding.quote;
  const ownBlockBefore = prefix.split('\n\n').pop() ?? '';
  const ownBlockAfter = suffix.split('\n\n')[0] ?? '';
  let before = ownBlockBefore.replace(/\s+/g, ' ');
  let after = ownBlockAfter.replace(/\s+/g, ' ');
  if (ownBlockBefore.length === prefix.length && prefix.length >= QUOTE_CONTEXT) {
    const cut = before.indexOf(' ');
    before = `…${cut >= 0 ? before.slice(cut + 1) : ''}`;
  }
  if (ownBlockAfter.length === suffix.length && suffix.length >= QUOTE_CONTEXT) {
    const cut = after.lastIndexOf(' ');
    after = `${cut > 0 ? after.slice(0, cut) : ''}…`;
  }
  return { before, exact, after };
}

export function per1000Words(count: number, words: number): number {
  return words > 0 ? (count / words) * 1000 : 0;
}

export function buildReport(input: ReportInput): ArticleReport {
  const order = [...input.ruleIds];
  for (const finding of input.findings) if (!order.includes(finding.ruleId)) order.push(finding.ruleId);
  const rank = new Map(order.map((id, i) => [id, i]));
  const findings = [...input.findings].sort(
    (a, b) => (rank.get(a.ruleId) ?? 0) - (rank.get(b.ruleId) ?? 0) || a.span.start - b.span.start || a.span.end - b.span.end,
  );
  return {
    schema: REPORT_SCHEMA,
    title: input.title?.trim() || 'Untitled article',
    url: input.url ?? null,
    checkedAt: input.checkedAt.toISOString(),
    words: input.words,
    findingsPer1000Words: Math.round(per1000Words(findings.length, input.words) * 100) / 100,
    counts: order.map((ruleId) => ({ ruleId, count: findings.filter((f) => f.ruleId === ruleId).length })),
    findings: findings.map((finding) => ({
      ruleId: finding.ruleId,
      key: finding.key,
      messageId: finding.messageId,
      start: finding.span.start,
      end: finding.span.end,
      context: findingContext(finding),
      reason: finding.reason,
      suggestions: [...finding.suggestions],
      related: finding.related.map((related) => ({ ...related })),
    })),
  };
}

export function reportToJson(report: ArticleReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * Page text is data, not Markdown: every character that is markup inside a line (or HTML, which
 * Markdown passes through) is backslash-escaped, a leading block marker too, and line breaks
 * become spaces so a text cannot open a block of its own. Punctuation that is only markup at the
 * start of a line stays readable elsewhere ("Mr. Smith", "a well-known case").
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|~&]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([#+=-]|\d+[.)])/, (_all, space: string, marker: string) =>
      /\d/.test(marker) ? `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}` : `${space}\\${marker}`,
    );
}

/** "12 March 2026, 14:05 UTC": unambiguous on a printed handout wherever it is read. */
function readableDate(iso: string): string {
  const date = new Date(iso);
  const month = date.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  const time = iso.slice(11, 16);
  return `${date.getUTCDate()} ${month} ${date.getUTCFullYear()}, ${time} UTC`;
}

export type RuleNamer = (ruleId: RuleId) => string;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The handout: title, where and when, counts per rule, then each finding in its context with the
 * reason and the suggestion, numbered so a class can refer to "typo 2".
 */
export function reportToMarkdown(report: ArticleReport, ruleName: RuleNamer = (id) => id): string {
  const lines: string[] = [`# ${escapeMarkdown(report.title)}`, ''];
  if (report.url !== null) lines.push(`- Page: <${report.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  lines.push(`- Checked: ${readableDate(report.checkedAt)}`);
  lines.push(
    `- ${plural(report.findings.length, 'finding')} in ${plural(report.words, 'word')} ` + `(${report.findingsPer1000Words.toFixed(1)} per 1,000 words)`,
  );
  lines.push('', '| Rule | Findings |', '| --- | ---: |');
  for (const { ruleId, count } of report.counts) lines.push(`| ${escapeMarkdown(ruleName(ruleId))} | ${count} |`);
  for (const { ruleId, count } of report.counts) {
    if (count === 0) continue;
    lines.push('', `## ${escapeMarkdown(ruleName(ruleId))} (${count})`, '');
    report.findings
      .filter((finding) => finding.ruleId === ruleId)
      .forEach((finding, i) => {
        const { before, exact, after } = finding.context;
        lines.push(`${i + 1}. ${escapeMarkdown(before)}**${escapeMarkdown(exact)}**${escapeMarkdown(after)}`);
        lines.push(`   - Why: ${escapeMarkdown(finding.reason)}`);
        if (finding.suggestions.length > 0) {
          lines.push(
            `   - Suggestion: ${finding.suggestions
              .slice(0, 5)
              .map((s) => `“${escapeMarkdown(s)}”`)
              .join(', ')}`,
          );
        }
      });
  }
  if (report.findings.length === 0) lines.push('', 'Nothing to flag in this article.');
  return `${lines.join('\n')}\n`;
}
