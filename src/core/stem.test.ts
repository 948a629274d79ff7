import { describe, expect, it } from 'vitest';
import { stem } from './stem.ts';

describe('stem', () => {
  it.each([
    ['enjoyable', 'enjoying', 'enjoyed', 'enjoyment', 'enjoy'],
    ['members', 'member', 'Members'],
    ['running', 'run', 'runs'],
    ['making', 'make', 'makes'],
    ['agreed', 'agree', 'agreement'],
    ['studies', 'study', 'studied'],
    ['boxes', 'box'],
    ['HUTCHINS’s', 'Hutchins'],
  ])('gives one stem to %s and its other forms', (...forms: string[]) => {
    expect(new Set(forms.map(stem)).size).toBe(1);
  });

  it.each([
    ['sing', 's'],
    ['bring', 'br'],
    ['only', 'on'],
    ['press', 'pres'],
  ])('keeps %s whole rather than cut it to %s', (word) => {
    expect(stem(word)).toBe(word);
  });

  it('keeps different words apart', () => {
    expect(stem('before')).not.toBe(stem('after'));
    expect(stem('worked')).not.toBe(stem('walked'));
  });
});
