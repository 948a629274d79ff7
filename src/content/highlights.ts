/**
 * Painting findings onto the live page. With the CSS Custom Highlight API the article's DOM is
 * never touched: one Highlight per rule, registered under `copydesk-<rule-id>`, plus
 * `copydesk-selected` and `copydesk-flash`. Without it, text is wrapped in <copydesk-mark>
 * elements that `clear()` removes again. Either way we keep our own record of what we
 * registered: Firefox content scripts cannot iterate `CSS.highlights`.
 */
import type { Finding, RuleId, Span } from '../core/types.ts';
import { sameVisibleText } from '../extract/text-map.ts';
import type { TextMap } from '../extract/types.ts';
import { FLASH_HIGHLIGHT, highlightName, SELECTED_HIGHLIGHT } from '../shared/rule-styles.ts';
import { MARK_TAG } from './page-style.ts';

export interface PlacedFinding {
  key: string;
  ruleId: RuleId;
  range: Range;
}

export type MarkKind = 'flash' | 'selected';

export interface Painter {
  /** Paints exactly these findings, replacing whatever was painted before. */
  paint(placed: readonly PlacedFinding[]): void;
  /** Shows the selected or flashed span; null removes it. `key` names a painted finding, if it is one. */
  mark(kind: MarkKind, target: { range: Range; key?: string } | null): void;
  /** The finding keys painted under a clicked element, when the painter can tell from the DOM. */
  keysAt(target: EventTarget | null): string[] | null;
  /** Removes everything this painter added. */
  clear(): void;
}

/**
 * A live Range for the span if the page still shows the same text there; null otherwise, so a
 * finding on text that changed since the analysis is not painted (fail closed).
 */
export function rangeFor(map: TextMap, span: Span, exact: string): Range | null {
  const range = map.toRange(span);
  if (!range) return null;
  return sameVisibleText(range.toString(), exact) ? range : null;
}

export function placeFindings(findings: readonly Finding[], map: TextMap): PlacedFinding[] {
  const placed: PlacedFinding[] = [];
  for (const finding of findings) {
    const range = rangeFor(map, finding.span, finding.quote.exact);
    if (range) placed.push({ key: finding.key, ruleId: finding.ruleId, range });
  }
  return placed;
}

/** The parts of `CSS.highlights` we use, so tests can pass a fake. */
export interface HighlightRegistryLike {
  set(name: string, highlight: Highlight): unknown;
  delete(name: string): boolean;
}

export type HighlightFactory = (ranges: Range[], priority: number) => Highlight;

const MARK_PRIORITY: Record<MarkKind, number> = { selected: 1, flash: 2 };
const MARK_NAME: Record<MarkKind, string> = { selected: SELECTED_HIGHLIGHT, flash: FLASH_HIGHLIGHT };
const isMarkName = (name: string): boolean => name === SELECTED_HIGHLIGHT || name === FLASH_HIGHLIGHT;

export class HighlightPainter implements Painter {
  /** Every name we registered; the registry itself may not be iterable (Firefox). */
  private readonly registered = new Set<string>();

  constructor(
    private readonly registry: HighlightRegistryLike,
    private readonly createHighlight: HighlightFactory,
  ) {}

  paint(placed: readonly PlacedFinding[]): void {
    const byRule = new Map<RuleId, Range[]>();
    for (const { ruleId, range } of placed) {
      const ranges = byRule.get(ruleId);
      if (ranges) ranges.push(range);
      else byRule.set(ruleId, [range]);
    }
    const wanted = new Set([...byRule.keys()].map(highlightName));
    for (const name of [...this.registered]) {
      if (!isMarkName(name) && !wanted.has(name)) this.unregister(name);
    }
    for (const [ruleId, ranges] of byRule) this.register(highlightName(ruleId), this.createHighlight(ranges, 0));
  }

  mark(kind: MarkKind, target: { range: Range } | null): void {
    const name = MARK_NAME[kind];
    if (target) this.register(name, this.createHighlight([target.range], MARK_PRIORITY[kind]));
    else this.unregister(name);
  }

  keysAt(): null {
    return null;
  }

  clear(): void {
    for (const name of [...this.registered]) this.unregister(name);
  }

  private register(name: string, highlight: Highlight): void {
    this.registry.set(name, highlight);
    this.registered.add(name);
  }

  private unregister(name: string): void {
    this.registry.delete(name);
    this.registered.delete(name);
  }
}

interface Piece {
  node: Text;
  start: number;
  end: number;
}

function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === Node.TEXT_NODE) return [root as Text];
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) nodes.push(node as Text);
  }
  return nodes;
}

/** The non-blank text-node pieces a range covers (blank ones sit between blocks or list items). */
function piecesOf(range: Range): Piece[] {
  const pieces: Piece[] = [];
  for (const node of textNodesIn(range)) {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end > start && node.data.slice(start, end).trim() !== '') pieces.push({ node, start, end });
  }
  return pieces;
}

/**
 * The fallback: wraps each covered run of text in a <copydesk-mark> carrying the rule and the
 * finding keys. All pieces are collected before the DOM changes, and each text node is cut at
 * every boundary at once, so overlapping findings cannot invalidate each other's offsets.
 */
export class WrapperPainter implements Painter {
  private marks: HTMLElement[] = [];

  constructor(private readonly doc: Document) {}

  paint(placed: readonly PlacedFinding[]): void {
    this.clear();
    const byNode = new Map<Text, { start: number; end: number; key: string; ruleId: RuleId }[]>();
    for (const finding of placed) {
      for (const piece of piecesOf(finding.range)) {
        const list = byNode.get(piece.node) ?? [];
        list.push({ start: piece.start, end: piece.end, key: finding.key, ruleId: finding.ruleId });
        byNode.set(piece.node, list);
      }
    }
    for (const [node, covers] of byNode) {
      const cuts = [...new Set(covers.flatMap((c) => [c.start, c.end]).concat(0, node.data.length))].sort((a, b) => a - b);
      // Cut from the end so the offsets still to be cut stay valid in `node`.
      const segments: { text: Text; start: number; end: number }[] = [];
      for (let i = cuts.length - 2; i >= 0; i--) {
        const start = cuts[i] as number;
        const end = cuts[i + 1] as number;
        const text = start === 0 ? node : node.splitText(start);
        segments.unshift({ text, start, end });
      }
      for (const segment of segments) {
        const over = covers.filter((c) => c.start <= segment.start && c.end >= segment.end);
        if (over.length === 0) continue;
        // The innermost (shortest) finding decides the look: a word inside a passage shows as the word.
        over.sort((a, b) => a.end - a.start - (b.end - b.start));
        const mark = this.doc.createElement(MARK_TAG);
        mark.dataset.rule = (over[0] as { ruleId: RuleId }).ruleId;
        mark.dataset.keys = over.map((c) => c.key).join(' ');
        segment.text.replaceWith(mark);
        mark.append(segment.text);
        this.marks.push(mark);
      }
    }
  }

  mark(kind: MarkKind, target: { range: Range; key?: string } | null): void {
    const attribute = kind === 'flash' ? 'data-flash' : 'data-selected';
    for (const mark of this.marks) {
      const on = target?.key !== undefined && (mark.dataset.keys ?? '').split(' ').includes(target.key);
      mark.toggleAttribute(attribute, on);
    }
  }

  keysAt(target: EventTarget | null): string[] | null {
    const element = target instanceof Element ? target.closest(MARK_TAG) : null;
    return element instanceof HTMLElement ? (element.dataset.keys ?? '').split(' ').filter(Boolean) : [];
  }

  clear(): void {
    const parents = new Set<Node>();
    for (const mark of this.marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      mark.replaceWith(...mark.childNodes);
      parents.add(parent);
    }
    // Splitting left neighbouring text nodes; merging them restores the page's own nodes.
    for (const parent of parents) parent.normalize();
    this.marks = [];
  }
}

export function createPainter(doc: Document): Painter {
  const view = doc.defaultView;
  if (view && typeof view.Highlight === 'function' && view.CSS?.highlights) {
    const HighlightClass = view.Highlight;
    return new HighlightPainter(view.CSS.highlights, (ranges, priority) => {
      const highlight = new HighlightClass(...ranges);
      highlight.priority = priority;
      return highlight;
    });
  }
  return new WrapperPainter(doc);
}

/** How long a finding jumped to stays flashed. */
const FLASH_MS = 1200;

/**
 * The page's highlights, painted through `painter` only where they changed: the rule highlights
 * again only when the placed findings are another list (the view model derives a new one only
 * when the findings, dismissals or reading change), the selected mark alone when only the
 * selection moved.
 */
export class PageHighlights {
  /** What was painted last; null after clear(), when nothing is. */
  private painted: { placed: readonly PlacedFinding[]; selected: PlacedFinding | null } | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly painter: Painter) {}

  show(placed: readonly PlacedFinding[], selected: PlacedFinding | null): void {
    if (placed !== this.painted?.placed) this.painter.paint(placed);
    else if (selected === this.painted.selected) return;
    // A repaint may have taken the selection's mark with it (the fallback's marks are new elements).
    this.painter.mark('selected', selected);
    this.painted = { placed, selected };
  }

  /** Moves the selected mark alone, the rule highlights left as they are. */
  select(selected: PlacedFinding | null): void {
    this.painter.mark('selected', selected);
    if (this.painted) this.painted = { ...this.painted, selected };
  }

  /** Flashes a span for a moment: where a jump landed. */
  flash(target: { range: Range; key?: string }): void {
    clearTimeout(this.flashTimer);
    this.painter.mark('flash', target);
    this.flashTimer = setTimeout(() => this.painter.mark('flash', null), FLASH_MS);
  }

  keysAt(target: EventTarget | null): string[] | null {
    return this.painter.keysAt(target);
  }

  /** Takes every highlight and mark off the page. */
  clear(): void {
    clearTimeout(this.flashTimer);
    this.painter.clear();
    this.painted = null;
  }
}
