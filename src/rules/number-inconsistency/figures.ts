import type { Word } from '../../core/types.ts';
import { NUMBER_WORDS, SCALE_WORDS } from '../../core/lexicon/number-words.ts';
import { MONTHS, QUALIFIERS, type Bound } from './number-words.ts';

/** A figure as written: its value, what its qualifier says about it, and the words it spans. */
export interface Figure {
  value: number;
  bound: Bound;
  /** Word indices: the qualifier's first word (or the number's), the number's, and just past it (and its scale word). */
  first: number;
  number: number;
  end: number;
}

const DIGITS = /^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$/;
/** What after a number makes it a share, a compound or a unit that is not a count of things. */
const NOT_A_COUNT_AFTER = /^(?:%|-|‐|\s*(?:per ?cent|percent|percentage)\b)/i;
/** Money: the currency makes it an amount; two amounts rarely restate each other word for word. */
const NOT_A_COUNT_BEFORE = /[$£€¥#№]\s*$/;

/**
 * The figure whose number is `words[at]`, or null when that word is no count: a year, a date's
 * day, a time, a share, an amount of money, part of a hyphenated compound ("45-year-old", "20-member").
 */
export function figureAt(words: readonly Word[], at: number, text: string): Figure | null {
  const word = words[at] as Word;
  let value = numberValue(word);
  if (value === null) return null;
  const previous = words[at - 1];
  const next = words[at + 1];
  if (previous && previous.sentence === word.sentence && NUMBER_WORDS.has(previous.lower)) return null;
  if (NOT_A_COUNT_BEFORE.test(text.slice(Math.max(0, word.start - 2), word.start))) return null;
  if (NOT_A_COUNT_AFTER.test(text.slice(word.end, word.end + 12))) return null;
  if (/^\d{4}$/.test(word.text) && value >= 1000 && value < 3000) return null;
  if ((previous && isMonth(previous)) || (next && isMonth(next))) return null;
  let end = at + 1;
  const scale = next && next.sentence === word.sentence ? SCALE_WORDS.get(next.lower) : undefined;
  if (scale !== undefined && isSpaceBetween(word, next as Word, text)) {
    value *= scale;
    end++;
  }
  const { bound, first } = qualifierBefore(words, at, text);
  return { value, bound, first, number: at, end };
}

/** A capitalised month name or abbreviation: "may" and "march" in lower case are verbs. */
export function isMonth(word: Word): boolean {
  return word.shape !== 'lower' && MONTHS.has(word.lower);
}

/** Digits ("20", "1,000", "3.5") or a number word ("twenty", "twenty-five"); null for anything else. */
function numberValue(word: Word): number | null {
  if (word.isNumber) return DIGITS.test(word.text) ? Number(word.text.replace(/,/g, '')) : null;
  const parts = word.lower.split(/[-‐]/);
  if (parts.length > 2) return null;
  const [tens, units] = parts.map((part) => NUMBER_WORDS.get(part));
  if (tens === undefined) return null;
  if (parts.length === 1) return tens;
  return units !== undefined && tens >= 20 && tens % 10 === 0 && units < 10 ? tens + units : null;
}

function qualifierBefore(words: readonly Word[], at: number, text: string): { bound: Bound; first: number } {
  for (const [phrase, bound] of QUALIFIERS) {
    const parts = phrase.split(' ');
    const first = at - parts.length;
    if (first < 0) continue;
    const matches = parts.every((part, i) => {
      const word = words[first + i] as Word;
      const following = words[first + i + 1] as Word;
      return word.lower === part && word.sentence === following.sentence && isSpaceBetween(word, following, text);
    });
    if (matches) return { bound, first };
  }
  return { bound: 'exact', first: at };
}

/** Only spaces between two words of one block: no mark, no block break. */
export function isSpaceBetween(a: Word, b: Word, text: string): boolean {
  return a.block === b.block && /^[^\S\n]+$/.test(text.slice(a.end, b.start));
}

/** The range of true values a figure allows, as [low, high]. */
function range({ value, bound }: Figure): [number, number] {
  const step = Math.max(1, value) * 1e-9;
  switch (bound) {
    case 'exact':
      return [value, value];
    case 'above':
      return [value + step, Infinity];
    case 'at-least':
      return [value, Infinity];
    case 'below':
      return [-Infinity, value - step];
    case 'at-most':
      return [-Infinity, value];
    case 'nearly':
      return [value * 0.9, value - step];
    case 'about':
      return [value * 0.9, value * 1.1];
  }
}

/** Whether two figures cannot both be true of the same thing: "over 20" and "20", "three" and "four". */
export function contradict(a: Figure, b: Figure): boolean {
  const [lowA, highA] = range(a);
  const [lowB, highB] = range(b);
  return highA < lowB || highB < lowA;
}
