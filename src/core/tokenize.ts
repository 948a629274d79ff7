import type { ArticleText, Parse, Sentence, Word, WordShape } from './types.ts';

/**
 * Numbers first ("1,000", "3.5", "1990s"), then words whose parts are joined by an apostrophe
 * or a hyphen ("don't", "Hutchins’s", "teary-eyed"). A trailing apostrophe ("Hutchins’") is
 * punctuation here; rules that care about possessives look at the next character.
 */
const TOKEN = /\p{N}+(?:[.,:]\p{N}+)*\p{L}*|[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;

/** Words that end with a full stop without ending the sentence. Lower-case, no dot. */
// prettier-ignore
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'vs', 'etc', 'no',
  'nos', 'fig', 'vol', 'ft', 'mt', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e',
  'a.m', 'p.m', 'approx', 'dept', 'est', 'rev', 'ave', 'blvd',
]);

const SENTENCE_END = /[.!?…]/;
const CLOSERS = /["'”’)\]»]/;

export function wordShape(text: string): WordShape {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters === '') return 'other';
  const lower = letters.toLowerCase();
  const upper = letters.toUpperCase();
  if (letters === lower && letters !== upper) return 'lower';
  if (letters === upper && letters !== lower) return letters.length > 1 ? 'upper' : 'capitalized';
  const first = letters[0] as string;
  const rest = letters.slice(1);
  if (first === first.toUpperCase() && rest === rest.toLowerCase()) return 'capitalized';
  return 'mixed';
}

export function foldApostrophes(text: string): string {
  return text.replace(/’/g, "'");
}

/**
 * Where sentences end inside one block: after terminal punctuation (and any closing quotes)
 * followed by white space and something that can start a sentence, unless the word before the
 * full stop is a known abbreviation or a single-letter initial.
 */
function sentenceEnds(text: string, start: number, end: number): number[] {
  const ends: number[] = [];
  // Every mark of one run of end punctuation and closers shares where the run ends and what
  // follows it; each is measured once, so a run of 100,000 full stops costs its length, not its square.
  let runEnd = start;
  let nextStart = start;
  for (let i = start; i < end; i++) {
    const ch = text[i] as string;
    if (!SENTENCE_END.test(ch)) continue;
    let j = Math.max(i + 1, runEnd);
    while (j < end && (SENTENCE_END.test(text[j] as string) || CLOSERS.test(text[j] as string))) j++;
    runEnd = j;
    if (j >= end) break;
    if (!/\s/.test(text[j] as string)) {
      i = j - 1;
      continue;
    }
    let k = Math.max(j, nextStart);
    while (k < end && /\s/.test(text[k] as string)) k++;
    nextStart = k;
    if (k >= end) break;
    const next = text[k] as string;
    if (!/[\p{Lu}\p{N}"'“‘(•\-–—]/u.test(next)) {
      i = j - 1;
      continue;
    }
    if (ch === '.') {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, i - 12), i));
      const word = before?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase())) continue;
      if (/^\p{Lu}$/u.test(word)) continue;
    }
    ends.push(j);
    i = j - 1;
  }
  return ends;
}

/** How many words `tokenize` finds in the text, without building them (the sidebar's word count). */
export function countWords(text: string): number {
  return text.match(TOKEN)?.length ?? 0;
}

/** Tokenises the article once; rules share the result through `RuleContext.parse`. */
export function tokenize(article: ArticleText): Parse {
  const { text, blocks } = article;
  const words: Word[] = [];
  const sentences: Sentence[] = [];
  blocks.forEach((block, blockIndex) => {
    const bounds = [...sentenceEnds(text, block.start, block.end), block.end];
    let sentenceStart = block.start;
    for (const boundary of bounds) {
      // Leading white space and bullets belong to no sentence.
      let s = sentenceStart;
      while (s < boundary && /[\s•·▪‣]/.test(text[s] as string)) s++;
      let e = boundary;
      while (e > s && /\s/.test(text[e - 1] as string)) e--;
      sentenceStart = boundary;
      if (e <= s) continue;
      const sentenceIndex = sentences.length;
      const firstWord = words.length;
      TOKEN.lastIndex = 0;
      const slice = text.slice(s, e);
      for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
        const wordText = m[0];
        const wordStart = s + m.index;
        words.push({
          start: wordStart,
          end: wordStart + wordText.length,
          text: wordText,
          lower: foldApostrophes(wordText.toLowerCase()),
          shape: wordShape(wordText),
          isNumber: /^\p{N}/u.test(wordText),
          block: blockIndex,
          sentence: sentenceIndex,
          sentenceStart: words.length === firstWord,
          index: words.length,
        });
      }
      sentences.push({ start: s, end: e, block: blockIndex, firstWord, endWord: words.length });
    }
  });
  return { words, sentences };
}
