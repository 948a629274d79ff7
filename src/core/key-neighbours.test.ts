import { describe, expect, it } from 'vitest';
import { areKeyboardNeighbours } from './key-neighbours.ts';

describe('areKeyboardNeighbours', () => {
  it.each([
    ['n', 'm'],
    ['m', 'n'],
    ['s', 'w'],
    ['s', 'x'],
    ['q', 'a'],
    ['j', 'n'],
  ])('%s touches %s', (a, b) => {
    expect(areKeyboardNeighbours(a, b)).toBe(true);
  });

  it.each([
    ['n', 'q'],
    ['t', 'h'],
    ['a', 'a'],
    ['p', 'm'],
    ['é', 'e'],
  ])('%s does not touch %s', (a, b) => {
    expect(areKeyboardNeighbours(a, b)).toBe(false);
  });
});
