import { foldApostrophes, wordShape } from '../../core/tokenize.ts';
import type { Rule, RuleContext, Word, WordShape } from '../../core/types.ts';
import { capitalize, type Lexicon } from '../../core/lexicon/lexicon.ts';
import { nearestFrequentRank, type Suggestion, suggest } from './suggest.ts';
import { slipCost } from './slip-cost.ts';
import { areKeyboardNeighbours } from '../../core/key-neighbours.ts';
import { singleEdit } from '../../core/single-edit.ts';
import { ACCEPTED_WORDS } from './accepted-words.ts';
import { americanSpelling, britishGuess } from './spelling-variety.ts';
import { CLITICS, DERIVATIONS, MIN_COMPOUND_PART, PREFIXES, SUFFIXES } from './word-parts.ts';
import meta from './meta.ts';

const MAX_SUGGESTIONS = 3;
/** Candidates weighed before the best three are offered: a capitalised slip may be on the fourth. */
const MAX_CANDIDATES = 12;
/** Shorter tokens are initials, unit symbols and interjections more often than misspellings. */
const MIN_LENGTH = 3;
/**
 * The words everyone writes: a slip that lands next to one of these is a slip, not a new word.
 * "Deparment" is a slip on a top-1,100 word; "Greedo" is one edit from "greedy" (rank 5,700).
 */
const EVERYDAY_RANK = 2_500;
/**
 * How common a word must be for a capitalised near-miss of it to count as a slip rather than a
 * name, by the length of the typed word. Short names sit one edit from many words ("Dax", "Seng",
 * "Luca"); the longer a word, the emptier its neighbourhood, so a long capitalised near-miss of
 * a fairly common word ("Commuinications", "Monitering") is a slip.
 */
function nameSlipRankLimit(length: number): number {
  if (length >= 8) return 20_000;
  return length >= 6 ? 7_500 : EVERYDAY_RANK;
}
/** Shorter names are one slip from other names too often ("Alyn", "Alan"). */
const WELL_KNOWN_NAME_SLIP_LENGTH = 8;
/** A name in the subtitles' top 10,000 words is one every reader knows how to spell ("Cambridge"). */
const WELL_KNOWN_NAME_RANK = 10_000;
/** Mid-sentence, capitalised words this short or shorter are names, brands and tickers far more often than slips. */
const MIN_NAME_SLIP_LENGTH = 5;
/**
 * "allllll", "waaaaay", "Booo": drawn out on purpose. A slip doubles a letter; it doesn't
 * quadruple it. A tripled letter is a slip ("commmittee", "threee") except at the end of a
 * one-syllable cry ("Booo", "nooo").
 */
const ELONGATION = /(\p{L})\1{3}|^\p{L}(\p{L})\2\2$/u;
/** "hehe", "haha", "tsktsk": a syllable said over and over is laughter or a noise, not a slip. */
const REPEATED_SYLLABLE = /^(\p{L}{1,3})\1+$/u;
/** Three letters and no vowel: an abbreviation or a unit ("plc", "bpd", "mph"), not a word mistyped. */
const ABBREVIATION = /^[b-df-hj-np-tv-xz]{1,3}$/;

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
function isKnownWord(lexicon: Lexicon, form: string, userWords: ReadonlySet<string>): boolean {
  if (lexicon.isKnownForm(form)) return true;
  const lower = form.toLowerCase();
  if (userWords.has(lower) || ACCEPTED_WORDS.has(lower)) return true;
  for (const clitic of CLITICS) {
    if (lower.endsWith(clitic) && lower.length > clitic.length + 1) {
      return isKnownWord(lexicon, form.slice(0, form.length - clitic.length), userWords);
    }
  }
  if (isRegularDerivative(lexicon, lower)) return true;
  // A slip on a common word is likelier than a coinage that happens to split: "everthing" is
  // "everything" mistyped, not "ever" + "thing"; "exmaple" is not "ex" + "maple".
  if (isBuiltFromParts(lexicon, lower) && nearestFrequentRank(lexicon, lower) >= EVERYDAY_RANK) return true;
  // British spelling of a known word: "paedophiles", "commercialisation", "colourblind".
  const american = americanSpelling(lower);
  return american !== lower && isKnownWord(lexicon, american, userWords);
}

/**
 * The article spells the British way: it has more words in a British-only spelling ("realised",
 * "paediatric") than in an American spelling with a British twin ("realized", "color").
 */
function spellsBritish(lexicon: Lexicon, words: Iterable<string>): boolean {
  let balance = 0;
  for (const lower of words) {
    if (lower.length < MIN_COMPOUND_PART) continue;
    const american = americanSpelling(lower);
    if (american !== lower && !lexicon.isSuggestable(lower) && lexicon.isSuggestable(american)) balance++;
    const british = britishGuess(lower);
    if (british !== lower && lexicon.isSuggestable(lower) && lexicon.isKnownForm(british)) balance--;
  }
  return balance > 0;
}

function isRegularDerivative(lexicon: Lexicon, lower: string): boolean {
  return DERIVATIONS.some(({ ending, stemEnding, replacement }) => {
    if (!lower.endsWith(ending)) return false;
    const stem = lower.slice(0, lower.length - ending.length) + replacement;
    return stem.length >= MIN_COMPOUND_PART && stemEnding.test(stem) && lexicon.isSuggestable(stem);
  });
}

/** A productive prefix or suffix on a word, or two words run together ("livestream"). */
function isBuiltFromParts(lexicon: Lexicon, lower: string): boolean {
  // Only the curated Hunspell words count as parts: word-list's rarities ("latinos", short
  // Scrabble entries) would make almost any misspelling splittable ("re" + "latinos").
  for (const prefix of PREFIXES) {
    if (!lower.startsWith(prefix) || lower.length - prefix.length < MIN_COMPOUND_PART) continue;
    if (lexicon.isSuggestable(lower.slice(prefix.length))) return true;
  }
  for (const suffix of SUFFIXES) {
    if (!lower.endsWith(suffix) || lower.length - suffix.length < MIN_COMPOUND_PART) continue;
    if (lexicon.isSuggestable(lower.slice(0, lower.length - suffix.length))) return true;
  }
  for (let i = MIN_COMPOUND_PART; i <= lower.length - MIN_COMPOUND_PART; i++) {
    if (lexicon.isSuggestable(lower.slice(0, i)) && lexicon.isSuggestable(lower.slice(i))) return true;
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
  // A word led by a full stop is a file extension (".png").
  return /[@#]|:\/\/|www\.|^\.\p{L}|[\p{L}\p{N}][._/\\=+][\p{L}\p{N}]|[<>{}[\]|~^$%*]/u.test(chunk);
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
  // The whole reduplication takes the inflection: "criss-crossing" is "criss-cross" + "-ing".
  const uninflected = (part: string) => part.toLowerCase().replace(/(?<=\p{L}{3})(?:ing|ed|es|(?<!s)s)$/u, '');
  const rhyme = (part: string) => uninflected(part).replace(/^[^aeiou]+/, '');
  const consonants = (part: string) => uninflected(part).replace(/[aeiou]/g, '');
  return parts.some((part) => part !== piece.text && (rhyme(part) === rhyme(piece.text) || consonants(part) === consonants(piece.text)));
}

/**
 * A capitalised word alone in quotation marks is a title or a name cited as spelled: a song called
 * "Dirrty", a product "Booyah". (A lower-case word in quotes is checked: the word "literaly" is
 * still a slip.)
 */
function isCitedTitle(text: string, piece: Piece): boolean {
  const { start, end, shape } = piece.word;
  if (shape !== 'capitalized') return false;
  return /["“‘']/.test(text.charAt(start - 1)) && /["”’']/.test(text.charAt(end)) && !/\p{L}/u.test(text.charAt(start - 2));
}

/**
 * A lower-case word between two capitalised ones is a particle of a name ("Piero della
 * Francesca", "Osama bin Laden"). Short ones could be a slipped "and" or "for", so they are still
 * checked.
 */
function isNameParticle(text: string, pieces: readonly Piece[], i: number): boolean {
  const piece = pieces[i] as Piece;
  const before = pieces[i - 1];
  const after = pieces[i + 1];
  if (piece.lower.length < MIN_COMPOUND_PART || before?.shape !== 'capitalized' || after?.shape !== 'capitalized') return false;
  return text.slice(before.end, piece.start) === ' ' && text.slice(piece.end, after.start) === ' ';
}

/** Part of a fixed phrase English has borrowed whole: "in toto", "per annum", "joie de vivre". */
function isInPhrase(lexicon: Lexicon, pieces: readonly Piece[], i: number): boolean {
  const piece = pieces[i] as Piece;
  return lexicon.phrasesWith(piece.lower).some((phrase) => {
    const first = i - phrase.indexOf(piece.lower);
    return phrase.every((word, k) => {
      const other = pieces[first + k];
      return other !== undefined && other.lower === word && other.word.sentence === piece.word.sentence;
    });
  });
}

/**
 * A hyphenated word listed whole ("have-not", "touchy-feely", "hi-fi"), or its plural: its parts
 * are not words on their own.
 */
function isListedCompound(lexicon: Lexicon, word: Word): boolean {
  if (!/[-‐]/.test(word.text)) return false;
  const whole = word.lower.replace(/‐/g, '-');
  return lexicon.isKnownForm(whole) || (whole.endsWith('s') && lexicon.isKnownForm(whole.slice(0, -1)));
}

/** "keepin’", "nothin'": the apostrophe marks the dropped g of speech, not a slip. */
function isDroppedG(lexicon: Lexicon, text: string, piece: Piece): boolean {
  return /^['’]/.test(text.slice(piece.end, piece.end + 1)) && piece.lower.endsWith('in') && lexicon.isKnownForm(`${piece.lower}g`);
}

function hasForeignLetters(word: string): boolean {
  return /[^\p{ASCII}’]/u.test(word);
}

/**
 * A slip lands inside a word: letters swapped, a letter dropped or added between others, a vowel
 * or a neighbouring key struck instead. A name that is one letter off a word differs at its ends
 * ("Zhang"/"hang", "Teva"/"tea", "Gartner"/"partner", "Magazin"/"magazine") or by an unrelated
 * letter ("Calyon"/"canyon").
 */
function isSlipInside(typed: string, intended: string): boolean {
  const edit = singleEdit(typed, intended);
  if (!edit) return false;
  const last = typed.length - 1;
  switch (edit.kind) {
    case 'transposition':
      return true;
    case 'insertion':
      return edit.at > 0 && edit.at <= last;
    // A finger that hits a second key hits one beside the first: "Spoace", "Sttack".
    case 'deletion':
    case 'substitution':
      return edit.at > 0 && edit.at < last && slipCost(typed, intended) < 1;
  }
}

/**
 * A known word with one letter set before it that no finger would strike there — neither the
 * letter after it again nor a key beside that one — is how terms of art are coined (a command, a
 * file format, a library: "i" + "tunes", "x" + "term"), not how a word is mistyped. It is read as a
 * slip only when some other reading of it is one ("hwere" is "where" with two letters swapped).
 */
function isCoinedOnAWord(word: string, candidates: readonly Suggestion[]): boolean {
  const [first, second] = [word[0] as string, word[1] as string];
  const bare = word.slice(1);
  if (first === second || areKeyboardNeighbours(first, second) || !candidates.some((s) => s.word === bare)) return false;
  return candidates.every((s) => s.word === bare || s.distance >= 1);
}

/**
 * A long word one slip from a name everyone knows ("Cambrige", "Massachussetts"): letters swapped
 * or one left out. Other differences (a vowel, a doubled letter) are how names vary
 * ("Katharine", "Phillips"), so they are left to name-variant, which compares the article's own
 * spellings.
 */
function isSlipOnWellKnownName(lexicon: Lexicon, lower: string, name: string): boolean {
  if (lower.length < WELL_KNOWN_NAME_SLIP_LENGTH || lexicon.frequencyRank(name.toLowerCase()) >= WELL_KNOWN_NAME_RANK) return false;
  const edit = singleEdit(lower, name.toLowerCase());
  return edit?.kind === 'transposition' || (edit?.kind === 'insertion' && isSlipInside(lower, name.toLowerCase()));
}

/**
 * A capitalised word that is not a name but a slip on a common word. Inside a sentence a capital
 * marks a name far more often than a misspelling, so it takes a long word and a slip inside it
 * ("Whiet House", "Interior Ministery"); a sentence's first word is capitalised anyway, so any
 * likely slip on an everyday word will do ("Teh", "Ther").
 */
function isCapitalisedSlip(lexicon: Lexicon, lower: string, suggestions: readonly Suggestion[], sentenceStart: boolean): boolean {
  const rankLimit = nameSlipRankLimit(lower.length);
  return suggestions.some((s) => {
    if (s.word !== s.word.toLowerCase()) return isSlipOnWellKnownName(lexicon, lower, s.word);
    const rank = lexicon.frequencyRank(s.word);
    const inside = isSlipInside(lower, s.word);
    if (sentenceStart && rank < EVERYDAY_RANK && (inside || s.distance < 1)) return true;
    if (!inside || rank >= rankLimit) return false;
    // Names differ from words by a doubled letter or a vowel ("Liffe", "Seng") more often than
    // by two swapped letters: short ones must be swapped ("Wihte").
    if (sentenceStart || lower.length > MIN_NAME_SLIP_LENGTH) return true;
    return lower.length === MIN_NAME_SLIP_LENGTH && singleEdit(lower, s.word)?.kind === 'transposition';
  });
}

/**
 * Part of a person's or a place's name: beside an initial or an unknown capitalised word
 * ("Morris W. Travers"), before a name that is nothing else, or after a given name or a
 * capitalised word no common word spells ("Arthur Wesley", "Mark Brailey", "Des Moines"). A
 * capitalised common noun after it ("Whiet House", "European Monitering Centre") makes a title,
 * not a name.
 */
function isInName(lexicon: Lexicon, pieces: readonly Piece[], i: number, unknown: readonly boolean[]): boolean {
  const piece = pieces[i] as Piece;
  const capitalisedBeside = (j: number) => {
    const other = pieces[j];
    return other !== undefined && other.word.sentence === piece.word.sentence && other.shape === 'capitalized' ? other : undefined;
  };
  const before = capitalisedBeside(i - 1);
  const after = capitalisedBeside(i + 1);
  if ([before, after].some((other, k) => other && (unknown[i - 1 + 2 * k] || other.text.length === 1))) return true;
  const afterLower = after && foldApostrophes(after.lower);
  if (afterLower && lexicon.isProperNoun(afterLower) && !lexicon.isKnownForm(afterLower)) return true;
  // A capitalised common noun after it makes a title whatever stands before ("European
  // Monitering Centre"); otherwise a name or a word no common word spells before it is a name's.
  if (!before || (afterLower && lexicon.isKnownForm(afterLower))) return false;
  const beforeLower = foldApostrophes(before.lower);
  return lexicon.isProperNoun(beforeLower) || !lexicon.isSuggestable(beforeLower);
}

function stemOf(lower: string): string {
  if (!lower.includes("'")) return lower;
  for (const clitic of CLITICS) {
    if (lower.endsWith(clitic) && lower.length > clitic.length + 1) return lower.slice(0, -clitic.length);
  }
  return lower;
}

/** The singular of a regular plural, or the word itself. */
function singularOf(stem: string): string {
  return stem.length > MIN_LENGTH && stem.endsWith('s') && !stem.endsWith('ss') ? stem.slice(0, -1) : stem;
}

function matchCase(suggestion: string, shape: WordShape): string {
  if (shape === 'upper') return suggestion.toUpperCase();
  if (shape === 'capitalized') return capitalize(suggestion);
  return suggestion;
}

function check(ctx: RuleContext): void {
  const { text } = ctx.article;
  const { lexicon } = ctx;
  const pieces = ctx.parse.words.flatMap(piecesOf);
  // Counted without clitics, so "Flickr’s" and "Flickr" are two uses of one word.
  const counts = new Map<string, number>();
  for (const piece of pieces) {
    const stem = stemOf(piece.lower);
    counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }
  // A word and its plural are one word used twice ("mech", "mechs").
  const usesOf = (stem: string) => {
    const singular = singularOf(stem);
    return (counts.get(singular) ?? 0) + (counts.get(`${singular}s`) ?? 0);
  };

  const unknown = pieces.map((piece) => {
    // All-caps tokens are acronyms; mixed case is a brand (iPhone, eBay) or a Mc/Mac name.
    if (piece.lower.length < MIN_LENGTH || (piece.shape !== 'lower' && piece.shape !== 'capitalized')) return false;
    const form = piece.text.includes('’') ? foldApostrophes(piece.text) : piece.text;
    if (isKnownWord(lexicon, form, ctx.userWords) || isListedCompound(lexicon, piece.word)) return false;
    if (/\p{N}/u.test(piece.text) || hasForeignLetters(piece.text) || ELONGATION.test(piece.text)) return false;
    return !REPEATED_SYLLABLE.test(piece.lower) && !ABBREVIATION.test(piece.lower);
  });
  // Decided when first needed: most articles never need it.
  let britishArticle: boolean | undefined;
  // Side by side: one space or hyphen apart, as the words of a phrase or a coinage are ("dolce
  // vita", "edu-tainment"), not “bruce” in quotes after a slip.
  const isUnknownLowerBeside = (i: number, j: number) => {
    const [first, second] = [pieces[Math.min(i, j)], pieces[Math.max(i, j)]];
    if (!first || !second || unknown[j] !== true || pieces[j]?.shape !== 'lower') return false;
    return /^[ \-‐]$/.test(text.slice(first.end, second.start));
  };

  pieces.forEach((piece, i) => {
    if (!unknown[i]) return;
    // The article uses it consistently, plural or not: a name, a coinage or a term of art, not a slip.
    const stem = stemOf(piece.lower);
    if (usesOf(stem) > 1) return;
    if (isInNonProse(text, piece) || isExemptCompoundPart(piece) || isDroppedG(lexicon, text, piece) || isCitedTitle(text, piece)) return;
    const capitalized = piece.shape === 'capitalized';
    if (capitalized && (isInName(lexicon, pieces, i, unknown) || nearestFrequentRank(lexicon, stem) >= nameSlipRankLimit(stem.length))) {
      return;
    }
    // Two unknown lower-case words side by side are a foreign phrase, not two typos.
    if (!capitalized && (isUnknownLowerBeside(i, i - 1) || isUnknownLowerBeside(i, i + 1))) return;
    if (!capitalized && (isNameParticle(text, pieces, i) || isInPhrase(lexicon, pieces, i))) return;

    const candidates = suggest(lexicon, stem, {
      withProperNouns: capitalized,
      spellsBritish: () => (britishArticle ??= spellsBritish(lexicon, counts.keys())),
      isUsedInArticle: (word) => counts.has(word),
      limit: MAX_CANDIDATES,
    });
    // Not one edit from any dictionary word: jargon, a foreign word or a handle, not a slip.
    if (candidates.length === 0 || (!capitalized && isCoinedOnAWord(stem, candidates))) return;
    const sentenceStart = piece.word.sentenceStart && piece.start === piece.word.start;
    if (capitalized && !isCapitalisedSlip(lexicon, stem, candidates, sentenceStart)) return;
    const suggestions = candidates.slice(0, MAX_SUGGESTIONS);
    const best = suggestions[0] as Suggestion;
    const end = piece.start + stem.length;
    ctx.flag({
      span: { start: piece.start, end },
      messageId: 'unknownWord',
      data: { word: text.slice(piece.start, end), hint: `, perhaps “${matchCase(best.word, piece.shape)}”` },
      suggestions: suggestions.map((s) => matchCase(s.word, piece.shape)),
    });
  });
}

const rule: Rule = {
  meta: {
    ...meta,
    languages: ['en'],
    description: 'Words that are in no dictionary and that the article does not use consistently.',
    messages: {
      unknownWord: 'Unknown word “{word}”: check the spelling{hint}',
    },
  },
  check,
};

export default rule;
