/**
 * The dictionary the rules share: the word lists scripts/build-dictionary.mjs generates
 * (build/generated/typo-dictionary.json). They are data loaded at start, not code bundled in: each
 * entry point (the CLI, src/engine.ts, the engine host, the tests) loads them once and hands the
 * `Lexicon` to `analyze()`, which gives it to every rule as `ctx.lexicon`; every lookup stays
 * synchronous.
 */
export interface DictionaryData {
  /** Hunspell en_US, every affix form (case as in the source): accepted, and offered as suggestions. Index = word length. */
  hunspell: readonly string[];
  /** word-list entries Hunspell lacks, and Hunspell NOSUGGEST forms: accepted, never suggested. Index = word length. */
  extra: readonly string[];
  /** The most frequent SUBTLEX-US words, lower case, most frequent first, one per line. */
  frequent: string;
  /** WordNet's borrowed and fixed phrases with a word known nowhere else ("in toto"), one per line. */
  phrases: string;
}

/** Name of the generated file, in build/generated/ for node and at the root of the extension. */
export const DICTIONARY_FILE = 'typo-dictionary.json';

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Checks the parsed file's shape: a stale or truncated file fails here, not as a missed typo. */
export function toDictionaryData(parsed: unknown): DictionaryData {
  const { hunspell, extra, frequent, phrases } = (parsed ?? {}) as Record<string, unknown>;
  const valid = isStrings(hunspell) && isStrings(extra) && typeof frequent === 'string' && typeof phrases === 'string';
  if (!valid || hunspell.length === 0) {
    throw new Error(`${DICTIONARY_FILE} is not a Copydesk typo dictionary: rebuild it with node scripts/build-dictionary.mjs`);
  }
  return { hunspell, extra, frequent, phrases };
}

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

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const MAX_RECENT_LOOKUPS = 20_000;

/** Lookups in one set of word lists. Methods are bound, so they can be passed on as predicates. */
export class Lexicon {
  private readonly recentLookups = new Map<string, boolean>();
  /** Word → frequency rank, built from `frequent` on first use. */
  private ranks: Map<string, number> | undefined;
  /** Word → the phrases it belongs to, as word lists, built from `phrases` on first use. */
  private phraseIndex: Map<string, string[][]> | undefined;

  constructor(private readonly data: DictionaryData) {}

  /** Exactly this form is listed (Hunspell or word-list). */
  private isListed(form: string): boolean {
    return inGroups(this.data.hunspell, form) || inGroups(this.data.extra, form);
  }

  /** Hunspell's words only: the curated, current vocabulary we offer as replacements. */
  readonly isSuggestable = (form: string): boolean => inGroups(this.data.hunspell, form);

  /**
   * Hunspell's case rules: a lower-case entry accepts its capitalised and all-caps forms, a
   * capitalised entry ("Baldwin") accepts all caps, and mixed case ("iPhone") must match itself.
   * A lower-case text word never matches a proper-noun entry. `word` has ’ folded to '.
   */
  readonly isKnownForm = (word: string): boolean => {
    let known = this.recentLookups.get(word);
    if (known === undefined) {
      const lower = word.toLowerCase();
      known = this.isListed(word) || (lower !== word && (this.isListed(lower) || this.isListed(capitalize(lower))));
      // Articles repeat their words; a bounded memo halves the binary searches.
      if (this.recentLookups.size >= MAX_RECENT_LOOKUPS) this.recentLookups.clear();
      this.recentLookups.set(word, known);
    }
    return known;
  };

  /** Position in the frequency list (0 = the most frequent word), or Infinity past its end. */
  readonly frequencyRank = (lower: string): number => {
    // Built on first use: only articles with a flagged word pay for it.
    if (!this.ranks) {
      const ranks = new Map<string, number>();
      this.data.frequent.split('\n').forEach((word, rank) => ranks.set(word, rank));
      this.ranks = ranks;
    }
    return this.ranks.get(lower) ?? Infinity;
  };

  /**
   * How common a word is in everyday English, from 1 (the most frequent) down to 0 (past the end
   * of the frequency list). Log-scaled, as word frequencies follow Zipf's law.
   */
  readonly commonness = (lower: string): number => {
    const rank = this.frequencyRank(lower);
    return rank === Infinity ? 0 : 1 - Math.log(rank + 1) / Math.log((this.ranks?.size ?? 0) + 1);
  };

  /**
   * Hunspell lists it with a capital: a given name, a place, a nationality ("Arthur", "Egyptian").
   * Only Hunspell is asked, as word-list also carries "john" and "oliver" as common nouns.
   */
  readonly isProperNoun = (word: string): boolean => inGroups(this.data.hunspell, capitalize(word.toLowerCase()));

  /** The fixed phrases a word known nowhere else belongs to ("toto": ["in", "toto"]). */
  readonly phrasesWith = (lower: string): readonly (readonly string[])[] => {
    if (!this.phraseIndex) {
      const phraseIndex = new Map<string, string[][]>();
      for (const phrase of this.data.phrases.split('\n')) {
        const words = phrase.split(' ');
        for (const word of new Set(words)) {
          const entry = phraseIndex.get(word);
          if (entry) entry.push(words);
          else phraseIndex.set(word, [words]);
        }
      }
      this.phraseIndex = phraseIndex;
    }
    return this.phraseIndex.get(lower) ?? [];
  };
}
