/**
 * Which language an article is written in, cheaply: the writing system of its letters, then — for
 * Latin and Cyrillic text — how many of its words are the commonest function words of each
 * language ("the", "of", "and" against "le", "de", "et" or "der", "die", "und"). Running prose in
 * any language is a third to a half function words, so a few hundred words decide it, and names,
 * numbers or a quoted foreign phrase barely move the shares. The page's `lang` attribute only
 * breaks ties and names languages we have no word lists for: templates often say "en" on a
 * French page, or nothing at all.
 * Pure and DOM-free; reads at most SAMPLE_CHARS, so the cost does not grow with the article.
 */
import { FUNCTION_WORD_PROFILES, LANGUAGE_NAMES, SCRIPT_LANGUAGES, SHARED_SHORT_WORDS, type Script } from './language-profiles.ts';
import { quotationSpans } from './quoted-speech.ts';
import type { ArticleText, Span } from './types.ts';

export type { Script } from './language-profiles.ts';

/** The languages Copydesk's language-specific rules are written for (primary subtags). */
export const SUPPORTED_LANGUAGES: readonly string[] = ['en'];

/** Copydesk's own language: assumed when neither the text nor the page says otherwise. */
const DEFAULT_LANGUAGE = 'en';
/** Enough text to tell (~2,000 words); reading more would change nothing but the cost. */
const SAMPLE_CHARS = 12_000;
/** Fewer letters than this (a headline, a caption) say nothing reliable about the language. */
const MIN_LETTERS = 60;
/** Fewer words than this leave the function-word shares to chance. */
const MIN_WORDS = 25;
/** Fewer lower-case words than this are too few to read a list page's running words alone. */
const MIN_RUNNING_WORDS = 15;
/**
 * Another language must beat English's share by this factor to win, so an English article that
 * quotes a French sentence stays English.
 */
const WIN_FACTOR = 1.5;
/** A phrase is foreign when at least this share of its words are another language's function words… */
const MIN_PHRASE_SHARE = 0.2;
/** …and they outnumber the article language's own by this factor ("on ne mange pas": 3 French, 1 English). */
const PHRASE_WIN_FACTOR = 2;
/** Below this share of its function words, running text is not in that language (prose is ~0.3–0.5). */
const MIN_SHARE = 0.12;
/** The share at which a profile is as certain as it gets. */
const CERTAIN_SHARE = 0.3;

export interface LanguageGuess {
  /** Primary language subtag ("en", "fr", "ru"); "und" for text in a language we cannot name. */
  lang: string;
  /** English name, for people: "French", "an unrecognised language". */
  name: string;
  script: Script;
  /** Copydesk's language-specific rules are written for this language. */
  supported: boolean;
  /** 0 (a guess: too little text, nothing declared) to 1 (the text leaves no doubt). */
  confidence: number;
  /** What decided it: the text, the page's lang attribute, both agreeing, or neither (the default). */
  source: 'text' | 'attribute' | 'text+attribute' | 'default';
}

let displayNames: Intl.DisplayNames | undefined;

export function languageName(lang: string): string {
  const known = LANGUAGE_NAMES[lang];
  if (known !== undefined) return known;
  try {
    displayNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    return displayNames.of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** "en-GB" → "en"; nothing usable ("", "und", "x-klingon", "*") → undefined. */
export function primaryLanguage(tag: string | undefined): string | undefined {
  const primary = /^\s*([a-z]{2,3})(?:[-_]|\s*$)/i.exec(tag ?? '')?.[1]?.toLowerCase();
  return primary === undefined || primary === 'und' ? undefined : primary;
}

/** Unicode ranges of the letters we tell apart, beyond ASCII (which is Latin). */
const SCRIPT_RANGES: readonly (readonly [number, number, Script])[] = [
  [0x00c0, 0x024f, 'Latin'],
  [0x1e00, 0x1eff, 'Latin'],
  [0x0370, 0x03ff, 'Greek'],
  [0x1f00, 0x1fff, 'Greek'],
  [0x0400, 0x052f, 'Cyrillic'],
  [0x0530, 0x058f, 'Armenian'],
  [0x0590, 0x05ff, 'Hebrew'],
  [0x0600, 0x06ff, 'Arabic'],
  [0x0750, 0x077f, 'Arabic'],
  [0x0900, 0x097f, 'Devanagari'],
  [0x0980, 0x09ff, 'Bengali'],
  [0x0e00, 0x0e7f, 'Thai'],
  [0x10a0, 0x10ff, 'Georgian'],
  [0x1100, 0x11ff, 'Hangul'],
  [0xac00, 0xd7af, 'Hangul'],
  [0x3040, 0x30ff, 'Kana'],
  [0x3400, 0x4dbf, 'Han'],
  [0x4e00, 0x9fff, 'Han'],
];

function scriptOf(code: number): Script | null {
  for (const [from, to, script] of SCRIPT_RANGES) if (code >= from && code <= to) return script;
  return null;
}

/** Function word → bit set of the profiles (indices into FUNCTION_WORD_PROFILES) that list it: one lookup per word. */
const PROFILE_BITS = new Map<string, number>();
FUNCTION_WORD_PROFILES.forEach((profile, index) => {
  for (const word of profile.words) PROFILE_BITS.set(word, (PROFILE_BITS.get(word) ?? 0) | (1 << index));
});
const PROFILED = new Set(FUNCTION_WORD_PROFILES.map((profile) => profile.lang));
/** No function word is longer; longer words are counted without being looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...PROFILE_BITS.keys()].map((word) => word.length));

/** Letters and combining marks: what words are made of. Digits, punctuation and symbols end a word. */
function isWordChar(code: number): boolean {
  if (code < 0xc0) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  return code !== 0xd7 && code !== 0xf7 && !(code >= 0x2000 && code <= 0x2bff) && !(code >= 0x3000 && code <= 0x303f) && !(code >= 0xff00 && code <= 0xff20);
}

interface Share {
  lang: string;
  share: number;
}

interface SampleCounts {
  script: Script;
  /** Function-word hits per profile, indexed like FUNCTION_WORD_PROFILES. */
  hits: number[];
  /** The dominant script's share of the letters. */
  scriptShare: number;
  letters: number;
  words: number;
  /** Per profile of the dominant script, best first: the share of words that are its function words. */
  shares: Share[];
  /** Words that start with a lower-case letter: the running words between a list's names and labels. */
  lowerWords: number;
  /** Like `shares`, among the words that start with a lower-case letter. */
  lowerShares: Share[];
}

/** One pass over the sample: letters by script, and function-word hits by profile. */
function countSample(sample: string): SampleCounts {
  // ASCII letters, the bulk of most pages, are counted apart, without a range lookup.
  let ascii = 0;
  const scripts = new Map<Script, number>();
  const hits = new Array<number>(FUNCTION_WORD_PROFILES.length).fill(0);
  const lowerHits = new Array<number>(FUNCTION_WORD_PROFILES.length).fill(0);
  let letters = 0;
  let words = 0;
  let lowerWords = 0;
  let wordStart = -1;
  for (let i = 0; i <= sample.length; i++) {
    const code = i < sample.length ? sample.charCodeAt(i) : 0;
    if (isWordChar(code)) {
      if (wordStart < 0) wordStart = i;
      if (code < 0x80) {
        ascii++;
        continue;
      }
      const script = scriptOf(code);
      if (script !== null) {
        letters++;
        scripts.set(script, (scripts.get(script) ?? 0) + 1);
      }
      continue;
    }
    if (wordStart < 0) continue;
    words++;
    const first = sample.charCodeAt(wordStart);
    const lower = startsLowerCase(first);
    if (lower) lowerWords++;
    if (i - wordStart <= LONGEST_FUNCTION_WORD) {
      const word = sample.slice(wordStart, i);
      // Most words are lower-case already; lower-casing only the others halves the cost of the loop.
      let bits = PROFILE_BITS.get(first >= 0x61 && first <= 0x7a ? word : word.toLowerCase()) ?? 0;
      for (let index = 0; bits !== 0; index++, bits >>>= 1) {
        if (!(bits & 1)) continue;
        (hits[index] as number)++;
        if (lower) (lowerHits[index] as number)++;
      }
    }
    wordStart = -1;
  }
  scripts.set('Latin', (scripts.get('Latin') ?? 0) + ascii);
  letters += ascii;
  let script: Script = 'Latin';
  let most = 0;
  for (const [candidate, count] of scripts) {
    if (count > most) [script, most] = [candidate, count];
  }
  // Japanese writes most content words in Han characters; a real share of kana makes it Japanese.
  if (script === 'Han' && (scripts.get('Kana') ?? 0) > letters * 0.05) script = 'Kana';
  const sharesOf = (counts: number[], of: number): Share[] =>
    FUNCTION_WORD_PROFILES.flatMap((profile, index) =>
      profile.script === script ? [{ lang: profile.lang, share: of === 0 ? 0 : (counts[index] as number) / of }] : [],
    ).sort((a, b) => b.share - a.share);
  return {
    script,
    hits,
    scriptShare: letters === 0 ? 0 : most / letters,
    letters,
    words,
    shares: sharesOf(hits, words),
    lowerWords,
    lowerShares: sharesOf(lowerHits, lowerWords),
  };
}

/** A lower-case ASCII letter, or another letter that has an upper case and is not in it. */
function startsLowerCase(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  const char = String.fromCharCode(code);
  return char.toUpperCase() !== char && char.toLowerCase() === char;
}

interface TextVerdict {
  /** Null when the text is too short to say. */
  lang: string | null;
  script: Script;
  confidence: number;
}

/** What the text alone says. */
function readText(sample: string): TextVerdict {
  const { script, scriptShare, letters, words, shares, lowerWords, lowerShares } = countSample(sample);
  if (letters < MIN_LETTERS) return { lang: null, script, confidence: 0 };
  const unprofiled = SCRIPT_LANGUAGES[script] ?? 'und';
  const best = shares[0];
  if (best === undefined) return { lang: unprofiled, script, confidence: scriptShare };
  if (words < MIN_WORDS) return { lang: null, script, confidence: 0 };
  // A page of lists and short lines (a meal plan, a results round-up) is mostly names, labels and
  // figures, which dilute any language's function words; the running words between them still
  // read as running text, and in a list they are the words that start lower-case.
  const verdict =
    byFunctionWords(shares, scriptShare) ?? (lowerWords >= MIN_RUNNING_WORDS ? byFunctionWords(lowerShares, scriptShare * (lowerWords / words)) : null);
  if (verdict) return { ...verdict, script };
  // Names, labels and figures with hardly a running word between them say nothing of the language.
  if (lowerWords < MIN_RUNNING_WORDS) return { lang: null, script, confidence: 0 };
  // Words, but too few of any profile's: a language of this script we have no word lists for.
  return { lang: unprofiled, script, confidence: scriptShare * (1 - best.share / MIN_SHARE) };
}

/** The profiled language the shares of function words name, if any does. */
function byFunctionWords(shares: readonly Share[], scriptShare: number): { lang: string; confidence: number } | null {
  const [best, second] = shares;
  if (best === undefined) return null;
  const sure = (winner: Share) => Math.min(1, winner.share / CERTAIN_SHARE) * scriptShare;
  const english = shares.find((share) => share.lang === DEFAULT_LANGUAGE);
  const foreign = english && best.lang === english.lang ? second : best;
  // Close calls go to English: missing a foreign page's false alarms costs less than silencing an English page.
  if (foreign && foreign.share >= MIN_SHARE && (!english || foreign.share >= english.share * WIN_FACTOR)) {
    const margin = english ? 1 - english.share / foreign.share : 1 - (second?.share ?? 0) / foreign.share;
    return { lang: foreign.lang, confidence: sure(foreign) * Math.min(1, 2 * margin) };
  }
  if (english && english.share >= MIN_SHARE) {
    return { lang: english.lang, confidence: sure(english) * Math.min(1, 2 * (1 - (foreign?.share ?? 0) / english.share)) };
  }
  return null;
}

function guess(lang: string, script: Script, confidence: number, source: LanguageGuess['source']): LanguageGuess {
  return {
    lang,
    name: languageName(lang),
    script,
    supported: SUPPORTED_LANGUAGES.includes(lang),
    confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100,
    source,
  };
}

/**
 * The language of `text`. The page's declared language (`<html lang>`) decides only when the text
 * is too short to tell, or when the text is in a language we have no word lists for and the page
 * names one (a Polish page in Latin letters, a Persian one in Arabic script) — never against text
 * that reads as one of the profiled languages.
 */
export function detectLanguage(text: string, declaredTag?: string): LanguageGuess {
  const declared = primaryLanguage(declaredTag);
  const read = readText(text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text);
  if (read.lang === null) {
    if (declared) return guess(declared, read.script, 0.3, 'attribute');
    // A few words of Greek or Cyrillic are still not English, whatever they say.
    if (read.script !== 'Latin') return guess(SCRIPT_LANGUAGES[read.script] ?? 'und', read.script, 0.3, 'text');
    return guess(DEFAULT_LANGUAGE, read.script, 0, 'default');
  }
  if (declared === read.lang) return guess(read.lang, read.script, Math.max(read.confidence, 0.5), 'text+attribute');
  if (declared && !PROFILED.has(declared) && !PROFILED.has(read.lang)) return guess(declared, read.script, read.confidence, 'attribute');
  return guess(read.lang, read.script, read.confidence, 'text');
}

export function articleLanguage(article: Pick<ArticleText, 'text' | 'lang'>): LanguageGuess {
  return detectLanguage(article.text, article.lang);
}

/**
 * Whether a stretch of an article written in `lang` — a quotation, a paragraph — is in another
 * language: “joie de vivre”, a Spanish sentence quoted in an English story. A stretch long enough
 * is read like a whole article, and must read as a language we have words for (or another
 * script): a paragraph of names reads as nothing and stays the article's. A short one is foreign
 * when it holds another language's function words and at most half as many of `lang`'s, counting
 * the short words `lang`'s profile leaves out ("a", "to", "on").
 */
export function readsAsOtherLanguage(stretch: string, lang: string): boolean {
  const own = FUNCTION_WORD_PROFILES.findIndex((profile) => profile.lang === lang);
  const ownProfile = FUNCTION_WORD_PROFILES[own];
  if (ownProfile === undefined) return false;
  const counts = countSample(stretch.length > SAMPLE_CHARS ? stretch.slice(0, SAMPLE_CHARS) : stretch);
  if (counts.letters === 0) return false;
  if (counts.script !== ownProfile.script) return true;
  if (counts.words >= MIN_WORDS) {
    const read = readText(stretch);
    return read.lang !== null && read.lang !== lang && PROFILED.has(read.lang);
  }
  const shortWords = SHARED_SHORT_WORDS[lang];
  let ownHits = counts.hits[own] as number;
  if (shortWords) for (const [word] of stretch.toLowerCase().matchAll(/\p{L}+/gu)) if (shortWords.has(word)) ownHits++;
  const foreignHits = Math.max(0, ...counts.hits.filter((_, index) => index !== own && FUNCTION_WORD_PROFILES[index]?.script === ownProfile.script));
  return foreignHits > 0 && foreignHits >= ownHits * PHRASE_WIN_FACTOR && foreignHits / counts.words >= MIN_PHRASE_SHARE;
}

/**
 * A test for spans of an article in `lang`: true when the span lies in a paragraph or a quotation
 * in another language. Paragraphs and quotations are read only when asked about, once each: rules
 * flag a few spans per thousand words, so most are never read.
 */
export function otherLanguageTest(article: ArticleText, lang: string): (span: Span) => boolean {
  const verdicts = new Map<string, boolean>();
  const other = (range: Span): boolean => {
    const key = `${range.start}:${range.end}`;
    let verdict = verdicts.get(key);
    if (verdict === undefined) {
      verdict = readsAsOtherLanguage(article.text.slice(range.start, range.end), lang);
      verdicts.set(key, verdict);
    }
    return verdict;
  };
  const quotations = new Map<Span, Span[]>();
  return (span) => {
    const block = article.blocks.find((candidate) => candidate.start <= span.start && span.end <= candidate.end);
    if (block === undefined) return false;
    if (other(block)) return true;
    let inBlock = quotations.get(block);
    if (inBlock === undefined) {
      inBlock = quotationSpans(article.text, block);
      quotations.set(block, inBlock);
    }
    return inBlock.some((quotation) => quotation.start <= span.start && span.end <= quotation.end && other(quotation));
  };
}
