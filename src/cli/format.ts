import type { Finding } from '../core/types.ts';
import type { PageFailure, PageResult } from './process-page.ts';

export interface Style {
  emphasis(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const ANSI: Style = {
  emphasis: (text) => `\x1b[1;4;31m${text}\x1b[0m`,
  dim: (text) => `\x1b[2m${text}\x1b[0m`,
  bold: (text) => `\x1b[1m${text}\x1b[0m`,
};

/** Without colour the span is marked with brackets, so the output still says where it is. */
const PLAIN: Style = {
  emphasis: (text) => `[[${text}]]`,
  dim: (text) => text,
  bold: (text) => text,
};

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function pickStyle(isTTY: boolean, env: NodeJS.ProcessEnv): Style {
  return isTTY && !env.NO_COLOR ? ANSI : PLAIN;
}

/** The finding in its line: context up to the block boundaries within the quote's 32 characters. */
function contextLine(finding: Finding, style: Style): string {
  const before = finding.quote.prefix.split('\n\n').pop() ?? '';
  const after = finding.quote.suffix.split('\n\n')[0] ?? '';
  const lead = before.length === finding.quote.prefix.length && finding.span.start > before.length ? '…' : '';
  const tail = after.length === finding.quote.suffix.length && after.length === 32 ? '…' : '';
  return `${lead}${before}${style.emphasis(finding.quote.exact)}${after}${tail}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Human-readable report of one page: findings grouped by rule, each with context, reason and suggestions. */
export function formatPageText(page: PageResult, style: Style): string {
  const findings = page.findings ?? [];
  const lines = [style.bold(`${page.file}`) + style.dim(` (${page.id}): ${plural(findings.length, 'finding')} in ${plural(page.words, 'word')}`)];
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byRule.get(finding.ruleId);
    if (list) list.push(finding);
    else byRule.set(finding.ruleId, [finding]);
  }
  for (const [ruleId, list] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${style.bold(ruleId)} (${list.length})`);
    for (const finding of list) {
      lines.push(`    ${style.dim(`@${finding.span.start}`)} ${contextLine(finding, style)}`);
      lines.push(`      ${finding.reason}`);
      if (finding.suggestions.length > 0) lines.push(`      → ${finding.suggestions.slice(0, 5).join(', ')}`);
    }
  }
  for (const error of page.ruleErrors ?? []) lines.push(`  rule ${error.ruleId} failed: ${error.message}`);
  const skippedLine = formatSkipped(page);
  if (skippedLine) lines.push(`  ${skippedLine}`);
  return lines.join('\n') + '\n';
}

/** "not checked: typo, name-variant (checks English only; this text is in French)", or null. */
export function formatSkipped(page: PageResult): string | null {
  const skipped = page.skipped ?? [];
  if (skipped.length === 0) return null;
  const byReason = new Map<string, string[]>();
  for (const { ruleId, reason } of skipped) byReason.set(reason, [...(byReason.get(reason) ?? []), ruleId]);
  return `not checked: ${[...byReason].map(([reason, ids]) => `${ids.join(', ')} (${reason})`).join('; ')}`;
}

export function formatExtractText(page: PageResult, style: Style): string {
  return `${style.bold(`== ${page.file}`)}${style.dim(` (${page.id}, ${plural(page.words, 'word')})`)}\n${page.text ?? ''}\n`;
}

/** The closing line of a text report. */
export function formatSummary(pages: readonly PageResult[], failures: readonly PageFailure[]): string {
  const counts = new Map<string, number>();
  let total = 0;
  let words = 0;
  for (const page of pages) {
    words += page.words;
    for (const finding of page.findings ?? []) {
      counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
      total++;
    }
  }
  const perRule = [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, n]) => `${id} ${n}`)
    .join(', ');
  const failed = failures.length > 0 ? `; ${plural(failures.length, 'file')} failed` : '';
  return `${plural(total, 'finding')}${perRule ? ` (${perRule})` : ''} in ${plural(pages.length, 'file')}, ${plural(words, 'word')}${failed}\n`;
}

/** A page's time to the microsecond, as jsonl and json give it. */
export const roundedMs = (ms: number): number => Math.round(ms * 1000) / 1000;

/** The corpus predictions line (../shared/corpus/README.md): category = rule id. */
export function formatPageJsonl(page: PageResult): string {
  return (
    JSON.stringify({
      id: page.id,
      file: page.file,
      words: page.words,
      ...(page.ms === undefined ? {} : { ms: roundedMs(page.ms) }),
      // Only when it changed what ran, so an English page's line keeps the shape the scorer reads.
      ...(page.skipped ? { language: page.language?.lang, skipped: page.skipped } : {}),
      flags: (page.findings ?? []).map((f) => ({
        category: f.ruleId,
        exact: f.quote.exact,
        prefix: f.quote.prefix,
        suffix: f.quote.suffix,
        start: f.span.start,
        end: f.span.end,
        reason: f.reason,
        suggestions: f.suggestions,
      })),
    }) + '\n'
  );
}

export function formatExtractJsonl(page: PageResult): string {
  return JSON.stringify({ id: page.id, file: page.file, words: page.words, text: page.text ?? '' }) + '\n';
}
