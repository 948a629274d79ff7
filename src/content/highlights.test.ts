// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Finding, RuleId, Span } from '../core/types.ts';
import type { TextMap } from '../extract/types.ts';
import { HighlightPainter, placeFindings, WrapperPainter, type PlacedFinding } from './highlights.ts';

/** Offsets over the text nodes of one element, concatenated as they are. */
function textMapOf(root: Element): TextMap & { text: string } {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const starts = nodes.reduce<number[]>((acc, node, i) => [...acc, i === 0 ? 0 : (acc[i - 1] as number) + (nodes[i - 1] as Text).data.length], []);
  const locate = (offset: number, end: boolean): [Text, number] => {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const start = starts[i] as number;
      if (offset > start || (offset === start && !end)) return [nodes[i] as Text, offset - start];
    }
    return [nodes[0] as Text, 0];
  };
  return {
    text: nodes.map((node) => node.data).join(''),
    toRange(span: Span) {
      const range = document.createRange();
      range.setStart(...locate(span.start, false));
      range.setEnd(...locate(span.end, true));
      return range;
    },
    toOffset(node: Node, offset: number) {
      const i = nodes.indexOf(node as Text);
      return i === -1 ? null : (starts[i] as number) + offset;
    },
  };
}

function findingFor(text: string, exact: string, ruleId: RuleId, from = 0): Finding {
  const start = text.indexOf(exact, from);
  return {
    ruleId,
    messageId: 'm',
    data: {},
    span: { start, end: start + exact.length },
    quote: { exact, prefix: '', suffix: '' },
    reason: '',
    suggestions: [],
    related: [],
    url: '',
    key: `${ruleId}:${start}`,
  };
}

const ARTICLE = '<p>Halyna <b>Houtchins</b> was the the cinematographer.</p><p>Hutchins died.</p>';

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = `<article>${ARTICLE}</article>`;
  root = document.querySelector('article') as HTMLElement;
});

describe('placeFindings', () => {
  it('places findings whose text still matches and drops the rest (fail closed)', () => {
    const map = textMapOf(root);
    const good = findingFor(map.text, 'Houtchins', 'name-variant');
    const stale = { ...findingFor(map.text, 'the the', 'repeated-word'), quote: { exact: 'a a', prefix: '', suffix: '' } };
    const placed = placeFindings([good, stale], map);
    expect(placed.map((p) => [p.key, p.range.toString()])).toEqual([[good.key, 'Houtchins']]);
  });
});

describe('HighlightPainter', () => {
  class FakeHighlight {
    priority = 0;
    readonly ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  }

  function setup() {
    const registry = new Map<string, FakeHighlight>();
    const painter = new HighlightPainter(registry as unknown as Map<string, Highlight>, (ranges, priority) => {
      const highlight = new FakeHighlight(...ranges);
      highlight.priority = priority;
      return highlight as unknown as Highlight;
    });
    const map = textMapOf(root);
    const placed = (exact: string, ruleId: RuleId): PlacedFinding => {
      const finding = findingFor(map.text, exact, ruleId);
      return { key: finding.key, ruleId, range: map.toRange(finding.span) as Range };
    };
    return { registry, painter, placed };
  }

  const texts = (h: FakeHighlight | undefined) => h?.ranges.map((r) => r.toString());

  it('registers one highlight per rule holding one range per finding, and leaves the DOM alone', () => {
    const { registry, painter, placed } = setup();
    painter.paint([placed('Houtchins', 'name-variant'), placed('Hutchins', 'name-variant'), placed('the the', 'repeated-word')]);
    expect([...registry.keys()].sort()).toEqual(['copydesk-name-variant', 'copydesk-repeated-word']);
    expect(texts(registry.get('copydesk-name-variant'))).toEqual(['Houtchins', 'Hutchins']);
    expect(root.innerHTML).toBe(ARTICLE);
  });

  it('repainting drops rules that have nothing left, and clear() removes only its own names', () => {
    const { registry, painter, placed } = setup();
    const foreign = new FakeHighlight();
    registry.set('page-own-highlight', foreign);
    painter.paint([placed('Houtchins', 'name-variant'), placed('the the', 'repeated-word')]);
    painter.mark('selected', placed('Houtchins', 'name-variant'));
    painter.paint([placed('the the', 'repeated-word')]);
    expect([...registry.keys()].sort()).toEqual(['copydesk-repeated-word', 'copydesk-selected', 'page-own-highlight']);
    painter.clear();
    expect([...registry.keys()]).toEqual(['page-own-highlight']);
  });

  it('draws flash above selection above the rules', () => {
    const { registry, painter, placed } = setup();
    painter.paint([placed('Houtchins', 'name-variant')]);
    painter.mark('selected', placed('Houtchins', 'name-variant'));
    painter.mark('flash', placed('Hutchins', 'name-variant'));
    const priority = (name: string) => registry.get(name)?.priority;
    expect(priority('copydesk-flash')).toBeGreaterThan(priority('copydesk-selected') as number);
    expect(priority('copydesk-selected')).toBeGreaterThan(priority('copydesk-name-variant') as number);
    expect(texts(registry.get('copydesk-flash'))).toEqual(['Hutchins']);
    painter.mark('flash', null);
    expect(registry.has('copydesk-flash')).toBe(false);
  });
});

describe('WrapperPainter (no Highlight API)', () => {
  it('wraps each finding, nests overlaps into one mark per run, and restores the article exactly', () => {
    const map = textMapOf(root);
    const word = findingFor(map.text, 'the the', 'repeated-word');
    const passage = findingFor(map.text, 'was the the cinematographer', 'repeated-passage');
    const name = findingFor(map.text, 'Houtchins', 'name-variant');
    const painter = new WrapperPainter(document);
    painter.paint(placeFindings([name, passage, word], map));

    const marks = [...root.querySelectorAll('copydesk-mark')].map((m) => [m.textContent, (m as HTMLElement).dataset.rule]);
    expect(marks).toEqual([
      ['Houtchins', 'name-variant'],
      ['was ', 'repeated-passage'],
      ['the the', 'repeated-word'],
      [' cinematographer', 'repeated-passage'],
    ]);
    expect(root.textContent).toBe(map.text);

    painter.clear();
    expect(root.innerHTML).toBe(ARTICLE);
    expect(root.querySelectorAll('p')[0]?.childNodes.length).toBe(3);
  });

  it('finds the finding keys under a clicked mark and marks the selected one', () => {
    const map = textMapOf(root);
    const name = findingFor(map.text, 'Houtchins', 'name-variant');
    const painter = new WrapperPainter(document);
    const placed = placeFindings([name], map);
    painter.paint(placed);
    const mark = root.querySelector('copydesk-mark') as HTMLElement;
    expect(painter.keysAt(mark.firstChild?.parentElement ?? null)).toEqual([name.key]);
    expect(painter.keysAt(root.querySelector('p'))).toEqual([]);
    painter.mark('selected', { range: (placed[0] as PlacedFinding).range, key: name.key });
    expect(mark.hasAttribute('data-selected')).toBe(true);
    painter.mark('selected', null);
    expect(mark.hasAttribute('data-selected')).toBe(false);
  });
});
