import { areKeyboardNeighbours } from '../../core/key-neighbours.ts';
import { singleEdit } from '../../core/single-edit.ts';

/**
 * Costs of single edits, below 1 for the slips people actually make: swapped neighbours, a
 * doubled or undoubled letter, the wrong vowel ("definately"), a neighbouring key.
 */
const COST = {
  transposition: 0.7,
  doubling: 0.5,
  vowelForVowel: 0.7,
  neighbouringKey: 0.75,
  other: 1,
} as const;

const VOWELS = 'aeiouy';

/** `word[at]` repeats a letter beside it. */
function isDoubled(word: string, at: number): boolean {
  return word[at] === word[at - 1] || word[at] === word[at + 1];
}

/** `word[at]` is on the key beside a letter next to it. */
function isBesideNeighbourKey(word: string, at: number): boolean {
  const letter = word[at] as string;
  return [word[at - 1], word[at + 1]].some((other) => other !== undefined && areKeyboardNeighbours(other, letter));
}

/**
 * How likely a slip turned `intended` into `typed`, as a weighted Damerau distance: 0.5 to 1
 * when they are one edit apart, Infinity otherwise.
 */
export function slipCost(typed: string, intended: string): number {
  const edit = singleEdit(typed, intended);
  if (!edit) return Infinity;
  switch (edit.kind) {
    case 'transposition':
      return COST.transposition;
    case 'substitution':
      if (VOWELS.includes(edit.from) && VOWELS.includes(edit.to)) return COST.vowelForVowel;
      return areKeyboardNeighbours(edit.from, edit.to) ? COST.neighbouringKey : COST.other;
    case 'insertion':
      // A letter the typist left out: cheap when it is one of a double ("ocurred").
      return isDoubled(intended, edit.at) ? COST.doubling : COST.other;
    case 'deletion':
      // A letter the typist added: cheap when it doubles its neighbour ("commmittee"), or when
      // the finger caught the key beside the one it meant ("ministery").
      if (isDoubled(typed, edit.at)) return COST.doubling;
      return isBesideNeighbourKey(typed, edit.at) ? COST.neighbouringKey : COST.other;
  }
}
