/**
 * Pieces English glues onto words it already has. A word made of known parts is one a reader
 * understands ("crewmembers", "unfollow", "Kafkaesque"), so a copy editor leaves it alone.
 */

/** Clitics after an apostrophe; the word before them is what gets checked. */
export const CLITICS = ["'s", "'ll", "'re", "'ve", "'d", "'m", "n't"] as const;

/** Prefixes written solid onto any word, productively. */
// prettier-ignore
export const PREFIXES = [
  'anti', 'bi', 'bio', 'co', 'counter', 'cross', 'cyber', 'de', 'eco', 'ex', 'hyper', 'inter', 'intra', 'macro', 'mega', 'micro', 'mid', 'mini', 'mis',
  'multi', 'neo', 'non', 'out', 'over', 'post', 'pre', 'pro', 'pseudo', 'quasi', 're', 'self', 'semi', 'sub', 'super', 'tele', 'trans', 'tri', 'ultra', 'un',
  'under',
] as const;

/** Suffixes written solid onto any word, productively. */
export const SUFFIXES = ['esque', 'ish', 'less', 'like', 'ness', 'wise'] as const;

/** The shortest word part that counts as a word of its own in a closed compound. */
export const MIN_COMPOUND_PART = 4;

/**
 * Regular derivations English makes from a word of a given kind, and the endings that show the
 * kind: "-ly" on an adjective ("wirelessly"), "-s" on an adjective or a gerund used as a noun
 * ("financials", "millennials", "strandings"), "-r" making an agent of an "-ize" verb ("initializer"), "-men" as the plural of a
 * "-man" compound ("conmen"). Dictionaries list the common ones; new ones are as good English.
 */
export const DERIVATIONS: readonly { ending: string; stemEnding: RegExp; replacement: string }[] = [
  // Not "-ic" or "-able": their adverbs are "-ically" and "-ably", so "basicly" is a slip.
  { ending: 'ly', stemEnding: /(?:less|ful|al|ous|ive|ent|ant)$/, replacement: '' },
  { ending: 's', stemEnding: /(?:al|ial|ing)$/, replacement: '' },
  { ending: 'r', stemEnding: /[iy][sz]e$/, replacement: '' },
  { ending: 'rs', stemEnding: /[iy][sz]e$/, replacement: '' },
  { ending: 'men', stemEnding: /man$/, replacement: 'man' },
];
