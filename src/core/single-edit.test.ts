import { describe, expect, it } from 'vitest';
import { singleEdit } from './single-edit.ts';

describe('singleEdit', () => {
  it.each([
    ['hutchins', 'houtchins', { kind: 'insertion', at: 1, letter: 'o' }],
    ['warner', 'warnerr', { kind: 'insertion', at: 6, letter: 'r' }],
    ['obama', 'obma', { kind: 'deletion', at: 2, letter: 'a' }],
    ['zuckerberg', 'zockerberg', { kind: 'substitution', at: 1, from: 'u', to: 'o' }],
    ['abbott', 'abbtot', { kind: 'transposition', at: 3 }],
    ['kim', 'kmi', { kind: 'transposition', at: 1 }],
    ['essid', 'essi', { kind: 'deletion', at: 4, letter: 'd' }],
  ])('%s → %s', (from, to, edit) => {
    expect(singleEdit(from, to)).toEqual(edit);
  });

  it.each([
    ['same', 'same'],
    ['stewart', 'stuart'],
    ['austria', 'australia'],
    ['abc', 'cba'],
    ['abcd', 'badc'],
  ])('%s → %s is not one edit', (from, to) => {
    expect(singleEdit(from, to)).toBeNull();
  });
});
