/**
 * English derivational morphology the rule reasons with: how an adjective's noun is spelt, and
 * which nouns build the "adjective + noun-ed" compound adjectives ("teary-eyed", "kind-hearted").
 * Pure data; the dictionary decides which of the spelt forms are real words.
 */

/**
 * An adjective's ending and the endings of the noun for the same idea, most specific first:
 * brilliant → brilliance, accurate → accuracy, curious → curiosity, famous → fame,
 * anxious → anxiety, dangerous → danger, beautiful → beauty, happy → happiness, dark → darkness, pure → purity.
 */
export const ADJECTIVE_TO_NOUN_ENDINGS: readonly (readonly [adjective: string, noun: string])[] = [
  ['ant', 'ance'],
  ['ant', 'ancy'],
  ['ent', 'ence'],
  ['ent', 'ency'],
  ['ate', 'acy'],
  ['able', 'ability'],
  ['ible', 'ibility'],
  ['ive', 'ivity'],
  ['ive', 'iveness'],
  ['ious', 'iety'],
  ['ious', 'y'],
  ['ous', 'osity'],
  ['ous', 'e'],
  ['ous', ''],
  ['al', 'ality'],
  ['ic', 'icity'],
  ['iful', 'y'],
  ['ful', 'fulness'],
  ['y', 'iness'],
  ['e', 'ity'],
  ['', 'ity'],
  ['', 'ness'],
];

/**
 * Endings that mark a word as something other than a bare adjective: participles and gerunds
 * ("of running"), adverbs, plurals. A derived-looking noun does not make them adjectives.
 */
export const NOT_ADJECTIVE_ENDINGS: readonly string[] = ['ing', 'ed', 'ly', 's'];

/**
 * Nouns for a body part or a trait that form compound adjectives with an adjective and "-ed"
 * (parasynthetic compounds): teary-eyed, rosy-cheeked, curly-haired, tight-lipped, bushy-tailed,
 * red-faced, hot-headed, kind-hearted, open-minded, snub-nosed, silver-tongued, thick-skinned,
 * heavy-handed, sure-footed, long-legged, soft-voiced, big-boned, cold-blooded, gap-toothed,
 * bushy-browed, broad-shouldered, short-tempered, good-natured.
 */
export const COMPOUND_ADJECTIVE_NOUNS: ReadonlySet<string> = new Set([
  'eye', 'cheek', 'hair', 'lip', 'tail', 'face', 'head', 'heart', 'mind', 'nose', 'tongue', 'skin',
  'hand', 'foot', 'leg', 'voice', 'bone', 'blood', 'tooth', 'brow', 'shoulder', 'temper', 'nature',
]);

/** "eye" → "eyed", "face" → "faced", "lip" → "lipped" (a short vowel's consonant doubles). */
export function edForms(noun: string): string[] {
  if (noun.endsWith('e')) return [`${noun}d`];
  const last = noun.charAt(noun.length - 1);
  return [`${noun}${last}ed`, `${noun}ed`];
}

/** Every spelling the endings table derives from `adjective`, in table order, without repeats. */
export function nounSpellings(adjective: string): string[] {
  const spellings: string[] = [];
  for (const [from, to] of ADJECTIVE_TO_NOUN_ENDINGS) {
    if (!adjective.endsWith(from)) continue;
    const stem = adjective.slice(0, adjective.length - from.length);
    // A bare stem of one or two letters is not a noun of the same idea ("dangerous" → "danger" is).
    if (stem.length + to.length < 3) continue;
    const spelling = stem + to;
    if (spelling !== adjective && !spellings.includes(spelling)) spellings.push(spelling);
  }
  return spellings;
}

/** "area" → "areas", "box" → "boxes", "body" → "bodies". */
export function pluralSpellings(noun: string): string[] {
  if (/[^aeiou]y$/.test(noun)) return [`${noun.slice(0, -1)}ies`];
  if (/(s|x|z|ch|sh)$/.test(noun)) return [`${noun}es`];
  return [`${noun}s`];
}
