import { describe, expect, it } from 'vitest';
import type { Finding, RuleId } from '../core/types.ts';
import { displayOrder, groupByRule, limitGroups, moveSelection, selectionAfterRemoval } from './findings-view.ts';

function finding(ruleId: RuleId, start: number, end = start + 3): Finding {
  return {
    ruleId,
    messageId: 'm',
    data: {},
    span: { start, end },
    quote: { exact: 'abc', prefix: '', suffix: '' },
    reason: 'r',
    suggestions: [],
    related: [],
    url: '',
    key: `${ruleId}:${start}`,
  };
}

describe('groupByRule', () => {
  it('groups in rule order, reading order inside a group, and keeps empty groups for a zero count', () => {
    const groups = groupByRule([finding('typo', 50), finding('name-variant', 40), finding('typo', 10)], ['name-variant', 'repeated-word', 'typo']);
    expect(groups.map((g) => [g.ruleId, g.findings.map((f) => f.span.start)])).toEqual([
      ['name-variant', [40]],
      ['repeated-word', []],
      ['typo', [10, 50]],
    ]);
    expect(displayOrder(groups).map((f) => f.key)).toEqual(['name-variant:40', 'typo:10', 'typo:50']);
  });

  it('still lists a finding of a rule missing from the order', () => {
    const groups = groupByRule([finding('typo', 0)], ['name-variant']);
    expect(displayOrder(groups).map((f) => f.ruleId)).toEqual(['typo']);
  });
});

describe('limitGroups', () => {
  const groups = groupByRule(
    [finding('typo', 50), finding('name-variant', 40), finding('typo', 10), finding('typo', 70)],
    ['name-variant', 'repeated-word', 'typo'],
  );
  const starts = (limit: number) => limitGroups(groups, limit).map((g) => [g.ruleId, g.findings.map((f) => f.span.start)]);

  it.each([
    [
      0,
      [
        ['name-variant', []],
        ['repeated-word', []],
        ['typo', []],
      ],
    ],
    [
      2,
      [
        ['name-variant', [40]],
        ['repeated-word', []],
        ['typo', [10]],
      ],
    ],
    [
      4,
      [
        ['name-variant', [40]],
        ['repeated-word', []],
        ['typo', [10, 50, 70]],
      ],
    ],
    [
      99,
      [
        ['name-variant', [40]],
        ['repeated-word', []],
        ['typo', [10, 50, 70]],
      ],
    ],
  ])('draws the first %i findings in display order, every group kept', (limit, expected) => {
    expect(starts(limit)).toEqual(expected);
  });
});

describe('moveSelection', () => {
  const order = ['a', 'b', 'c'];
  it.each([
    [null, 'next', 'a'],
    [null, 'previous', 'c'],
    ['a', 'next', 'b'],
    ['c', 'next', 'a'],
    ['a', 'previous', 'c'],
    ['b', 'first', 'a'],
    ['b', 'last', 'c'],
    ['gone', 'next', 'a'],
  ] as const)('from %s, %s selects %s', (from, move, expected) => {
    expect(moveSelection(order, from, move)).toBe(expected);
  });

  it('selects nothing in an empty list', () => {
    expect(moveSelection([], null, 'next')).toBeNull();
  });
});

describe('selectionAfterRemoval', () => {
  it('moves to the next item, or the previous one at the end', () => {
    expect(selectionAfterRemoval(['a', 'b', 'c'], 'b', 'b')).toBe('c');
    expect(selectionAfterRemoval(['a', 'b', 'c'], 'c', 'c')).toBe('b');
    expect(selectionAfterRemoval(['a'], 'a', 'a')).toBeNull();
  });

  it('keeps the selection when another item goes', () => {
    expect(selectionAfterRemoval(['a', 'b', 'c'], 'a', 'c')).toBe('a');
  });
});
