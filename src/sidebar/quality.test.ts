import { describe, expect, it } from 'vitest';
import { qualitySummary } from './quality.ts';

describe('qualitySummary', () => {
  it.each([
    [10, 800, 0.5, '12.5 per 1,000 words — 25× the rate on professionally edited pages (0.50)'],
    [3, 1000, 0.57, '3.0 per 1,000 words — 5.3× the rate on professionally edited pages (0.57)'],
    [1, 1600, 0.57, '0.63 per 1,000 words — about the rate on professionally edited pages (0.57)'],
    [0, 900, 0.57, '0.00 per 1,000 words — below the rate on professionally edited pages (0.57)'],
  ])('%i findings in %i words against %f', (findings, words, baseline, expected) => {
    expect(qualitySummary(findings, words, baseline)).toBe(expected);
  });

  it('says nothing about a page without words', () => {
    expect(qualitySummary(0, 0)).toBeNull();
  });
});
