import { capitalize, type Lexicon } from '../../core/lexicon/lexicon.ts';
import { slipCost } from './slip-cost.ts';
import { americanSpelling } from './spelling-variety.ts';

// The apostrophe lets "dont" find "don't".
const ALPHABET = "abcdefghijklmnopqrstuvwxyz'";

/** A word the article itself uses is a likelier fix than an unrelated one at the same distance. */
const USED_IN_ARTICLE_BONUS = 0.3;
/** The most frequent words get this much off their cost: enough to order equals, not to beat a closer word. */
const COMMONNESS_BONUS = 0.25;

/** Every string one edit away from `word`: deletions, transpositions, substitutions, insertions. */
function* singleEdits(word: string): Generator<string> {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) yield head + tail.slice(1);
    if (tail.length > 1) yield head + tail[1] + tail[0] + tail.slice(2);
    for (const ch of ALPHABET) {
      if (tail) yield head + ch + tail.slice(1);
      yield head + ch + tail;
    }
  }
}

/** Words remembered by `nearestFrequentRank`: names recur from article to article. */
const MAX_REMEMBERED = 20_000;
const nearestRanks = new Map<string, number>();
let rememberedFor: Lexicon | null = null;

/**
 * The frequency rank of the most frequent word one edit from `word` (Infinity if none is in the
 * frequency list). Hash lookups only, remembered per word.
 */
export function nearestFrequentRank(lexicon: Lexicon, word: string): number {
  if (rememberedFor !== lexicon) {
    nearestRanks.clear();
    rememberedFor = lexicon;
  }
  let nearest = nearestRanks.get(word);
  if (nearest === undefined) {
    nearest = Infinity;
    for (const candidate of singleEdits(word)) nearest = Math.min(nearest, lexicon.frequencyRank(candidate));
    if (nearestRanks.size >= MAX_REMEMBERED) nearestRanks.clear();
    nearestRanks.set(word, nearest);
  }
  return nearest;
}

export interface Suggestion {
  word: string;
  /** Weighted edit distance from the typed word (see `slipCost`), at most 1. */
  distance: number;
  /** What suggestions are ranked by: distance, less bonuses for common words and the article's own. */
  cost: number;
}

/**
 * Dictionary words one edit from an unknown word, best first: weighted edit distance (keyboard
 * neighbours, doubled letters, swapped letters and vowel confusions cost less), less a bonus for
 * common words and for words the article uses elsewhere. Single edits cover nearly all slips and
 * most misspellings; further out, a suggestion is a guess. `word` is lower-case; with
 * `withProperNouns`, capitalised entries ("Baldwin") are offered too, as spelled. When
 * `spellsBritish`, words are offered in their British spelling ("colur" → "colour", not "color").
 */
export function suggest(
  lexicon: Lexicon,
  word: string,
  options: {
    withProperNouns: boolean;
    /** Asked only when a British form is one edit away: deciding reads the whole article. */
    spellsBritish: () => boolean;
    isUsedInArticle: (word: string) => boolean;
    limit: number;
  },
): Suggestion[] {
  const scored = new Map<string, Suggestion>();
  const consider = (candidate: string) => {
    if (scored.has(candidate)) return;
    const lower = candidate.toLowerCase();
    const distance = slipCost(word, lower);
    if (distance === Infinity) return;
    const bonus = lexicon.commonness(lower) * COMMONNESS_BONUS + (options.isUsedInArticle(lower) ? USED_IN_ARTICLE_BONUS : 0);
    scored.set(candidate, { word: candidate, distance, cost: distance - bonus });
  };
  /** American spellings whose British twin is offered: left out of a British article's suggestions. */
  const twinned = new Set<string>();
  for (const candidate of singleEdits(word)) {
    if (lexicon.isSuggestable(candidate)) consider(candidate);
    else if (options.withProperNouns && lexicon.isSuggestable(capitalize(candidate))) consider(capitalize(candidate));
    else {
      // Listed British forms only: the correspondences also respell slips ("baecome").
      const american = americanSpelling(candidate);
      if (american !== candidate && lexicon.isKnownForm(candidate) && lexicon.isSuggestable(american) && options.spellsBritish()) {
        consider(candidate);
        twinned.add(american);
      }
    }
  }
  for (const american of twinned) scored.delete(american);
  return [...scored.values()].sort((a, b) => a.cost - b.cost || a.word.localeCompare(b.word)).slice(0, options.limit);
}
