// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { RuleId } from '../core/types.ts';
import { HighlightPainter, PageHighlights, placeFindings, WrapperPainter, type Painter, type PlacedFinding } from './highlights.ts';
import { findingFor, textMapOf } from './testing/text-map.ts';

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

describe('PageHighlights', () => {
  function setup() {
    const calls: string[] = [];
    const painter: Painter = {
      paint: (placed) => calls.push(`paint ${placed.map((p) => p.key).join(' ')}`),
      mark: (kind, target) => calls.push(`${kind} ${target?.key ?? 'none'}`),
      keysAt: () => null,
      clear: () => calls.push('clear'),
    };
    const map = textMapOf(root);
    const placed = placeFindings([findingFor(map.text, 'Houtchins', 'name-variant'), findingFor(map.text, 'the the', 'repeated-word')], map);
    return { calls, highlights: new PageHighlights(painter), placed, first: placed[0] as PlacedFinding, second: placed[1] as PlacedFinding };
  }

  it('repaints the rule highlights only for another list of placed findings, the selection alone when only it moved', () => {
    const { calls, highlights, placed, first, second } = setup();
    highlights.show(placed, null);
    highlights.show(placed, null);
    highlights.show(placed, first);
    highlights.show(placed, second);
    highlights.show([second], second);
    expect(calls).toEqual([
      'paint name-variant:7 repeated-word:21',
      'selected none',
      'selected name-variant:7',
      'selected repeated-word:21',
      // A repaint may take the selection's mark with it: it is marked again.
      'paint repeated-word:21',
      'selected repeated-word:21',
    ]);
  });

  it('paints everything again after clear(), and a selection moved meanwhile counts as painted', () => {
    const { calls, highlights, placed, first, second } = setup();
    highlights.show(placed, first);
    highlights.clear();
    highlights.show(placed, first);
    highlights.select(second);
    highlights.show(placed, second);
    expect(calls).toEqual([
      'paint name-variant:7 repeated-word:21',
      'selected name-variant:7',
      'clear',
      'paint name-variant:7 repeated-word:21',
      'selected name-variant:7',
      'selected repeated-word:21',
    ]);
  });
});
