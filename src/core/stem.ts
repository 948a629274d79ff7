/**
 * A light English stemmer for comparing two nearby statements: it strips the inflections and the
 * commonest derivational endings so that "enjoyable", "enjoying", "enjoyed" and "enjoyment" all
 * give "enjoy", and "members" gives "member". It over-conflates now and then ("news" → "new"),
 * which is harmless when only the words of two neighbouring sentences are compared, and it does
 * not know irregular forms ("rose"/"rise", "won"/"win").
 */

/** Endings of a word's grammatical form: plural, third person, past, participle. */
const INFLECTIONS: readonly [suffix: string, replacement: string][] = [
  ['ies', 'y'],
  ['ied', 'y'],
  ['sses', 'ss'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['xes', 'x'],
  ['ing', ''],
  ['ed', ''],
  ['s', ''],
];
/** Endings that make another part of speech from the same root: "enjoy" → "enjoyable", "enjoyment". */
const DERIVATIONS: readonly [suffix: string, replacement: string][] = [
  ['ability', ''],
  ['ibility', ''],
  ['able', ''],
  ['ible', ''],
  ['ment', ''],
  ['ness', ''],
  ['ly', ''],
];
/** A stem keeps at least this many letters: "sing" is not "s" + "ing", "only" not "on" + "ly". */
const MIN_STEM = 3;

export function stem(word: string): string {
  let s = word.toLowerCase().replace(/’/g, "'").replace(/'s?$/, '');
  if (s.length <= MIN_STEM) return s;
  const inflected = stripFirst(s, INFLECTIONS);
  // "ss" is not a plural: "press", "class".
  s = s.endsWith('ss') && inflected === s.slice(0, -1) ? s : inflected;
  s = stripFirst(s, DERIVATIONS);
  // "running" → "runn" → "run"; "making" and "make" → "mak"; "agreed" and "agree" → "agr".
  if (/([^aeiouls])\1$/.test(s)) s = s.slice(0, -1);
  s = s.replace(/(?<=\p{L}{2})e+$/u, '');
  return s;
}

function stripFirst(word: string, endings: readonly [string, string][]): string {
  for (const [suffix, replacement] of endings) {
    if (!word.endsWith(suffix)) continue;
    const root = word.slice(0, -suffix.length) + replacement;
    // The root must keep a vowel ("sing", "bring" stay whole) and its minimum length.
    if (root.length >= MIN_STEM && /[aeiouy]/.test(root)) return root;
    return word;
  }
  return word;
}
