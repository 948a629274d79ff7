import type { RuleId } from '../rules/metas.ts';
import type { Lexicon } from './lexicon/lexicon.ts';

/**
 * The engine's plain-data contract. Everything here is JSON-serialisable so the same
 * objects cross extension messages, fill the sidebar and are printed by the CLI.
 */

/** Half-open [start, end) in UTF-16 code units of `ArticleText.text`. */
export interface Span {
  start: number;
  end: number;
}

/** W3C Web Annotation TextQuoteSelector (the corpus labels use the same fields). */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export type BlockKind = 'title' | 'heading' | 'standfirst' | 'paragraph' | 'list-item' | 'blockquote' | 'caption';

export interface Block extends Span {
  kind: BlockKind;
}

/**
 * The article as the rules see it: block texts joined by "\n\n", each block's span recorded.
 * Block text never contains "\n\n" itself, so the separator is unambiguous.
 */
export interface ArticleText {
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly title?: string;
  /** BCP 47 language tag from the page (`<html lang>`), if it gave one. */
  readonly lang?: string;
  readonly url?: string;
}

// Type only: the ids are those of src/rules/metas.ts, the one list of rules, and core runs no rule code.
export type { RuleId };

export type MessageData = Record<string, string | number>;

/** Another place in the text a finding points at: the first copy, the canonical spelling. */
export interface RelatedSpan extends Span {
  exact: string;
  /** What the related span is, e.g. "first copy", "canonical spelling (×3)". */
  label: string;
}

export interface Finding {
  ruleId: RuleId;
  messageId: string;
  data: MessageData;
  span: Span;
  /** Invariant: `quote.exact === article.text.slice(span.start, span.end)`. */
  quote: TextQuote;
  /** What is wrong, then what to do. */
  reason: string;
  /** Replacement texts for `quote.exact`, best first. */
  suggestions: string[];
  related: RelatedSpan[];
  /** The rule's README, relative to the repository root. */
  url: string;
  /** Stable across reloads of the same page: rule, text and context. Used to dismiss and dedupe. */
  key: string;
}

export type LineStyle = 'wavy' | 'double' | 'dotted' | 'dashed' | 'solid';

/**
 * How a rule's findings are drawn. Rules differ in line shape as well as colour, so no one has to
 * tell them apart by colour; the colours are mid-tones that read on light and dark pages.
 */
export interface RuleStyle {
  color: string;
  line: LineStyle;
  /** A faint fill under the text, for rules whose spans are long (passages). */
  fill?: string;
}

/** A rule's light meta (src/rules/<id>/meta.ts): what the pages that show findings need of it. */
export interface RuleLook {
  id: string;
  /** Singular and plural names for people. */
  label: string;
  plural: string;
  style: RuleStyle;
}

export interface RuleMeta extends RuleLook {
  id: RuleId;
  /** One line: what the rule flags. */
  description: string;
  /** messageId → template with `{placeholder}`s filled from the flag's data. */
  messages: Record<string, string>;
  /**
   * The languages (primary subtags, "en") whose grammar or word lists the rule relies on; the
   * engine does not run it on text in any other language. Absent: it works on any language.
   */
  languages?: readonly string[];
}

/** What a rule hands to `ctx.flag`. The engine turns it into a `Finding`. */
export interface Flag {
  span: Span;
  messageId: string;
  data?: MessageData;
  suggestions?: string[];
  related?: { span: Span; label: string }[];
}

export type WordShape = 'lower' | 'capitalized' | 'upper' | 'mixed' | 'other';

/** A word token: letters (with inner apostrophes, hyphens and digits), or a number. */
export interface Word extends Span {
  text: string;
  /** Lower-cased, curly apostrophes folded to "'". */
  lower: string;
  shape: WordShape;
  isNumber: boolean;
  /** Index into `ArticleText.blocks`. */
  block: number;
  /** Index into the sentence list. */
  sentence: number;
  /** First word of its sentence. */
  sentenceStart: boolean;
  /** Index of this word in the word list. */
  index: number;
}

export interface Sentence extends Span {
  block: number;
  /** Indices [firstWord, endWord) into the word list. */
  firstWord: number;
  endWord: number;
}

/** The shared, lazily built parse every rule reads. Built once per analysis. */
export interface Parse {
  readonly words: readonly Word[];
  readonly sentences: readonly Sentence[];
}

export interface RuleContext {
  readonly article: ArticleText;
  readonly parse: Parse;
  /** The reader's personal dictionary, lower-cased: words no rule should call wrong. */
  readonly userWords: ReadonlySet<string>;
  /** The shared dictionary, from `AnalyzeOptions.lexicon`; reading it without one throws. */
  readonly lexicon: Lexicon;
  flag(flag: Flag): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
