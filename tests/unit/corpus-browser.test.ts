import { describe, expect, it } from 'vitest';
import { findingsDiff, formatCorpusDetails, percentile, summariseCorpus } from '../../scripts/bench/corpus-browser.mjs';

describe('findingsDiff', () => {
  it('compares the two lists as multisets of rule and quote', () => {
    const page = [
      { rule: 'typo', exact: 'goverment' },
      { rule: 'typo', exact: 'goverment' },
      { rule: 'repeated-word', exact: 'the the' },
    ];
    const cli = [
      { rule: 'typo', exact: 'goverment' },
      { rule: 'name-variant', exact: 'Houtchins' },
      { rule: 'repeated-word', exact: 'the the' },
    ];
    expect(findingsDiff(page, cli)).toEqual({
      onlyInPage: [{ rule: 'typo', exact: 'goverment', count: 1 }],
      onlyInCli: [{ rule: 'name-variant', exact: 'Houtchins', count: 1 }],
    });
    expect(findingsDiff(cli, [...cli].reverse())).toEqual({ onlyInPage: [], onlyInCli: [] });
  });
});

describe('percentile', () => {
  it('is the nearest rank', () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile([7], 95)).toBe(7);
    expect(() => percentile([], 95)).toThrow(RangeError);
  });
});

describe('summariseCorpus', () => {
  const sample = (id: string, stages: Record<string, number>) => ({
    id, words: 800, errors: [], pageOwnErrors: {}, state: 'ready', cliFoundArticle: true, paintMs: 100, longestTaskMs: 10,
    longestTaskSinceStartMs: 10, copydeskTaskMs: 8, copydeskTaskWallMs: 12, shown: 1, listComplete: true, cli: 1, match: true,
    onlyInPage: [], onlyInCli: [], stages,
  });

  it('names the pages extracted on the page because the engine’s plan did not read them', () => {
    const samples = [sample('read', { read: 3 }), sample('fell-back', { read: 0.2, extract: 58 })];
    const summary = summariseCorpus(samples);
    expect(summary.extractedOnPage).toEqual(['fell-back']);
    expect(formatCorpusDetails(samples, summary)).toContain("  read by the engine's plan: 1 of 2 pages; extracted on the page instead: fell-back");
  });
});
