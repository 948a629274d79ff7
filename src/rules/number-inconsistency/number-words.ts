/**
 * The qualifiers news copy puts before figures, and the words of dates and times. Data only; the
 * rule reads figures with these and with the count words in core/lexicon/number-words.ts.
 */

/**
 * What a qualifier says about the true figure, relative to the stated one. "approximately" allows
 * a tenth either way; "nearly" a tenth below.
 */
export type Bound = 'exact' | 'above' | 'at-least' | 'below' | 'at-most' | 'nearly' | 'about';

/** Qualifiers, longest first so "more than" wins over a bare "than". Lower case, words joined by spaces. */
export const QUALIFIERS: readonly [words: string, bound: Bound][] = [
  ['more than', 'above'],
  ['over', 'above'],
  ['upwards of', 'above'],
  ['in excess of', 'above'],
  ['at least', 'at-least'],
  ['no fewer than', 'at-least'],
  ['as many as', 'at-most'],
  ['up to', 'at-most'],
  ['at most', 'at-most'],
  ['fewer than', 'below'],
  ['less than', 'below'],
  ['under', 'below'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['close to', 'nearly'],
  ['about', 'about'],
  ['around', 'about'],
  ['roughly', 'about'],
  ['approximately', 'about'],
  ['some', 'about'],
  ['an estimated', 'about'],
];

// prettier-ignore
export const MONTH_NAMES: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** Month names and their abbreviations ("Dec.", "Sept.") → month index, 0 = January. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((name, month) => {
    const abbreviations = name === 'september' ? ['sep', 'sept'] : name.length > 4 ? [name.slice(0, 3)] : [];
    return [name, ...abbreviations].map((form) => [form, month] as [string, number]);
  }),
);

export const WEEKDAYS: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * Words after a four-digit number that make it a time of day, not a year: "Tuesday, 1 March,
 * 2000 GMT" is a kick-off time.
 */
// prettier-ignore
export const CLOCK_WORDS: ReadonlySet<string> = new Set([
  'gmt', 'bst', 'utc', 'cet', 'cest', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'ct', 'cst', 'cdt', 'aest', 'ist', 'local', 'h', 'hrs', 'hours', 'hour',
]);

/**
 * Words that set one statement apart from another of the same shape: a different study, group
 * or occasion ("another study in 38 people"), or a contrast ("but if measured at 65 instead").
 * Two figures in such sentences count different things, so they do not contradict.
 */
// prettier-ignore
export const OTHER_REFERENT_WORDS: ReadonlySet<string> = new Set([
  'another', 'other', 'others', 'second', 'separate', 'similar', 'previous', 'earlier', 'last', 'next', 'different', 'instead', 'whereas', 'while', 'but',
  'however', 'compared', 'unlike', 'meanwhile', 'versus', 'vs', 'respectively', 'each',
]);
