import { EXTRA_WORDS, HUNSPELL_WORDS, WORDS_BY_FREQUENCY } from '../../../build/generated/typo-dictionary.js';

/**
 * Binary search in one length group of the generated dictionary: `groups[L]` is every word of
 * length L, sorted and concatenated, so entry i sits at [i·L, i·L + L).
 */
function inGroups(groups: readonly string[], word: string): boolean {
  const length = word.length;
  const group = groups[length];
  if (group === undefined || length === 0) return false;
  let low = 0;
  let high = group.length / length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    // Compared in place: slicing out each probe would allocate a string per step.
    const base = middle * length;
    let order = 0;
    for (let k = 0; k < length && order === 0; k++) order = group.charCodeAt(base + k) - word.charCodeAt(k);
    if (order === 0) return true;
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** Exactly this form is listed (Hunspell or word-list). */
function isListed(form: string): boolean {
  return inGroups(HUNSPELL_WORDS, form) || inGroups(EXTRA_WORDS, form);
}

/** Hunspell's words only: the curated, current vocabulary we offer as replacements. */
export function isSuggestable(form: string): boolean {
  return inGroups(HUNSPELL_WORDS, form);
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Hunspell's case rules: a lower-case entry accepts its capitalised and all-caps forms, a
 * capitalised entry ("Baldwin") accepts all caps, and mixed case ("iPhone") must match itself.
 * A lower-case text word never matches a proper-noun entry. `word` has ’ folded to '.
 */
export function isKnownForm(word: string): boolean {
  let known = recentLookups.get(word);
  if (known === undefined) {
    const lower = word.toLowerCase();
    known = isListed(word) || (lower !== word && (isListed(lower) || isListed(capitalize(lower))));
    // Articles repeat their words; a bounded memo halves the binary searches.
    if (recentLookups.size >= MAX_RECENT_LOOKUPS) recentLookups.clear();
    recentLookups.set(word, known);
  }
  return known;
}

const MAX_RECENT_LOOKUPS = 20_000;
const recentLookups = new Map<string, boolean>();

let ranks: Map<string, number> | undefined;

/** Position in the frequency list (0 = the most frequent word), or Infinity past its end. */
export function frequencyRank(lower: string): number {
  // Built on first use: only articles with a flagged word pay for it.
  if (!ranks) {
    ranks = new Map();
    WORDS_BY_FREQUENCY.split('\n').forEach((word, rank) => ranks?.set(word, rank));
  }
  return ranks.get(lower) ?? Infinity;
}

/**
 * How common a word is in everyday English, from 1 (the most frequent) down to 0 (past the end
 * of the frequency list). Log-scaled, as word frequencies follow Zipf's law.
 */
export function commonness(lower: string): number {
  const rank = frequencyRank(lower);
  return rank === Infinity ? 0 : 1 - Math.log(rank + 1) / Math.log((ranks?.size ?? 0) + 1);
}

/**
 * Hunspell lists it with a capital: a given name, a place, a nationality ("Arthur", "Egyptian").
 * Only Hunspell is asked, as word-list also carries "john" and "oliver" as common nouns.
 */
export function isProperNoun(word: string): boolean {
  return inGroups(HUNSPELL_WORDS, capitalize(word.toLowerCase()));
}
