/**
 * English morphology the rule reasons with at run time: plurals, and which nouns build the
 * "adjective + noun-ed" compound adjectives ("teary-eyed", "kind-hearted"). Pure data; the
 * dictionary decides which of the spelt forms are real words.
 */

/**
 * Nouns for a body part or a trait that form compound adjectives with an adjective and "-ed"
 * (parasynthetic compounds): teary-eyed, rosy-cheeked, curly-haired, tight-lipped, bushy-tailed,
 * red-faced, hot-headed, kind-hearted, open-minded, snub-nosed, silver-tongued, thick-skinned,
 * heavy-handed, sure-footed, long-legged, soft-voiced, big-boned, cold-blooded, gap-toothed,
 * bushy-browed, broad-shouldered, short-tempered, good-natured.
 */
// prettier-ignore
export const COMPOUND_ADJECTIVE_NOUNS: ReadonlySet<string> = new Set([
  'eye', 'cheek', 'hair', 'lip', 'tail', 'face', 'head', 'heart', 'mind', 'nose', 'tongue', 'skin', 'hand', 'foot', 'leg', 'voice', 'bone', 'blood', 'tooth',
  'brow', 'shoulder', 'temper', 'nature',
]);

/** "eye" → "eyed", "face" → "faced", "lip" → "lipped" (a short vowel's consonant doubles). */
export function edForms(noun: string): string[] {
  if (noun.endsWith('e')) return [`${noun}d`];
  const last = noun.charAt(noun.length - 1);
  return [`${noun}${last}ed`, `${noun}ed`];
}

/** "area" → "areas", "box" → "boxes", "body" → "bodies". */
export function pluralSpellings(noun: string): string[] {
  if (/[^aeiou]y$/.test(noun)) return [`${noun.slice(0, -1)}ies`];
  if (/(s|x|z|ch|sh)$/.test(noun)) return [`${noun}es`];
  return [`${noun}s`];
}
