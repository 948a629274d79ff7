/**
 * Practice mode's marking: the student's marked spans against Copydesk's findings. A mark catches
 * a finding when they share at least one character; each mark counts for one finding at most and
 * each finding is caught once, paired by the largest overlap first, so marking a whole paragraph
 * catches one finding, not every finding in it. Pure, so the scoring is unit-tested.
 */
import type { Finding, RuleId, Span } from '../core/types.ts';

export interface PracticeMark extends Span {
  exact: string;
}

export interface RuleScore {
  ruleId: RuleId;
  caught: number;
  total: number;
}

/** What the sidebar shows in practice mode. */
export interface PracticeView {
  marks: readonly PracticeMark[];
  /** Null until the student reveals Copydesk's findings. */
  result: PracticeResult | null;
}

export interface PracticeResult {
  /** Findings the student marked, with the mark that caught each. */
  caught: { finding: Finding; mark: PracticeMark }[];
  /** Findings the student did not mark. */
  missed: Finding[];
  /** Marks that match no finding: what the student flagged and Copydesk did not. */
  extra: PracticeMark[];
  /** Every rule that ran (zeros included), then any other rule with findings. */
  perRule: RuleScore[];
  overall: { caught: number; total: number };
}

function overlap(a: Span, b: Span): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

export function scorePractice(marks: readonly PracticeMark[], findings: readonly Finding[], ruleIds: readonly RuleId[]): PracticeResult {
  const pairs: { mark: number; finding: number; shared: number }[] = [];
  marks.forEach((mark, m) =>
    findings.forEach((finding, f) => {
      const shared = overlap(mark, finding.span);
      if (shared > 0) pairs.push({ mark: m, finding: f, shared });
    }),
  );
  pairs.sort((a, b) => b.shared - a.shared || a.finding - b.finding || a.mark - b.mark);
  const markOf = new Map<number, number>();
  const usedMarks = new Set<number>();
  for (const pair of pairs) {
    if (markOf.has(pair.finding) || usedMarks.has(pair.mark)) continue;
    markOf.set(pair.finding, pair.mark);
    usedMarks.add(pair.mark);
  }

  const order = [...ruleIds];
  for (const finding of findings) if (!order.includes(finding.ruleId)) order.push(finding.ruleId);
  const perRule = order.map((ruleId) => {
    const ofRule = findings.map((finding, f) => ({ finding, f })).filter(({ finding }) => finding.ruleId === ruleId);
    return { ruleId, caught: ofRule.filter(({ f }) => markOf.has(f)).length, total: ofRule.length };
  });
  return {
    caught: findings.flatMap((finding, f) => (markOf.has(f) ? [{ finding, mark: marks[markOf.get(f)!] as PracticeMark }] : [])),
    missed: findings.filter((_, f) => !markOf.has(f)),
    extra: marks.filter((_, m) => !usedMarks.has(m)),
    perRule,
    overall: { caught: markOf.size, total: findings.length },
  };
}
