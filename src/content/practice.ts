/**
 * Practice mode on the page: Copydesk's highlights and list are hidden while the student selects
 * what they think is wrong; each selection becomes an article span (TextMap.toOffset) painted as
 * the `copydesk-practice` highlight; "reveal" scores the marks against the findings. The session
 * owns the findings and asks this object what to show.
 */
import type { Finding, RuleId, Span } from '../core/types.ts';
import type { TextMap } from '../extract/types.ts';
import { scorePractice, type PracticeMark, type PracticeResult, type PracticeView } from '../sidebar/practice-score.ts';

export const PRACTICE_HIGHLIGHT = 'copydesk-practice';
const STYLE_ID = 'copydesk-practice-style';
const PRACTICE_CSS = `::highlight(${PRACTICE_HIGHLIGHT}) { background-color: rgba(250, 176, 5, 0.45); color: inherit; }`;

/** The article span a DOM range covers: from its first to its last text inside the article. */
export function articleSpan(range: Range, map: TextMap): Span | null {
  const root = range.commonAncestorContainer;
  const texts: Text[] = [];
  if (root.nodeType === Node.TEXT_NODE) texts.push(root as Text);
  else {
    const walker = (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (range.intersectsNode(node)) texts.push(node as Text);
  }
  let start: number | null = null;
  let end: number | null = null;
  for (const text of texts) {
    const from = map.toOffset(text, text === range.startContainer ? range.startOffset : 0);
    const to = map.toOffset(text, text === range.endContainer ? range.endOffset : text.length);
    if (from !== null && start === null) start = from;
    if (to !== null) end = to;
  }
  return start !== null && end !== null && end > start ? { start, end } : null;
}

/** The span without the white space a selection picks up at its ends (a double-clicked word's trailing space). */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}

export class PracticeMode {
  private marks: PracticeMark[] = [];
  private result: PracticeResult | null = null;
  private on = false;

  constructor(private readonly doc: Document) {}

  get active(): boolean {
    return this.on;
  }

  /** Before the reveal, nothing may give Copydesk's answers away: no highlights, no list, no counts. */
  get hidesFindings(): boolean {
    return this.on && this.result === null;
  }

  view(): PracticeView | null {
    return this.on ? { marks: this.marks, result: this.result } : null;
  }

  start(): void {
    this.stop();
    this.on = true;
    if (!this.doc.getElementById(STYLE_ID)) {
      const style = this.doc.createElement('style');
      style.id = STYLE_ID;
      style.textContent = PRACTICE_CSS;
      (this.doc.head ?? this.doc.documentElement).append(style);
    }
  }

  /** Leaves practice mode and takes its marks and style off the page. */
  stop(): void {
    this.on = false;
    this.marks = [];
    this.result = null;
    if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(PRACTICE_HIGHLIGHT);
    this.doc.getElementById(STYLE_ID)?.remove();
  }

  /** Adds the page's current selection as a mark; returns what to tell the student. */
  markSelection(map: TextMap, text: string): string {
    const selection = this.doc.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return 'Select a word or phrase in the article first.';
    const span = articleSpan(selection.getRangeAt(0), map);
    const trimmed = span && trimSpan(text, span);
    if (!trimmed || trimmed.end <= trimmed.start) return 'That selection is not in the article text.';
    const exact = text.slice(trimmed.start, trimmed.end);
    selection.removeAllRanges();
    if (this.marks.some((mark) => mark.start === trimmed.start && mark.end === trimmed.end)) return `“${exact}” is already marked.`;
    this.marks = [...this.marks, { ...trimmed, exact }].sort((a, b) => a.start - b.start || a.end - b.end);
    this.paint(map);
    return `Marked “${exact}”.`;
  }

  removeMark(index: number, map: TextMap): void {
    this.marks = this.marks.filter((_, i) => i !== index);
    this.paint(map);
  }

  reveal(findings: readonly Finding[], ruleIds: readonly RuleId[]): PracticeResult {
    this.result = scorePractice(this.marks, findings, ruleIds);
    return this.result;
  }

  /** The marks as one highlight. Without the Highlight API they are listed in the sidebar only. */
  paint(map: TextMap): void {
    if (!this.on || typeof Highlight === 'undefined' || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const ranges = this.marks.map((mark) => map.toRange(mark)).filter((range): range is Range => range !== null);
    CSS.highlights.set(PRACTICE_HIGHLIGHT, new Highlight(...ranges));
  }
}
