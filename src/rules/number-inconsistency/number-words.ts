/**
 * The words of English figures and of the qualifiers news copy puts before them. Data only; the
 * rule reads figures with these.
 */

/** "one" is left out: it is a pronoun as often as a count ("one of them", "no one"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90], ['dozen', 12],
]);

export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
]);

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

export const MONTH_NAMES: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december',
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
export const CLOCK_WORDS: ReadonlySet<string> = new Set([
  'gmt', 'bst', 'utc', 'cet', 'cest', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'ct', 'cst', 'cdt',
  'aest', 'ist', 'local', 'h', 'hrs', 'hours', 'hour',
]);

/**
 * Words that set one statement apart from another of the same shape: a different study, group
 * or occasion ("another study in 38 people"), or a contrast ("but if measured at 65 instead").
 * Two figures in such sentences count different things, so they do not contradict.
 */
export const OTHER_REFERENT_WORDS: ReadonlySet<string> = new Set([
  'another', 'other', 'others', 'second', 'separate', 'similar', 'previous', 'earlier', 'last',
  'next', 'different', 'instead', 'whereas', 'while', 'but', 'however', 'compared', 'unlike',
  'meanwhile', 'versus', 'vs', 'respectively', 'each',
]);
