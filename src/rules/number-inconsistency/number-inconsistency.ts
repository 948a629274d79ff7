import { FUNCTION_WORDS } from '../../core/lexicon/function-words.ts';
import { capitalize } from '../../core/lexicon/lexicon.ts';
import { NUMBER_WORDS, SCALE_WORDS } from '../../core/lexicon/number-words.ts';
import { pronounPerson } from '../../core/pronouns.ts';
import { stem } from '../../core/stem.ts';
import type { Rule, RuleContext, Span, Word } from '../../core/types.ts';
import { contradict, figureAt, isMonth, isSpaceBetween, type Figure } from './figures.ts';
import { CLOCK_WORDS, MONTH_NAMES, MONTHS, OTHER_REFERENT_WORDS, WEEKDAYS } from './number-words.ts';
import meta from './meta.ts';

/**
 * Words that end the clause a figure stands in: what follows them is another statement ("signed
 * by 20 members who said…"), and attribution ("police said") is not part of what is counted.
 */
// prettier-ignore
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  'who', 'whom', 'whose', 'which', 'that', 'and', 'or', 'but', 'because', 'while', 'when', 'where', 'although', 'though', 'if', 'since', 'as', 'so', 'after',
  'before', 'until', 'said', 'says', 'told', 'according', 'including', 'than',
]);
/** Who said it is not what was said: "the company said …" and "Mr Lamberty said …" share nothing by it. */
const ATTRIBUTION: ReadonlySet<string> = new Set(['said', 'says', 'say', 'told', 'according', 'added', 'reported']);
/** How far a figure's clause is read on each side, in words. */
const CONTEXT_WORDS = 6;
/** The things counted: "20 cast and crew members" — up to this many words after the number. */
const COUNTED_WORDS = 4;
const COUNTED_JOINERS = new Set(['and', 'or', 'of']);
/** A person's age is 0–119; two digits at most are read as one after a name. */
const MAX_AGE = 119;

interface CountStatement {
  figure: Figure;
  span: Span;
  sentence: number;
  /** The things counted and what is said of them, stemmed and sorted: equal keys, same statement. */
  key: string;
}

interface AgeStatement {
  surname: string;
  givenName: string | null;
  name: string;
  age: number;
  span: Span;
}

interface DateStatement {
  month: number;
  day: number;
  year: number | null;
  weekday: number;
  span: Span;
}

const rule: Rule = {
  meta: {
    ...meta,
    languages: ['en'],
    description: 'The same count, age or date stated two different ways in one article.',
    messages: {
      countDiffers: 'This says “{later}” but an earlier sentence says “{earlier}”: check the figure and make the two agree',
      restatedDiffers:
        'This sentence repeats an earlier one word for word but gives “{later}” where that one gives “{earlier}”: check which figure is right, and whether the sentence belongs here twice',
      ageDiffers: '{name} is {later} here but {earlier} earlier in the article: check the age and make them agree',
      weekdayWrong: '{date} was a {weekday}, not a {stated}: check the day and the date',
      weekdayDiffers: '{date} is a {later} here but a {earlier} earlier in the article: check which is right',
    },
  },
  check(ctx) {
    checkCounts(ctx, checkRestatedSentences(ctx));
    checkAges(ctx);
    checkDates(ctx);
  },
};

export default rule;

const slice = (ctx: RuleContext, span: Span) => ctx.article.text.slice(span.start, span.end);

function checkCounts(ctx: RuleContext, restated: ReadonlySet<number>): void {
  const earlierByKey = new Map<string, CountStatement[]>();
  const sentences = new SentenceWords(ctx);
  const statements = [...countStatements(ctx)];
  const series = seriesKeys(statements.map((statement) => statement.key));
  for (const statement of statements) {
    if (series.has(statement.key)) continue;
    const earlier = earlierByKey.get(statement.key) ?? [];
    const contradicted = earlier.find(
      (e) => e.sentence !== statement.sentence && contradict(e.figure, statement.figure) && sentences.sameSubject(e.sentence, statement.sentence),
    );
    if (contradicted && !restated.has(statement.figure.number)) {
      ctx.flag({
        span: statement.span,
        messageId: 'countDiffers',
        data: { later: slice(ctx, statement.span), earlier: slice(ctx, contradicted.span) },
        related: [{ span: contradicted.span, label: 'earlier figure' }],
      });
    }
    earlier.push(statement);
    earlierByKey.set(statement.key, earlier);
  }
}

/** A restated sentence needs this many words of substance to be told from a formula ("Step 3 of 5"). */
const MIN_RESTATED_WORDS = 5;
/** Two sentences describe the same thing when this share of the shorter one's words of substance recur in the other. */
const MIN_SHARED_SUBSTANCE = 0.6;
/** A wording used this many times is a series with varying figures, not a restatement. */
const SERIES_COUNT = 3;

/**
 * A sentence that repeats an earlier one word for word except for a figure: one of the two figures
 * is wrong (a sentence pasted twice and one copy updated). Returns the word indices of the
 * figures flagged, so the count check does not flag them again.
 */
function checkRestatedSentences(ctx: RuleContext): Set<number> {
  const { words } = ctx.parse;
  const flagged = new Set<number>();
  const firstByWording = new Map<string, number[]>();
  /** "first word|length" of every wording stored: most starts can be ruled out without a join. */
  const starts = new Set<string>();
  // Only sentences with a figure can restate one; most have none.
  const withFigures = ctx.parse.sentences.filter((sentence) => {
    for (let i = sentence.firstWord; i < sentence.endWord; i++) if (isFigureWord(words[i] as Word)) return true;
    return false;
  });
  const wordings = withFigures.map((sentence) => words.slice(sentence.firstWord, sentence.endWord).map((word) => (isFigureWord(word) ? '#' : word.lower)));
  const series = seriesKeys(wordings.map((wording) => wording.join(' ')));
  for (const [index, sentence] of withFigures.entries()) {
    const wording = wordings[index] as string[];
    // From the end: how many figures and words of substance there are from each word on.
    const figuresFrom: number[] = [];
    const substanceFrom: number[] = [];
    for (let i = sentence.endWord - 1, figures = 0, substance = 0; i >= sentence.firstWord; i--) {
      const word = words[i] as Word;
      if (isFigureWord(word)) figures++;
      else if (isContentWord(word)) substance++;
      figuresFrom[i - sentence.firstWord] = figures;
      substanceFrom[i - sentence.firstWord] = substance;
    }
    // A copy pasted after a line with no full stop ("…when you arrive Minibars lose money…") runs
    // on from it: the copy may start at any capitalised word of the sentence.
    for (let from = sentence.firstWord; from < sentence.endWord; from++) {
      if (from > sentence.firstWord && (words[from] as Word).shape !== 'capitalized') continue;
      const offset = from - sentence.firstWord;
      if (figuresFrom[offset] === 0 || (substanceFrom[offset] as number) < MIN_RESTATED_WORDS) break;
      const isWhole = from === sentence.firstWord;
      if (!isWhole && !starts.has(`${wording[offset]}|${wording.length - offset}`)) continue;
      const key = wording.slice(offset).join(' ');
      if (series.has(key)) break;
      const figures: number[] = [];
      for (let i = from; i < sentence.endWord; i++) if (wording[i - sentence.firstWord] === '#') figures.push(i);
      const earlier = firstByWording.get(key);
      if (isWhole && !earlier) {
        firstByWording.set(key, figures);
        starts.add(`${wording[0]}|${wording.length}`);
      }
      if (!earlier) continue;
      // One figure changed is a copy corrected in one place; several are a series ("x 2.5 ops/sec (98 runs)").
      const differing = figures.filter((at, n) => (words[at] as Word).lower !== (words[earlier[n] as number] as Word).lower);
      if (differing.length !== 1) break;
      const later = figureSpan(ctx, differing[0] as number);
      const first = figureSpan(ctx, earlier[figures.indexOf(differing[0] as number)] as number);
      ctx.flag({
        span: later,
        messageId: 'restatedDiffers',
        data: { later: slice(ctx, later), earlier: slice(ctx, first) },
        related: [{ span: first, label: 'earlier figure' }],
      });
      flagged.add(differing[0] as number);
      break;
    }
  }
  return flagged;
}

/**
 * Wordings stated three times or more: a line repeated with other figures is a series (a table
 * row, a benchmark, a results list), not a restatement.
 */
function seriesKeys(keys: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return new Set([...counts].filter(([, count]) => count >= SERIES_COUNT).map(([key]) => key));
}

/** Digits or a number word: "20", "1,000", "3.5", "twenty", "one"; not a version or a unit ("2.3.2", "92ms"). */
function isFigureWord(word: Word): boolean {
  if (word.isNumber) return /^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$/.test(word.text);
  return NUMBER_WORDS.has(word.lower) || word.lower === 'one';
}

/** A figure with its currency sign and scale word: "$4 billion", "20". */
function figureSpan(ctx: RuleContext, at: number): Span {
  const { words } = ctx.parse;
  const { text } = ctx.article;
  const word = words[at] as Word;
  const start = /[$£€¥]/.test(text[word.start - 1] ?? '') ? word.start - 1 : word.start;
  const next = words[at + 1];
  const end = next && SCALE_WORDS.has(next.lower) && isSpaceBetween(word, next, text) ? next.end : word.end;
  return { start, end };
}

/**
 * The words of substance of each sentence, to tell whether two sentences that count the same
 * thing are about the same event: "cancel 77 flights, affecting about 5,000 passengers" and
 * "92 flights were delayed …, affecting almost 17,000 passengers" share little beyond the unit.
 */
class SentenceWords {
  private readonly cache = new Map<number, { substance: Set<string>; setApartBy: string }>();

  constructor(private readonly ctx: RuleContext) {}

  sameSubject(a: number, b: number): boolean {
    const [first, second] = [this.of(a), this.of(b)];
    // A word that sets one statement apart counts only when the other lacks it: two copies of one
    // sentence share their "last" and "other".
    if (first.setApartBy !== second.setApartBy) return false;
    let shared = 0;
    for (const word of first.substance) if (second.substance.has(word)) shared++;
    return shared >= MIN_SHARED_SUBSTANCE * Math.min(first.substance.size, second.substance.size);
  }

  private of(index: number): { substance: Set<string>; setApartBy: string } {
    let entry = this.cache.get(index);
    if (entry) return entry;
    const sentence = this.ctx.parse.sentences[index];
    const words = sentence ? this.ctx.parse.words.slice(sentence.firstWord, sentence.endWord) : [];
    entry = {
      substance: new Set(words.filter((w) => isContentWord(w) && !isFigureWord(w) && !ATTRIBUTION.has(w.lower)).map((w) => stem(w.lower))),
      setApartBy: [...new Set(words.filter((w) => OTHER_REFERENT_WORDS.has(w.lower)).map((w) => w.lower))].sort().join(' '),
    };
    this.cache.set(index, entry);
    return entry;
  }
}

function* countStatements(ctx: RuleContext): Generator<CountStatement> {
  const { words } = ctx.parse;
  const { text } = ctx.article;
  for (let at = 0; at < words.length; at++) {
    const figure = figureAt(words, at, text);
    if (!figure) continue;
    const counted = countedWords(words, figure.end, text);
    // Things are counted with common nouns ("members", "Republicans"); "3 SP" is a code or a unit.
    const head = counted.at(-1);
    if (!head || (head.shape !== 'lower' && head.shape !== 'capitalized')) continue;
    const before = clauseBefore(words, figure.first, text);
    const after = clauseAfter(words, figure.end + counted.length, text);
    const said = [...before, ...after].filter(isContentWord);
    if (said.length === 0) continue;
    // The statement reads from the nearest word of substance before the figure ("signed by 20
    // members"), or when there is none, to the first one after it ("three people were killed").
    const nearestBefore = before.filter(isContentWord).at(-1);
    const start = nearestBefore?.start ?? (words[figure.first] as Word).start;
    const end = nearestBefore ? head.end : Math.max(head.end, (after.find(isContentWord) as Word | undefined)?.end ?? 0);
    yield {
      figure,
      span: { start, end },
      sentence: (words[at] as Word).sentence,
      key: `${meaningKey(counted)} | ${meaningKey([...before, ...after])}`,
    };
  }
}

/** The words right after a number naming what is counted, up to the first grammar word or mark. */
function countedWords(words: readonly Word[], from: number, text: string): Word[] {
  const counted: Word[] = [];
  for (let i = from; i < words.length && counted.length < COUNTED_WORDS; i++) {
    const word = words[i] as Word;
    const previous = words[i - 1] as Word;
    if (word.sentence !== previous.sentence || !isSpaceBetween(previous, word, text) || word.isNumber) break;
    if (FUNCTION_WORDS.has(word.lower) && !(COUNTED_JOINERS.has(word.lower) && counted.length > 0)) break;
    counted.push(word);
  }
  while (counted.length > 0 && COUNTED_JOINERS.has((counted.at(-1) as Word).lower)) counted.pop();
  return counted;
}

function clauseBefore(words: readonly Word[], first: number, text: string): Word[] {
  const clause: Word[] = [];
  for (let i = first - 1; i >= 0 && clause.length < CONTEXT_WORDS; i--) {
    const word = words[i] as Word;
    const next = words[i + 1] as Word;
    if (word.sentence !== next.sentence || !isSpaceBetween(word, next, text) || CLAUSE_BREAKS.has(word.lower)) break;
    clause.unshift(word);
  }
  return clause;
}

function clauseAfter(words: readonly Word[], from: number, text: string): Word[] {
  const clause: Word[] = [];
  for (let i = from; i < words.length && clause.length < CONTEXT_WORDS; i++) {
    const word = words[i] as Word;
    const previous = words[i - 1] as Word;
    if (word.sentence !== previous.sentence || !isSpaceBetween(previous, word, text) || CLAUSE_BREAKS.has(word.lower)) break;
    clause.push(word);
  }
  return clause;
}

function isContentWord(word: Word): boolean {
  return !FUNCTION_WORDS.has(word.lower);
}

/** Words of substance stemmed, figures as written, pronouns by person; sorted, so order is free. */
function meaningKey(words: readonly Word[]): string {
  const parts = new Set<string>();
  for (const word of words) {
    const person = pronounPerson(word.lower);
    if (person) parts.add(person);
    else if (word.lower === 'not' || word.lower.endsWith("n't") || word.lower === 'no') parts.add('not');
    else if (isContentWord(word)) parts.add(word.isNumber ? word.lower : stem(word.lower));
  }
  return [...parts].sort().join(' ');
}

function checkAges(ctx: RuleContext): void {
  // "the 17-year-old Scottish student": a capitalised word after an age is a surname only if the
  // article also writes it as the end of a full name.
  const surnames = fullNameEnds(ctx);
  const statements = [...ageStatements(ctx)].filter((statement) => surnames.has(statement.surname));
  // Two people of one surname (a father and son) cannot be told apart by "the 46-year-old Smith".
  const givenNames = new Map<string, Set<string>>();
  for (const { surname, givenName } of statements) {
    if (!givenName) continue;
    const names = givenNames.get(surname) ?? new Set();
    names.add(givenName);
    givenNames.set(surname, names);
  }
  const firstAge = new Map<string, AgeStatement>();
  for (const statement of statements) {
    if ((givenNames.get(statement.surname)?.size ?? 0) > 1) continue;
    const earlier = firstAge.get(statement.surname);
    if (!earlier) {
      firstAge.set(statement.surname, statement);
    } else if (earlier.age !== statement.age) {
      ctx.flag({
        span: statement.span,
        messageId: 'ageDiffers',
        data: { name: earlier.name, later: statement.age, earlier: earlier.age },
        related: [{ span: earlier.span, label: 'earlier age' }],
      });
    }
  }
}

function fullNameEnds(ctx: RuleContext): Set<string> {
  const { words } = ctx.parse;
  const ends = new Set<string>();
  for (let i = 1; i < words.length; i++) {
    const [previous, word] = [words[i - 1] as Word, words[i] as Word];
    if (isNameWord(previous) && isNameWord(word) && isSpaceBetween(previous, word, ctx.article.text)) ends.add(surnameOf(word));
  }
  return ends;
}

function surnameOf(word: Word): string {
  return word.lower.replace(/'s?$/, '');
}

/** "Smith, 45,", "Smith (45)", "the 46-year-old Smith", "Jane Smith, a 46-year-old …". */
function* ageStatements(ctx: RuleContext): Generator<AgeStatement> {
  const { words } = ctx.parse;
  const { text } = ctx.article;
  for (let at = 1; at < words.length; at++) {
    const word = words[at] as Word;
    if (!/^\d{1,3}$/.test(word.text) || Number(word.text) > MAX_AGE) continue;
    const age = Number(word.text);
    const gapBefore = text.slice((words[at - 1] as Word).end, word.start);
    const after = text.slice(word.end, word.end + 10);
    if (/^[-‐]year[-‐ ]old\b/.test(after)) {
      // A name after ("the 46-year-old Smith", "the 46-year-old actor Alec Baldwin") or before ("Smith, a 46-year-old").
      const following = nameAfter(words, at + 1, text);
      const name = following ?? (/^,\s+(?:a|an|the)\s+$/.test(gapBefore) ? nameEndingAt(words, at - 2, text) : null);
      if (!name) continue;
      const span = following ? { start: word.start, end: (words[name.last] as Word).end } : { start: (words[name.first] as Word).start, end: word.end + 9 };
      yield ageStatement(words, name, age, span);
    } else if ((/^,\s+$/.test(gapBefore) && /^(?:,|;|\.(?!\d))/.test(after)) || (/^\s+\($/.test(gapBefore) && after.startsWith(')'))) {
      const name = nameEndingAt(words, at - 1, text);
      const closing = after.startsWith(')') ? 1 : 0;
      if (name) yield ageStatement(words, name, age, { start: (words[name.first] as Word).start, end: word.end + closing });
    }
  }
}

interface NameRun {
  first: number;
  last: number;
}

function ageStatement(words: readonly Word[], { first, last }: NameRun, age: number, span: Span): AgeStatement {
  const parts = words.slice(first, last + 1);
  return {
    surname: surnameOf(parts.at(-1) as Word),
    givenName: parts.length > 1 ? (parts[0] as Word).lower : null,
    name: parts.map((w) => w.text).join(' '),
    age,
    span,
  };
}

/** Capitalised words ending at `last`, joined by single spaces: a person's name, not a month or weekday. */
function nameEndingAt(words: readonly Word[], last: number, text: string): NameRun | null {
  if (last < 0 || !isNameWord(words[last] as Word)) return null;
  let first = last;
  while (first > 0 && isNameWord(words[first - 1] as Word) && isSpaceBetween(words[first - 1] as Word, words[first] as Word, text)) first--;
  // A single capitalised word opening a sentence ("Police, 20, …") is not enough to call it a name.
  if (first === last && (words[first] as Word).sentenceStart) return null;
  return { first, last };
}

/** After "-year-old": up to two lower-case words ("actor", "former") and then a name. */
function nameAfter(words: readonly Word[], from: number, text: string): NameRun | null {
  let i = from;
  // The tokenizer splits "46-year-old" into "46" and "year-old".
  if ((words[i] as Word | undefined)?.lower === 'year-old') i++;
  for (let skipped = 0; i < words.length && skipped <= 2; i++, skipped++) {
    const word = words[i] as Word;
    if (!isSpaceBetween(words[i - 1] as Word, word, text)) return null;
    if (isNameWord(word)) break;
    if (word.shape !== 'lower' || FUNCTION_WORDS.has(word.lower)) return null;
  }
  if (i >= words.length || !isNameWord(words[i] as Word)) return null;
  let last = i;
  while (last + 1 < words.length && isNameWord(words[last + 1] as Word) && isSpaceBetween(words[last] as Word, words[last + 1] as Word, text)) last++;
  return { first: i, last };
}

function isNameWord(word: Word): boolean {
  return (
    (word.shape === 'capitalized' || word.shape === 'upper') &&
    !word.isNumber &&
    !isMonth(word) &&
    !WEEKDAYS.includes(word.lower) &&
    !FUNCTION_WORDS.has(word.lower)
  );
}

function checkDates(ctx: RuleContext): void {
  const seen: DateStatement[] = [];
  for (const statement of dateStatements(ctx)) {
    const date = dateLabel(statement);
    const stated = capitalize(WEEKDAYS[statement.weekday] as string);
    if (statement.year !== null) {
      const weekday = new Date(Date.UTC(statement.year, statement.month, statement.day)).getUTCDay();
      if (weekday !== statement.weekday) {
        ctx.flag({
          span: statement.span,
          messageId: 'weekdayWrong',
          data: { date, weekday: capitalize(WEEKDAYS[weekday] as string), stated },
        });
        continue;
      }
    }
    const earlier = seen.find((e) => e.month === statement.month && e.day === statement.day && e.year === statement.year && e.weekday !== statement.weekday);
    if (earlier) {
      ctx.flag({
        span: statement.span,
        messageId: 'weekdayDiffers',
        data: { date, later: stated, earlier: capitalize(WEEKDAYS[earlier.weekday] as string) },
        related: [{ span: earlier.span, label: 'earlier date' }],
      });
    }
    seen.push(statement);
  }
}

/** "Tuesday, March 3", "Tuesday 3 March", "Thursday Dec. 1, 2016". */
function* dateStatements(ctx: RuleContext): Generator<DateStatement> {
  const { words } = ctx.parse;
  const { text } = ctx.article;
  for (let at = 0; at + 2 < words.length; at++) {
    const weekday = WEEKDAYS.indexOf((words[at] as Word).lower);
    if (weekday < 0) continue;
    const [a, b] = [words[at + 1] as Word, words[at + 2] as Word];
    if (!/^,?\s+$/.test(text.slice((words[at] as Word).end, a.start)) || !/^\.?,?\s+$/.test(text.slice(a.end, b.start))) continue;
    const monthFirst = isMonth(a) ? MONTHS.get(a.lower) : undefined;
    const month = monthFirst ?? (isMonth(b) ? MONTHS.get(b.lower) : undefined);
    const dayWord = monthFirst !== undefined ? b : a;
    if (month === undefined || !/^\d{1,2}$/.test(dayWord.text)) continue;
    const day = Number(dayWord.text);
    if (day < 1 || day > daysIn(month)) continue;
    let end = b.end;
    let year: number | null = null;
    const c = words[at + 3];
    const afterC = words[at + 4];
    const isClockTime = afterC !== undefined && afterC.sentence === c?.sentence && CLOCK_WORDS.has(afterC.lower);
    if (c && /^\d{4}$/.test(c.text) && /^,?\s+$/.test(text.slice(b.end, c.start)) && !isClockTime) {
      year = Number(c.text);
      end = c.end;
    }
    yield { month, day, year, weekday, span: { start: (words[at] as Word).start, end } };
  }
}

function daysIn(month: number): number {
  return [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month] as number;
}

function dateLabel({ month, day, year }: DateStatement): string {
  const name = capitalize(MONTH_NAMES[month] as string);
  return year === null ? `${name} ${day}` : `${name} ${day}, ${year}`;
}
