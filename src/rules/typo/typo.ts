import { foldApostrophes, wordShape } from '../../core/tokenize.ts';
import type { Rule, RuleContext, Word, WordShape } from '../../core/types.ts';
import { capitalize, frequencyRank, isKnownForm, isProperNoun, isSuggestable } from './dictionary.ts';
import { isOneEditFromFrequentWord, type Suggestion, suggest } from './suggest.ts';
import { ACCEPTED_WORDS } from './accepted-words.ts';
import { CLITICS, MIN_COMPOUND_PART, PREFIXES, SUFFIXES } from './word-parts.ts';

const MAX_SUGGESTIONS = 3;
/** Shorter tokens are initials, unit symbols and interjections more often than misspellings. */
const MIN_LENGTH = 3;
/**
 * A capitalised unknown word is a name unless it is one edit from an everyday word: "Deparment"
 * is a slip on a top-1,100 word; "Greedo" is one edit from "greedy" (rank 5,700), a film alien.
 */
const MAX_NAME_SLIP_FREQUENCY_RANK = 2_500;
/** "allllll", "waaaaay": drawn out on purpose. A slip doubles a letter, it doesn't quadruple it. */
const ELONGATION = /(\p{L})\1{3}/u;

/** A word, or one part of a hyphenated word: what gets looked up. */
interface Piece {
  text: string;
  /** Lower-case with ’ folded to '. */
  lower: string;
  start: number;
  end: number;
  shape: WordShape;
  word: Word;
}

function piecesOf(word: Word): Piece[] {
  const { text, lower, start, end, shape } = word;
  if (!text.includes('-') && !text.includes('‐')) return [{ text, lower, start, end, shape, word }];
  const pieces: Piece[] = [];
  const pattern = /[^-‐]+/g;
  for (let m = pattern.exec(word.text); m; m = pattern.exec(word.text)) {
    const start = word.start + m.index;
    pieces.push({
      text: m[0],
      lower: foldApostrophes(m[0].toLowerCase()),
      start,
      end: start + m[0].length,
      shape: wordShape(m[0]),
      word,
    });
  }
  return pieces;
}

/** Known as is, or built from known parts: clitics, productive affixes, a closed compound. */
function isKnownWord(form: string, userWords: ReadonlySet<string>): boolean {
  if (isKnownForm(form)) return true;
  const lower = form.toLowerCase();
  if (userWords.has(lower) || ACCEPTED_WORDS.has(lower)) return true;
  for (const clitic of CLITICS) {
    if (lower.endsWith(clitic) && lower.length > clitic.length + 1) {
      return isKnownWord(form.slice(0, form.length - clitic.length), userWords);
    }
  }
  // Only the curated Hunspell words count as parts: word-list's rarities ("latinos", short
  // Scrabble entries) would make almost any misspelling splittable ("re" + "latinos").
  for (const prefix of PREFIXES) {
    if (!lower.startsWith(prefix) || lower.length - prefix.length < MIN_COMPOUND_PART) continue;
    if (isSuggestable(lower.slice(prefix.length))) return true;
  }
  for (const suffix of SUFFIXES) {
    if (!lower.endsWith(suffix) || lower.length - suffix.length < MIN_COMPOUND_PART) continue;
    if (isSuggestable(lower.slice(0, lower.length - suffix.length))) return true;
  }
  for (let i = MIN_COMPOUND_PART; i <= lower.length - MIN_COMPOUND_PART; i++) {
    if (isSuggestable(lower.slice(0, i)) && isSuggestable(lower.slice(i))) return true;
  }
  return false;
}

/**
 * Addresses, handles, hashtags, file names and code: a token glued to others by "." "/" "@" "_"
 * and the like, or led by "@" or "#", is not prose.
 */
function isInNonProse(text: string, piece: Piece): boolean {
  let start = piece.word.start;
  let end = piece.word.end;
  while (start > 0 && !/\s/.test(text[start - 1] as string)) start--;
  while (end < text.length && !/\s/.test(text[end] as string)) end++;
  const chunk = text.slice(start, end);
  return /[@#]|:\/\/|www\.|[\p{L}\p{N}][._/\\=+][\p{L}\p{N}]|[<>{}[\]|~^$%*]/u.test(chunk);
}

/**
 * Parts of a hyphenated word that are not words on their own, legitimately: a prefix ("tri-"),
 * a reduplication ("hanky-panky", "wishy-washy"), or the lower-case half of a name
 * ("Yong-hyun", "Jean-luc").
 */
function isExemptCompoundPart(piece: Piece): boolean {
  const parts = piece.word.text.split(/[-‐]/);
  if (parts.length < 2) return false;
  if ((PREFIXES as readonly string[]).includes(piece.lower)) return true;
  if (parts.some((part) => wordShape(part) !== 'lower')) return true;
  const rhyme = (part: string) => part.toLowerCase().replace(/^[^aeiou]+/, '');
  const consonants = (part: string) => part.toLowerCase().replace(/[aeiou]/g, '');
  return parts.some(
    (part) => part !== piece.text && (rhyme(part) === rhyme(piece.text) || consonants(part) === consonants(piece.text)),
  );
}

/** "keepin’", "nothin'": the apostrophe marks the dropped g of speech, not a slip. */
function isDroppedG(text: string, piece: Piece): boolean {
  return /^['’]/.test(text.slice(piece.end, piece.end + 1)) && piece.lower.endsWith('in') && isKnownForm(`${piece.lower}g`);
}

function hasForeignLetters(word: string): boolean {
  return /[^\p{ASCII}’]/u.test(word);
}

function isSlipOfEverydayWord(suggestions: readonly Suggestion[]): boolean {
  return suggestions.some((s) => s.word === s.word.toLowerCase() && frequencyRank(s.word) < MAX_NAME_SLIP_FREQUENCY_RANK);
}

/**
 * Next to a given name, an initial or another unknown capitalised word: part of a person's or a
 * place's name ("Arthur Wesley Dowell", "Morris W. Travers").
 */
function isInName(pieces: readonly Piece[], i: number, unknown: readonly boolean[]): boolean {
  const piece = pieces[i] as Piece;
  return [i - 1, i + 1].some((j) => {
    const other = pieces[j];
    if (!other || other.word.sentence !== piece.word.sentence || other.shape !== 'capitalized') return false;
    return unknown[j] || other.text.length === 1 || isProperNoun(foldApostrophes(other.text));
  });
}

function stemOf(lower: string): string {
  if (!lower.includes("'")) return lower;
  for (const clitic of CLITICS) {
    if (lower.endsWith(clitic) && lower.length > clitic.length + 1) return lower.slice(0, -clitic.length);
  }
  return lower;
}

function matchCase(suggestion: string, shape: WordShape): string {
  if (shape === 'upper') return suggestion.toUpperCase();
  if (shape === 'capitalized') return capitalize(suggestion);
  return suggestion;
}

function check(ctx: RuleContext): void {
  const { text } = ctx.article;
  const pieces = ctx.parse.words.flatMap(piecesOf);
  // Counted without clitics, so "Flickr’s" and "Flickr" are two uses of one word.
  const counts = new Map<string, number>();
  for (const piece of pieces) {
    const stem = stemOf(piece.lower);
    counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }

  const unknown = pieces.map((piece) => {
    // All-caps tokens are acronyms; mixed case is a brand (iPhone, eBay) or a Mc/Mac name.
    if (piece.lower.length < MIN_LENGTH || (piece.shape !== 'lower' && piece.shape !== 'capitalized')) return false;
    const form = piece.text.includes('’') ? foldApostrophes(piece.text) : piece.text;
    if (isKnownWord(form, ctx.userWords)) return false;
    return !/\p{N}/u.test(piece.text) && !hasForeignLetters(piece.text) && !ELONGATION.test(piece.text);
  });
  const isUnknownLower = (j: number, sentence: number) =>
    unknown[j] === true && pieces[j]?.shape === 'lower' && pieces[j]?.word.sentence === sentence;

  pieces.forEach((piece, i) => {
    if (!unknown[i]) return;
    // The article uses it consistently: a name, a coinage or a term of art, not a slip.
    const stem = stemOf(piece.lower);
    if ((counts.get(stem) ?? 0) > 1) return;
    if (isInNonProse(text, piece) || isExemptCompoundPart(piece) || isDroppedG(text, piece)) return;
    const capitalized = piece.shape === 'capitalized';
    if (capitalized && (isInName(pieces, i, unknown) || !isOneEditFromFrequentWord(stem, MAX_NAME_SLIP_FREQUENCY_RANK))) {
      return;
    }
    // Two unknown lower-case words side by side are a foreign phrase, not two typos.
    if (!capitalized && (isUnknownLower(i - 1, piece.word.sentence) || isUnknownLower(i + 1, piece.word.sentence))) return;

    const suggestions = suggest(stem, {
      withProperNouns: capitalized,
      isUsedInArticle: (word) => counts.has(word),
      limit: MAX_SUGGESTIONS,
    });
    // Not one edit from any dictionary word: jargon, a foreign word or a handle, not a slip.
    const best = suggestions[0];
    if (!best || (capitalized && !isSlipOfEverydayWord(suggestions))) return;
    const end = piece.start + stem.length;
    ctx.report({
      span: { start: piece.start, end },
      messageId: 'unknownWord',
      data: { word: text.slice(piece.start, end), hint: `, perhaps “${matchCase(best.word, piece.shape)}”` },
      suggestions: suggestions.map((s) => matchCase(s.word, piece.shape)),
    });
  });
}

const rule: Rule = {
  meta: {
    id: 'typo',
    languages: ['en'],
    description: 'Words that are in no dictionary and that the article does not use consistently.',
    messages: {
      unknownWord: 'Unknown word “{word}”: check the spelling{hint}',
    },
  },
  check,
};

export default rule;
