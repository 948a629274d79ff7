import { describe, expect, it } from 'vitest';
import type { Finding, RuleId } from '../core/types.ts';
import { scorePractice, type PracticeMark } from './practice-score.ts';

function finding(ruleId: RuleId, start: number, end: number): Finding {
  return {
    ruleId,
    messageId: 'm',
    data: {},
    span: { start, end },
    quote: { exact: 'x'.repeat(end - start), prefix: '', suffix: '' },
    reason: 'r',
    suggestions: [],
    related: [],
    url: '',
    key: `${ruleId}:${start}`,
  };
}

const mark = (start: number, end: number): PracticeMark => ({ start, end, exact: 'y'.repeat(end - start) });

// An article with two typos, a name variant and a repeated passage.
const findings = [finding('typo', 10, 17), finding('name-variant', 40, 49), finding('typo', 80, 85), finding('repeated-passage', 100, 180)];
const RULES: RuleId[] = ['name-variant', 'repeated-passage', 'repeated-word', 'typo'];

describe('scorePractice', () => {
  it('a mark catches the finding it overlaps; unmarked findings are missed; stray marks are the student’s own', () => {
    // "recieve," with its comma; half of the name; a word Copydesk did not flag.
    const result = scorePractice([mark(10, 18), mark(44, 49), mark(60, 66)], findings, RULES);
    expect(result.caught.map((c) => c.finding.key)).toEqual(['typo:10', 'name-variant:40']);
    expect(result.missed.map((f) => f.key)).toEqual(['typo:80', 'repeated-passage:100']);
    expect(result.extra).toEqual([mark(60, 66)]);
    expect(result.overall).toEqual({ caught: 2, total: 4 });
    expect(result.perRule).toEqual([
      { ruleId: 'name-variant', caught: 1, total: 1 },
      { ruleId: 'repeated-passage', caught: 0, total: 1 },
      { ruleId: 'repeated-word', caught: 0, total: 0 },
      { ruleId: 'typo', caught: 1, total: 2 },
    ]);
  });

  it('one long mark over several findings counts once, for the finding it covers most', () => {
    const result = scorePractice([mark(0, 200)], findings, RULES);
    expect(result.caught.map((c) => c.finding.key)).toEqual(['repeated-passage:100']);
    expect(result.overall).toEqual({ caught: 1, total: 4 });
    expect(result.extra).toEqual([]);
  });

  it('two marks on one finding: one catches it, the other is extra', () => {
    const result = scorePractice([mark(10, 12), mark(12, 17)], [finding('typo', 10, 17)], ['typo']);
    expect(result.caught.map((c) => c.mark)).toEqual([mark(12, 17)]);
    expect(result.extra).toEqual([mark(10, 12)]);
  });

  it('touching is not overlapping', () => {
    const result = scorePractice([mark(0, 10), mark(17, 20)], [finding('typo', 10, 17)], ['typo']);
    expect(result.overall).toEqual({ caught: 0, total: 1 });
    expect(result.extra).toHaveLength(2);
  });

  it('no marks: everything missed, score 0 of n', () => {
    const result = scorePractice([], findings, RULES);
    expect(result.missed).toHaveLength(4);
    expect(result.overall).toEqual({ caught: 0, total: 4 });
  });
});
