/**
 * Word classes counted in the Brown corpus and WordNet at build time
 * (scripts/build-agreement-words.mjs; its header says how): which words are usually singular or
 * plural nouns, -s or base verb forms, adjectives, and which nouns name a group or a measure. Each
 * class's set is built on its first lookup, so the engine's start pays for none of them.
 */
import data from './word-classes.json';

type ClassName = Exclude<keyof typeof data, 'comment'>;

const loaded = new Map<ClassName, ReadonlySet<string>>();

function wordsOf(name: ClassName): ReadonlySet<string> {
  let words = loaded.get(name);
  if (!words) {
    words = new Set(data[name].split(' '));
    loaded.set(name, words);
  }
  return words;
}

/** Whether `word` (lower case) is usually used as a word of class `name`. */
export function isA(name: ClassName, word: string): boolean {
  return wordsOf(name).has(word);
}

/** What an -s form may be made from: "cities" → city; "goes" → goe, go; "cases" → case, cas. */
function withoutS(word: string): string[] {
  if (!word.endsWith('s') || word.endsWith('ss')) return [];
  if (word.endsWith('ies')) return [`${word.slice(0, -3)}y`];
  if (word.endsWith('es')) return [word.slice(0, -1), word.slice(0, -2)];
  return [word.slice(0, -1)];
}

/** The singular of a regular plural, when the corpus knows it as a noun: "cities" → "city". */
export function singularOf(plural: string): string | undefined {
  return withoutS(plural).find((candidate) => isA('singularNouns', candidate));
}

/** The base of an -s verb form, when the corpus knows it as a verb: "believes" → "believe", "goes" → "go". */
export function baseOf(thirdPerson: string): string | undefined {
  if (thirdPerson === 'has') return 'have';
  if (thirdPerson === 'does') return 'do';
  return withoutS(thirdPerson).find((candidate) => isA('verbs', candidate));
}

/** The third-person singular of a base form: say → says, deny → denies, go → goes. */
export function thirdPersonSingular(base: string): string {
  if (base === 'have') return 'has';
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}
