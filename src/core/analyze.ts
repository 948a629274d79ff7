import { articleLanguage, languageName, otherLanguageTest, type LanguageGuess } from './language.ts';
import { fingerprint, quoteOf } from './text-quote.ts';
import { runSteps, runStepsInSlices } from './steps.ts';
import { tokenize } from './tokenize.ts';
import type { Lexicon } from './lexicon/lexicon.ts';
import type { ArticleText, Finding, Flag, MessageData, Parse, Rule, RuleContext, RuleId, Span } from './types.ts';

export interface AnalyzeOptions {
  /** Only these rules (default: every rule passed in). */
  only?: readonly RuleId[];
  /** The reader's personal dictionary. */
  userWords?: Iterable<string>;
  /** The dictionary the rules read as `ctx.lexicon`: a rule that looks words up throws without it. */
  lexicon?: Lexicon;
  /** Called when a rule throws; the other rules still run. Defaults to silence. */
  onRuleError?: (ruleId: RuleId, error: unknown) => void;
  /**
   * Milliseconds of work this text may take (its own work, not time spent waiting). Once they
   * are spent, the rules not yet run are skipped and listed in `skipped` and `cutShort`:
   * a hostile page then only ever delays itself. Default: no limit.
   */
  budgetMs?: number;
}

export interface Analysis {
  findings: Finding[];
  /** Milliseconds per stage: "tokenize", "language" and each rule id. */
  timings: Record<string, number>;
  /** Rules that threw, with their messages. */
  errors: { ruleId: RuleId; message: string }[];
  /** The article's language, as the rules' `meta.languages` were checked against it. */
  language: LanguageGuess;
  /** Rules asked for that did not run, and why. */
  skipped: SkippedRule[];
  /** The rules the budget left out (listed in `skipped` too, with why); empty when every rule ran. */
  cutShort: RuleId[];
}

export interface SkippedRule {
  ruleId: RuleId;
  /** For people: "checks English only; this text is in French". */
  reason: string;
}

/** Null if the rule can run on text in this language, else why not. */
function languageMismatch(rule: Rule, language: LanguageGuess): string | null {
  const { languages } = rule.meta;
  if (languages === undefined || languages.includes(language.lang)) return null;
  const names = languages.map((lang) => languageName(lang)).join(', ');
  return `checks ${names} only; this text is in ${language.name}`;
}

export function ruleDocsUrl(ruleId: RuleId): string {
  return `src/rules/${ruleId}/README.md`;
}

export function formatMessage(template: string, data: MessageData): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

function toFinding(rule: Rule, article: ArticleText, flag: Flag): Finding {
  const { text } = article;
  const { span } = flag;
  if (!(span.start >= 0 && span.end <= text.length && span.start < span.end)) {
    throw new RangeError(`${rule.meta.id}: span ${span.start}-${span.end} is outside the text (length ${text.length})`);
  }
  const template = rule.meta.messages[flag.messageId];
  if (template === undefined) throw new Error(`${rule.meta.id}: unknown messageId "${flag.messageId}"`);
  const data = flag.data ?? {};
  const quote = quoteOf(text, span);
  return {
    ruleId: rule.meta.id,
    messageId: flag.messageId,
    data,
    span: { start: span.start, end: span.end },
    quote,
    reason: formatMessage(template, data),
    suggestions: flag.suggestions ?? [],
    related: (flag.related ?? []).map((r) => ({
      start: r.span.start,
      end: r.span.end,
      exact: text.slice(r.span.start, r.span.end),
      label: r.label,
    })),
    url: ruleDocsUrl(rule.meta.id),
    key: `${rule.meta.id}:${fingerprint(`${quote.prefix.slice(-16)}\u0000${quote.exact}\u0000${quote.suffix.slice(0, 16)}`)}`,
  };
}

/**
 * Keys are fingerprints of a finding's text and context, so two identical passages share one: the
 * second and later ones (in text order) get `~2`, `~3`…, the first keeps its key as it is, since
 * the reader's dismissals are stored by key.
 */
function withUniqueKeys(findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const count = (seen.get(finding.key) ?? 0) + 1;
    seen.set(finding.key, count);
    return count === 1 ? finding : { ...finding, key: `${finding.key}~${count}` };
  });
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId);
}

/**
 * Runs the rules over one shared parse. A rule that throws is reported in `errors` and
 * contributes no findings; the rest carry on. A rule written for other languages than the
 * article's (`meta.languages`) does not run and is listed in `skipped`, and its findings inside a
 * quotation or paragraph in another language are dropped: here, so no rule can forget to check. Findings come back in text order without duplicates (same rule and span), each with a key of its own.
 */
export function analyze(article: ArticleText, rules: readonly Rule[], options: AnalyzeOptions = {}): Analysis {
  return runSteps(analysisSteps(article, rules, options));
}

/**
 * `analyze`, handing the thread back between rules (`pause` resolves when it may go on): an
 * engine that serves several pages answers a short page while a long one is still being checked.
 */
export function analyzeYielding(article: ArticleText, rules: readonly Rule[], options: AnalyzeOptions, pause: () => Promise<void>): Promise<Analysis> {
  return runStepsInSlices(analysisSteps(article, rules, options), pause);
}

/** The analysis as steps: tokenising and reading the language, then one rule a step. */
function* analysisSteps(article: ArticleText, rules: readonly Rule[], options: AnalyzeOptions): Generator<void, Analysis> {
  const timings: Record<string, number> = {};
  let spent = 0;
  const timed = <T>(stage: string, work: () => T): T => {
    const started = performance.now();
    try {
      return work();
    } finally {
      timings[stage] = performance.now() - started;
      spent += timings[stage];
    }
  };
  const errors: Analysis['errors'] = [];
  const parse: Parse = timed('tokenize', () => tokenize(article));
  const language = timed('language', () => articleLanguage(article));
  const skipped: SkippedRule[] = [];
  const cutShort: RuleId[] = [];
  let inOtherLanguage: ((span: Span) => boolean) | null = null;
  const userWords = new Set([...(options.userWords ?? [])].map((w) => w.toLowerCase()));
  const only = options.only ? new Set(options.only) : null;
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (only && !only.has(rule.meta.id)) continue;
    const mismatch = languageMismatch(rule, language);
    if (mismatch !== null) {
      skipped.push({ ruleId: rule.meta.id, reason: mismatch });
      continue;
    }
    if (options.budgetMs !== undefined && spent > options.budgetMs) {
      cutShort.push(rule.meta.id);
      skipped.push({ ruleId: rule.meta.id, reason: `not run: checking this page took over ${options.budgetMs} ms, its limit` });
      continue;
    }
    yield;
    const own: Finding[] = [];
    const ctx: RuleContext = {
      article,
      parse,
      userWords,
      get lexicon() {
        if (options.lexicon === undefined) throw new Error('No lexicon: pass one in the options of analyze().');
        return options.lexicon;
      },
      flag: (flag) => own.push(toFinding(rule, article, flag)),
    };
    try {
      timed(rule.meta.id, () => rule.check(ctx));
    } catch (error) {
      errors.push({ ruleId: rule.meta.id, message: error instanceof Error ? error.message : String(error) });
      options.onRuleError?.(rule.meta.id, error);
      continue;
    }
    for (const finding of own) {
      // A language-bound rule knows nothing of a quoted “joie de vivre” or a paragraph in Spanish.
      if (rule.meta.languages && (inOtherLanguage ??= otherLanguageTest(article, language.lang))(finding.span)) continue;
      const id = `${finding.ruleId}:${finding.span.start}:${finding.span.end}`;
      if (seen.has(id)) continue;
      seen.add(id);
      findings.push(finding);
    }
  }
  return { findings: withUniqueKeys(findings.sort(compareFindings)), timings, errors, language, skipped, cutShort };
}
