import { singleEdit } from '../../core/single-edit.ts';
import { wordShape } from '../../core/tokenize.ts';
import type { Lexicon } from '../../core/lexicon/lexicon.ts';
import type { ArticleText, Rule, RuleContext, Span, Word } from '../../core/types.ts';
import { areKeyboardNeighbours } from '../../core/key-neighbours.ts';
import { nameLikenessLead } from './letter-model.ts';
import {
  CREDIT_AGENCY,
  CREDIT_LINE,
  CREDIT_WORD,
  DETERMINERS,
  FUNCTION_WORDS,
  NAME_PARTICLES,
  PLACE_PREPOSITIONS,
  SPEECH_VERBS,
  TITLES,
} from './person-cues.ts';
import meta from './meta.ts';

/** One use of a name in the text, its possessive ending left out of `span`. */
interface NameUse {
  name: string;
  span: Span;
  word: Word;
  /**
   * The given name before it, unless a title, a function word or a common word ("Sovereign Life"):
   * "Halyna" Hutchins, "Marco" dal Ponte.
   */
  givenName: string | null;
  /** Directly before another capitalised word: itself a given name, or part of a longer name. */
  beforeName: boolean;
  /** A title before it ("Mr. Reeves", "Sir William Ramsay") or a verb of saying next to it. */
  cued: boolean;
  /** On its own mid-sentence in running text, not after "the" or "in": "the report Reeves wrote". */
  alone: boolean;
  /** An item of a list of names, another name beyond a separator: "Lynch; Brennan, Walsh". */
  listed: boolean;
  /** Where the full name starts: at its given name or its particle if it has one. */
  nameStart: number;
  /** After a lower-case particle that belongs to the surname: "dal Ponte", "van Berg". */
  particled: boolean;
}

/** One spelling and the words that use it. */
interface NameForm {
  name: string;
  /** Lower-cased, for comparing spellings. */
  key: string;
  words: Word[];
}

/** Names this short have too many real neighbours one letter away ("Lee", "Leo", "Lea"). */
const MIN_NAME_LENGTH = 4;
/** A three-letter name is still checked for swapped letters ("Kmi" for "Kim"), which rarely make a name. */
const MIN_TRANSPOSED_LENGTH = 3;
/** When each spelling is used once, the canonical one must look this much more like a name (nats). */
const TIE_MARGIN = 1;
/**
 * A spelling that looks this much less like a name than its rival is a slip even where it stands
 * with a first name (nats): "Sir William Ramsauy" against "Ramsay".
 */
const CLEAR_SLIP_MARGIN = 1.5;
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
/** "REEVES: I think…": a speaker label in a transcript. */
const SPEAKER_MARK = /^['’]?s?\s*:/;
/** "WASHINGTON —", "REEVES |": a dateline or a label opening its block. */
const DATELINE_MARK = /^['’]?s?\s*[—–|-]/;
const POSSESSIVE = /['’]s$/u;
/** Block kinds written in headline case, where every word may be capitalised. */
const HEADLINE_BLOCKS = new Set(['title', 'heading']);

const bareName = (text: string) => text.replace(POSSESSIVE, '');
/** Shape of the word without its possessive ending ("HUTCHINS’s" is in capitals). */
const nameShape = (word: Word) => (POSSESSIVE.test(word.text) ? wordShape(bareName(word.text)) : word.shape);
const isNameCased = (word: Word) => {
  const shape = nameShape(word);
  return shape === 'capitalized' || (shape === 'mixed' && /^\p{Lu}/u.test(word.text));
};
const isCaps = (word: Word) => nameShape(word) === 'upper';
/** "Mayor Smith" is a title; "the Mayor’s Ball" is not. */
const isTitle = (word: Word) => TITLES.has(word.lower) && !POSSESSIVE.test(word.text);
/** A word of the language, not a name: "Standard" (Life), "Music" (Hall), but not "Mark" or "Rose". */
const isCommonWord = (lexicon: Lexicon, word: Word) => {
  const lower = bareName(word.lower);
  return lexicon.isSuggestable(lower) && !lexicon.isProperNoun(lower);
};
/** A list separator after a name, or before it: "Doyle, Brennan and Walsh". */
const LIST_AFTER = /^['’]?s?\s*(?:[,;]|and\s|&)/u;
const LIST_BEFORE = /(?:[,;:]|\band|&)\s*$/u;
/** How far a list separator is looked for on either side of a name (characters). */
const LIST_MARK_REACH = 6;
/** How far back a credit ("Photo: …") may open the line a name stands in (characters). */
const CREDIT_REACH = 60;
/** How far after a name the slash before an agency may come: "Jon Smith / AP" (characters). */
const CREDIT_AGENCY_REACH = 4;

const inHeadline = (article: ArticleText, word: Word) => HEADLINE_BLOCKS.has(article.blocks[word.block]?.kind ?? 'paragraph');

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The spelling with each one letter left out. */
function deletions(key: string): string[] {
  return Array.from(key, (_, i) => key.slice(0, i) + key.slice(i + 1));
}

/**
 * The spellings one slip apart share a key: itself or one of its deletions (a letter added,
 * dropped, changed or two swapped all leave some shorter spelling in common). Looking a spelling's
 * keys up finds its neighbours without comparing every pair, which on a page of thousands of
 * distinct capitalised words was the rule's square.
 */
function slipNeighbours(forms: readonly NameForm[]): (form: NameForm) => NameForm[] {
  const byKey = new Map<string, NameForm[]>();
  for (const form of forms) for (const key of new Set([form.key, ...deletions(form.key)])) pushTo(byKey, key, form);
  return (form) => {
    const found = new Set<NameForm>();
    for (const key of [form.key, ...deletions(form.key)]) {
      for (const neighbour of byKey.get(key) ?? []) if (neighbour.name.charAt(0) === form.name.charAt(0)) found.add(neighbour);
    }
    return [...found];
  };
}

/** The text between two neighbouring words of one sentence is only white space (`gap`). */
function adjacent(text: string, left: Word | undefined, right: Word | undefined, gap = /^\s+$/): boolean {
  if (!left || !right || left.sentence !== right.sentence) return false;
  return gap.test(text.slice(left.end, right.start));
}

/** A title's full stop may sit between it and the name: "Mr. Reeves". */
const AFTER_TITLE = /^\.?\s+$/;

/** "dal" in "Marco dal Ponte": a lower-case particle that is part of the surname. */
function particleOf(text: string, words: readonly Word[], word: Word): Word | undefined {
  const particle = words[word.index - 1];
  const isParticle = particle?.shape === 'lower' && NAME_PARTICLES.has(particle.lower) && adjacent(text, particle, word);
  return isParticle ? particle : undefined;
}

function describeUse(lexicon: Lexicon, article: ArticleText, words: readonly Word[], word: Word): NameUse {
  const { text } = article;
  const name = bareName(word.text);
  const [before2, prev, next] = [words[word.index - 2], words[word.index - 1], words[word.index + 1]];
  // "RedMonk’s Stephens": a possessive before a name is its employer or place, not a given name.
  const afterName = prev !== undefined && adjacent(text, prev, word) && isNameCased(prev) && !POSSESSIVE.test(prev.text);
  const particle = particleOf(text, words, word);
  const beforeTheParticle = particle && words[particle.index - 1];
  const given = afterName
    ? prev
    : beforeTheParticle && adjacent(text, beforeTheParticle, particle) && isNameCased(beforeTheParticle)
      ? beforeTheParticle
      : undefined;
  const byName = given !== undefined && !isTitle(given) && !FUNCTION_WORDS.has(given.lower);
  // "Sovereign Life said": a common word before it makes the name a company's, a venue's or a work's.
  const inThingName = byName && isCommonWord(lexicon, given);
  const givenName = byName && !inThingName ? given.text : null;
  const beforeName = next !== undefined && adjacent(text, word, next) && isNameCased(next) && name === word.text;
  const titled = prev !== undefined && adjacent(text, prev, word, AFTER_TITLE) && isTitle(prev);
  const titledGivenName = givenName !== null && before2 !== undefined && adjacent(text, before2, prev, AFTER_TITLE) && isTitle(before2);
  const spoken =
    (next !== undefined && adjacent(text, word, next) && SPEECH_VERBS.has(next.lower)) ||
    (prev !== undefined && adjacent(text, prev, word) && SPEECH_VERBS.has(prev.lower)) ||
    (prev?.lower === 'to' && before2?.lower === 'according');
  const afterThingWord = prev !== undefined && (DETERMINERS.has(prev.lower) || PLACE_PREPOSITIONS.has(prev.lower));
  const block = article.blocks[word.block];
  const first = givenName !== null && given ? given : (particle ?? word);
  // A list of names: a separator, then another name, on either side ("Lynch; Brennan, Walsh").
  const [itemBefore, itemAfter] = [words[first.index - 1], words[word.index + 1]];
  const listed =
    block !== undefined &&
    ((itemBefore?.block === word.block &&
      isNameCased(itemBefore) &&
      LIST_BEFORE.test(text.slice(Math.max(itemBefore.end, first.start - LIST_MARK_REACH), first.start))) ||
      (itemAfter?.block === word.block &&
        isNameCased(itemAfter) &&
        LIST_AFTER.test(text.slice(word.start + name.length, Math.min(itemAfter.start, word.end + LIST_MARK_REACH)))));
  return {
    name,
    span: { start: word.start, end: word.start + name.length },
    word,
    givenName,
    beforeName,
    cued: !beforeName && !inThingName && (titled || titledGivenName || spoken),
    alone: !beforeName && !inHeadline(article, word) && !word.sentenceStart && !afterName && !titled && !afterThingWord,
    listed,
    nameStart: first.start,
    particled: particle !== undefined,
  };
}

/** "Photo: Jon Smith", "Jon Smith/AP": a credit names the photographer, not a person in the story. */
function inCreditLine(article: ArticleText, word: Word): boolean {
  const block = article.blocks[word.block];
  const from = Math.max(block?.start ?? 0, word.start - CREDIT_REACH);
  return CREDIT_LINE.test(article.text.slice(from, word.start)) || CREDIT_AGENCY.test(article.text.slice(word.end, word.end + CREDIT_AGENCY_REACH));
}

/**
 * Capitalised and all-capitals spellings (credit lines left out), and every word the text writes
 * in lower case.
 */
function collectForms(article: ArticleText, words: readonly Word[]) {
  // Most blocks credit nobody: one search per block spares the look-back for each of its names.
  const creditBlocks = new Set<number>();
  article.blocks.forEach((block, index) => {
    if (CREDIT_WORD.test(article.text.slice(block.start, block.end))) creditBlocks.add(index);
  });
  const nameCased = new Map<string, NameForm>();
  const capitals = new Map<string, NameForm>();
  const lowerWords = new Set<string>();
  for (const word of words) {
    if (word.isNumber) continue;
    if (word.shape === 'lower') {
      lowerWords.add(word.lower.endsWith("'s") ? word.lower.slice(0, -2) : word.lower);
      continue;
    }
    const forms = isCaps(word) ? capitals : isNameCased(word) ? nameCased : null;
    if (!forms || (creditBlocks.has(word.block) && inCreditLine(article, word))) continue;
    const name = bareName(word.text);
    const form = forms.get(name);
    if (form) form.words.push(word);
    else forms.set(name, { name, key: name.toLowerCase(), words: [word] });
  }
  return { nameCased, capitals, lowerWords };
}

const withFirstName = (u: NameUse) => u.givenName !== null && !u.beforeName;

/**
 * Whether the text treats a name as a person's: a title or a verb of saying next to one of its
 * uses, or a full name introduced and the surname then used on its own ("Eric Reeves … Reeves").
 */
function hasPersonEvidence(uses: readonly NameUse[]): boolean {
  return uses.some((u) => u.cued) || (uses.some(withFirstName) && uses.some((u) => u.alone));
}

/**
 * How firmly the text ties a spelling to a person: 2 with a first name ("Rajesh Chaudhary"), 1 with
 * a title or a verb of saying ("Mr Chaudary said"), 0 otherwise.
 */
function anchoring(uses: readonly NameUse[]): number {
  if (uses.some(withFirstName)) return 2;
  return uses.some((u) => u.cued) ? 1 : 0;
}

/**
 * Whether one edit from the canonical spelling looks like a slip rather than another name: a
 * vowel heard wrong or a neighbouring key hit, a letter doubled, dropped or added inside the
 * word, two letters swapped. Edits at the very end are left alone unless they double or undouble
 * the last letter: an added or dropped ending makes a different word (Obamas, Israeli, Kenyan,
 * Paula, Browne, Clarke, Sarah).
 */
function isSlip(from: string, to: string): boolean {
  const edit = singleEdit(from, to);
  if (!edit || edit.at === 0) return false;
  if (from.length < (edit.kind === 'transposition' ? MIN_TRANSPOSED_LENGTH : MIN_NAME_LENGTH)) return false;
  switch (edit.kind) {
    case 'substitution':
      return (VOWELS.has(edit.from) && VOWELS.has(edit.to)) || areKeyboardNeighbours(edit.from, edit.to);
    case 'transposition':
      return true;
    case 'insertion':
      return edit.at < from.length || to[edit.at - 1] === edit.letter;
    case 'deletion':
      return edit.at < from.length - 1 || from[edit.at - 1] === edit.letter;
  }
}

/**
 * What the given names before two spellings say: the same first name ("Halyna Hutchins", "Halyna
 * Houtchins") makes one person; different ones ("Boris Johnson", "Rob Johnston") make two.
 */
type GivenNameRelation = 'same person' | 'other person' | 'unknown';

function givenNameRelation(variant: readonly NameUse[], canonical: readonly NameUse[]): GivenNameRelation {
  const canonicalGiven = new Set(canonical.map((u) => u.givenName).filter((g) => g !== null));
  const variantGiven = variant.map((u) => u.givenName).filter((g) => g !== null);
  if (canonicalGiven.size === 0 || variantGiven.length === 0) return 'unknown';
  return variantGiven.every((g) => canonicalGiven.has(g)) ? 'same person' : 'other person';
}

/**
 * A capitalised word inside a run of them, a block in capitals, a dateline ("WASHINGTON —") or a
 * speaker label ("REEVES:") is a style, not a misspelling.
 */
function isCapitalsStyle(article: ArticleText, words: readonly Word[], use: NameUse): boolean {
  const { word } = use;
  const block = article.blocks[word.block];
  if (!block || inHeadline(article, word)) return true;
  const neighbours = [words[word.index - 1], words[word.index + 1]];
  if (neighbours.some((n) => n && n.sentence === word.sentence && isCaps(n))) return true;
  const after = article.text.slice(use.span.end, Math.min(block.end, use.span.end + 4));
  if (SPEAKER_MARK.test(after)) return true;
  const firstWordOfBlock = words[word.index - 1]?.block !== word.block;
  return firstWordOfBlock && DATELINE_MARK.test(after);
}

/**
 * "Bhatia" and "Batia", "Chaudhary" and "Chaudary": an h after a consonant comes and goes in
 * transliteration, and a model of English names cannot tell which spelling is right.
 */
function isTransliteratedH(a: string, b: string): boolean {
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  const edit = singleEdit(longer, shorter);
  return edit?.kind === 'deletion' && edit.letter === 'h' && !VOWELS.has(longer.charAt(edit.at - 1));
}

/**
 * When each spelling is used once, which one the other departs from. A copy editor checks the
 * full name: the spelling that stands with a first name (or, failing that, a title) wins
 * ("Finance Minister Rajesh Chaudhary" over "Mr Chaudary"), unless the other looks clearly more
 * like a name ("Ramsay" over "Sir William Ramsauy"). Equally anchored, the spelling that looks
 * more like a name wins ("Conroy" over "Cnroy").
 */
function winsTie(canonical: NameForm, variant: NameForm, usesOf: (form: NameForm) => readonly NameUse[]): boolean {
  const judged = !isTransliteratedH(canonical.key, variant.key);
  const lead = (name: string, other: string) => (judged ? nameLikenessLead(name, other) : 0);
  const firmer = anchoring(usesOf(canonical)) - anchoring(usesOf(variant));
  if (firmer > 0) return lead(variant.key, canonical.key) < CLEAR_SLIP_MARGIN;
  return lead(canonical.key, variant.key) >= (firmer < 0 ? CLEAR_SLIP_MARGIN : TIE_MARGIN);
}

/**
 * The spelling `variant` departs from, if one clearly wins: more uses (a variant used twice needs
 * a canonical used twice as often, since two people can share a near-identical name), or, when
 * each is used once, the one `winsTie` picks.
 */
function canonicalOf(variant: NameForm, neighbours: readonly NameForm[], usesOf: (form: NameForm) => readonly NameUse[]): NameForm | null {
  const winners = neighbours.filter((canonical) => {
    const [c, v] = [canonical.words.length, variant.words.length];
    if (canonical === variant || c < v || Math.abs(canonical.key.length - variant.key.length) > 1) return false;
    if (!isSlip(canonical.key, variant.key)) return false;
    if (c > v) return v === 1 || 2 * v <= c;
    return c === 1 && winsTie(canonical, variant, usesOf);
  });
  const most = Math.max(0, ...winners.map((c) => c.words.length));
  const [canonical, ...rivals] = winners.filter((c) => c.words.length === most);
  return canonical && rivals.length === 0 ? canonical : null;
}

/** "Sorensen, not Sorenson", "Brennan and Brannan": two spellings set side by side on purpose. */
const SET_AGAINST = /^['’]?s?\s*(?:[,;/&(]|and\b|or\b|nor\b|,\s*(?:not|or)\b|\(\s*(?:not|or)\b)\s*$/u;

function setAgainst(text: string, a: NameUse, b: NameUse): boolean {
  const [first, second] = a.span.start < b.span.start ? [a, b] : [b, a];
  return SET_AGAINST.test(text.slice(first.span.end, second.nameStart));
}

/**
 * Whether two spellings can be one word of one name. Not if they stand side by side in one name
 * ("Dennis Denis", "Lord Lard"), if one is only ever a given name and the other never is ("Dana
 * White" against "Mr Dane"), if both are items of a list of names (a team sheet, its replacements
 * perhaps in the next paragraph, writes out every player: "Brennan" and "Brannan" there are two
 * players), if only one carries a particle of its
 * own ("dal Ponte" against "Ponti"), or if the text sets one against the other ("Sorensen, not
 * Sorenson").
 */
function playsOneRole(text: string, variant: readonly NameUse[], canonical: readonly NameUse[]): boolean {
  const canonicalIndexes = new Set(canonical.map((u) => u.word.index));
  if (variant.some((u) => canonicalIndexes.has(u.word.index - 1) || canonicalIndexes.has(u.word.index + 1))) return false;
  const givenOnly = (uses: readonly NameUse[]) => uses.every((u) => u.beforeName);
  if (variant.some((u) => u.beforeName) && !canonical.some((u) => u.beforeName)) return false;
  if (givenOnly(canonical) && !variant.some((u) => u.beforeName)) return false;
  const inNearbyList = (v: NameUse) => v.listed && canonical.some((c) => c.listed && Math.abs(c.word.block - v.word.block) <= 1);
  if (variant.some(inNearbyList)) return false;
  const withParticle = (uses: readonly NameUse[]) => uses.every((u) => u.particled);
  if (withParticle(variant) !== withParticle(canonical)) return false;
  return !variant.some((v) => canonical.some((c) => c.word.sentence === v.word.sentence && setAgainst(text, v, c)));
}

/**
 * Whether one spelling is a word of the language rather than this name, because the text never
 * ties it to a person: a nationality ("the 24-year-old Pole" against Poole), a word of a company's
 * or a venue's name ("Sovereign Life", "Town Hall", "the Mayor’s Ball"). A slip
 * rarely makes a dictionary word; the canonical side counts only words written in lower case,
 * since many surnames are dictionary names.
 */
function namesSomethingElse(lexicon: Lexicon, variant: readonly NameUse[], canonical: readonly NameUse[]): boolean {
  const [v, c] = [variant[0], canonical[0]];
  if (v && lexicon.isKnownForm(v.name) && anchoring(variant) === 0) return true;
  return c !== undefined && lexicon.isSuggestable(c.name.toLowerCase()) && anchoring(canonical) === 0;
}

/**
 * Whether the text shows the two spellings name one person. Two surnames used once each with no
 * first name to tie them may be two people (Lind, Lund). One shared first name is thin evidence
 * ("Press Service", "Press Sevice"), but a full name used again and again names a person
 * ("Samus Aran" ×15, "Samus Arran").
 */
function isOnePerson(lexicon: Lexicon, text: string, variant: readonly NameUse[], canonical: readonly NameUse[]): boolean {
  if (!playsOneRole(text, variant, canonical) || namesSomethingElse(lexicon, variant, canonical)) return false;
  const relation = givenNameRelation(variant, canonical);
  if (relation === 'other person') return false;
  const all = [...canonical, ...variant];
  if (variant.length === canonical.length && !all.some((u) => u.givenName !== null)) return false;
  if (relation === 'same person' && canonical.length > variant.length) return true;
  return hasPersonEvidence(all);
}

const timesText = (count: number) => (count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`);

const rule: Rule = {
  meta: {
    ...meta,
    languages: ['en'],
    description: 'A person’s name spelled or capitalised differently from the way the article spells it elsewhere.',
    messages: {
      spelling: '“{variant}” is spelled “{canonical}” {times} elsewhere in this article: use one spelling',
      casing: '“{variant}” is in capitals here but written “{canonical}” {times} elsewhere in this article: use one style',
    },
  },
  check(ctx: RuleContext) {
    const { article } = ctx;
    const { words } = ctx.parse;
    const { nameCased, capitals, lowerWords } = collectForms(article, words);
    const described = new Map<NameForm, NameUse[]>();
    const usesOf = (form: NameForm) => {
      let uses = described.get(form);
      if (!uses) described.set(form, (uses = form.words.map((word) => describeUse(ctx.lexicon, article, words, word))));
      return uses;
    };
    const flag = (use: NameUse, messageId: string, canonical: NameForm, variantCount: number) => {
      const count = canonical.words.length;
      const label = `canonical spelling “${canonical.name}” (×${count})`;
      ctx.flag({
        span: use.span,
        messageId,
        data: { variant: use.name, canonical: canonical.name, count, times: timesText(count), variantCount },
        suggestions: [canonical.name],
        related: usesOf(canonical).map((u) => ({ span: u.span, label })),
      });
    };

    // A capitalised word also written in lower case is a common word ("Rush", "rush"), not a name.
    const names = [...nameCased.values()].filter((form) => !lowerWords.has(form.key));
    // Only a word capitalised where other words are not says it is a name: "These" and "Those"
    // open sentences, "The Lost City" is a headline.
    const canonicals = names.filter((form) => form.words.some((word) => !word.sentenceStart && !inHeadline(article, word)));
    const neighboursOf = slipNeighbours(canonicals);
    for (const variant of names) {
      if (ctx.userWords.has(variant.key)) continue;
      const canonical = canonicalOf(variant, neighboursOf(variant), usesOf);
      if (!canonical) continue;
      const variantUses = usesOf(variant);
      if (!isOnePerson(ctx.lexicon, article.text, variantUses, usesOf(canonical))) continue;
      for (const use of variantUses) flag(use, 'spelling', canonical, variantUses.length);
    }

    const byCapitals = new Map<string, NameForm>();
    for (const form of canonicals) {
      const key = form.name.toUpperCase();
      const rival = byCapitals.get(key);
      if (!rival || rival.words.length < form.words.length) byCapitals.set(key, form);
    }
    for (const capitalsForm of capitals.values()) {
      const canonical = byCapitals.get(capitalsForm.name);
      if (!canonical || capitalsForm.words.length > canonical.words.length) continue;
      const uses = usesOf(capitalsForm);
      if (!hasPersonEvidence([...usesOf(canonical), ...uses])) continue;
      for (const use of uses) {
        if (!isCapitalsStyle(article, words, use)) flag(use, 'casing', canonical, uses.length);
      }
    }
  },
};

export default rule;
