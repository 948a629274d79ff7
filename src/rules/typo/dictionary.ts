/**
 * The word lists scripts/build-dictionary.mjs generates (build/generated/typo-dictionary.json).
 * They are data loaded at start, not code bundled in: each entry point (the CLI, src/engine.ts,
 * the extension's background, the vitest setup) installs them before it analyses anything, and
 * every lookup below stays synchronous.
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

let installed: DictionaryData | null = null;
/** Counts installs, so what is remembered about words can be dropped when the lists change. */
let installs = 0;

const MAX_RECENT_LOOKUPS = 20_000;
const recentLookups = new Map<string, boolean>();
/** Word → frequency rank, built from `installed.frequent` on first use. */
let ranks: Map<string, number> | undefined;
/** Word → the phrases it belongs to, as word lists, built from `installed.phrases` on first use. */
let phraseIndex: Map<string, string[][]> | undefined;

export function installDictionary(data: DictionaryData): void {
  installed = data;
  installs++;
  recentLookups.clear();
  ranks = undefined;
  phraseIndex = undefined;
}

export const dictionaryInstalled = (): boolean => installed !== null;

/** Changes whenever another dictionary is installed. */
export const dictionaryVersion = (): number => installs;

function dictionary(): DictionaryData {
  if (installed === null) throw new Error('The typo dictionary is not installed: call installDictionary() before analysing.');
  return installed;
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

/** Exactly this form is listed (Hunspell or word-list). */
function isListed(form: string): boolean {
  const { hunspell, extra } = dictionary();
  return inGroups(hunspell, form) || inGroups(extra, form);
}

/** Hunspell's words only: the curated, current vocabulary we offer as replacements. */
export function isSuggestable(form: string): boolean {
  return inGroups(dictionary().hunspell, form);
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

/** Position in the frequency list (0 = the most frequent word), or Infinity past its end. */
export function frequencyRank(lower: string): number {
  // Built on first use: only articles with a flagged word pay for it.
  if (!ranks) {
    ranks = new Map();
    dictionary()
      .frequent.split('\n')
      .forEach((word, rank) => ranks?.set(word, rank));
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
  return inGroups(dictionary().hunspell, capitalize(word.toLowerCase()));
}

/** The fixed phrases a word known nowhere else belongs to ("toto": ["in", "toto"]). */
export function phrasesWith(lower: string): readonly (readonly string[])[] {
  if (!phraseIndex) {
    phraseIndex = new Map();
    for (const phrase of dictionary().phrases.split('\n')) {
      const words = phrase.split(' ');
      for (const word of new Set(words)) {
        const entry = phraseIndex.get(word);
        if (entry) entry.push(words);
        else phraseIndex.set(word, [words]);
      }
    }
  }
  return phraseIndex.get(lower) ?? [];
}
