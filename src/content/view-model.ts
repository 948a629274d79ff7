/**
 * What the page shows of an analysis, and which finding is selected. Derived from three inputs
 * only: the findings, the reader's dismissals and the reading of the page (its TextMap). The
 * findings not dismissed whose text is still on the page are placed (given live Ranges), grouped
 * by rule and put in the list's order. The derivation is kept until one of those inputs changes:
 * a key press, a status message or a part of the list drawn reuses the same placed findings, so
 * the painter can tell by identity that the rule highlights need nothing.
 */
import type { Finding, RuleId } from '../core/types.ts';
import type { ExtractedArticle } from '../extract/types.ts';
import { displayOrder, groupByRule, moveSelection, selectionAfterRemoval, type RuleGroup, type SelectionMove } from '../sidebar/findings-view.ts';
import { placeFindings, type PlacedFinding } from './highlights.ts';

/** An analysis of one reading of the page. */
export interface AnalysedPage {
  extracted: ExtractedArticle;
  findings: readonly Finding[];
  /** The rules that ran, in the order the list groups them. */
  ruleIds: RuleId[];
}

export interface FindingsView {
  /** The shown findings' live ranges; a new array only when the findings, dismissals or reading changed. */
  placed: readonly PlacedFinding[];
  groups: RuleGroup[];
  /** The shown findings in the list's order. */
  shown: readonly Finding[];
}

const EMPTY: FindingsView = { placed: [], groups: [], shown: [] };

export class FindingsViewModel {
  private page: AnalysedPage | null = null;
  private dismissed: ReadonlySet<string> = new Set();
  /** The derivation of the current inputs; null once one of them changed. */
  private derived: { view: FindingsView; byKey: ReadonlyMap<string, PlacedFinding> } | null = null;
  private selectedKey: string | null = null;

  /** A new analysis or a new reading: the selection stays if its finding is still shown. */
  load(page: AnalysedPage, dismissed: Iterable<string>): void {
    this.page = page;
    this.dismissed = new Set(dismissed);
    this.derived = null;
  }

  /** Forgets the analysis: nothing is shown or selected. */
  clear(): void {
    this.page = null;
    this.dismissed = new Set();
    this.derived = null;
    this.selectedKey = null;
  }

  get ruleIds(): RuleId[] {
    return this.page?.ruleIds ?? [];
  }

  get dismissedKeys(): string[] {
    return [...this.dismissed];
  }

  get view(): FindingsView {
    return this.derive().view;
  }

  /** A shown finding's live range. */
  placedOf(key: string): PlacedFinding | undefined {
    return this.derive().byKey.get(key);
  }

  /** The selected finding, if it is still shown. */
  get selected(): PlacedFinding | null {
    const placed = this.selectedKey === null ? undefined : this.placedOf(this.selectedKey);
    if (!placed) this.selectedKey = null;
    return placed ?? null;
  }

  /** Selects a shown finding and gives its range; null (and nothing changes) if it is not shown. */
  select(key: string): PlacedFinding | null {
    const placed = this.placedOf(key);
    if (placed) this.selectedKey = key;
    return placed ?? null;
  }

  /** The key `move` goes to from the selection, through the list's order; null on an empty list. */
  keyAfter(move: SelectionMove): string | null {
    return moveSelection(this.keys(), this.selected?.key ?? null, move);
  }

  deselect(): void {
    this.selectedKey = null;
  }

  /** Hides a finding; the selection goes on to the next one in the list (or the one before). */
  dismiss(key: string): void {
    this.selectedKey = selectionAfterRemoval(this.keys(), this.selectedKey, key);
    this.dismissed = new Set([...this.dismissed, key]);
    this.derived = null;
  }

  restore(key: string): void {
    this.dismissed = new Set([...this.dismissed].filter((dismissed) => dismissed !== key));
    this.derived = null;
  }

  private keys(): string[] {
    return this.view.shown.map((finding) => finding.key);
  }

  private derive(): { view: FindingsView; byKey: ReadonlyMap<string, PlacedFinding> } {
    if (this.derived) return this.derived;
    const { page } = this;
    if (!page) return { view: EMPTY, byKey: new Map() };
    const visible = page.findings.filter((finding) => !this.dismissed.has(finding.key));
    const placed = placeFindings(visible, page.extracted.map);
    const byKey = new Map(placed.map((finding) => [finding.key, finding]));
    const groups = groupByRule(
      visible.filter((finding) => byKey.has(finding.key)),
      page.ruleIds,
    );
    this.derived = { view: { placed, groups, shown: displayOrder(groups) }, byKey };
    return this.derived;
  }
}
