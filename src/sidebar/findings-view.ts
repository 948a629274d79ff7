/**
 * What the sidebar lists and how selection moves through it. Pure, so the keyboard behaviour
 * is tested without a browser. The list is grouped by rule (in the order the rules ran) and in
 * reading order inside a group; next/previous follow the list as displayed.
 */
import type { Finding, RuleId } from '../core/types.ts';

export interface RuleGroup {
  ruleId: RuleId;
  findings: Finding[];
}

export function groupByRule(findings: readonly Finding[], ruleOrder: readonly RuleId[]): RuleGroup[] {
  const byRule = new Map<RuleId, Finding[]>(ruleOrder.map((id) => [id, []]));
  for (const finding of findings) {
    const list = byRule.get(finding.ruleId);
    if (list) list.push(finding);
    else byRule.set(finding.ruleId, [finding]);
  }
  for (const list of byRule.values()) list.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return [...byRule].map(([ruleId, list]) => ({ ruleId, findings: list }));
}

export function displayOrder(groups: readonly RuleGroup[]): Finding[] {
  return groups.flatMap((group) => group.findings);
}

export type SelectionMove = 'next' | 'previous' | 'first' | 'last';

/** The key selected after `move`; wraps at both ends; from nothing, next = first and previous = last. */
export function moveSelection(order: readonly string[], selected: string | null, move: SelectionMove): string | null {
  if (order.length === 0) return null;
  const at = selected === null ? -1 : order.indexOf(selected);
  let index: number;
  switch (move) {
    case 'first':
      index = 0;
      break;
    case 'last':
      index = order.length - 1;
      break;
    case 'next':
      index = at === -1 ? 0 : (at + 1) % order.length;
      break;
    case 'previous':
      index = at === -1 ? order.length - 1 : (at - 1 + order.length) % order.length;
      break;
  }
  return order[index] ?? null;
}

/** Where selection goes when `removed` leaves the list: the item after it, else the one before. */
export function selectionAfterRemoval(order: readonly string[], selected: string | null, removed: string): string | null {
  if (selected !== removed) return selected !== null && order.includes(selected) ? selected : null;
  const at = order.indexOf(removed);
  if (at === -1) return null;
  return order[at + 1] ?? order[at - 1] ?? null;
}

/** The groups cut to their first `limit` findings in display order, for a list drawn a part at a time. */
export function limitGroups(groups: readonly RuleGroup[], limit: number): RuleGroup[] {
  let left = limit;
  return groups.map((group) => {
    const findings = group.findings.slice(0, Math.max(0, left));
    left -= findings.length;
    return findings.length === group.findings.length ? group : { ruleId: group.ruleId, findings };
  });
}
