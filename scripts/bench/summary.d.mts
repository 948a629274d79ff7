// Types for summary.mjs, so tests/unit/bench-summary.test.ts can import it under `strict`.

export interface ScoreRow {
  labels: number;
  predictions: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  clean_flags: number;
  clean_per_1k: number | null;
}

export interface ScoreSummary {
  per_category: Record<string, ScoreRow>;
  micro: ScoreRow;
}

/** The JSON a run writes to bench-results/ (the fields the summary reads). */
export interface BenchResult {
  schema: number;
  started: string;
  seconds: number;
  env: { node: string; platform: string; cpus: number; commit: string; dirty: boolean };
  corpus: { dir: string; pages: number; labels: number; article_words: number; clean_pages: number; clean_article_words: number };
  quality: ScoreSummary & { failures: string[]; warnings: string[] };
  /** The `beyond/` pages, scored the same way; absent when that folder is. */
  beyond?: ScoreSummary & { failures: string[]; warnings: string[]; pages: number; labels: number };
  /** Flags on `real-copy/` (professionally edited, unlabelled); absent when that folder is. */
  real_copy?: RealCopyRates;
  peers_quality: Record<string, ScoreSummary>;
  extraction: {
    labels: number;
    covered: number;
    coverage: number | null;
    by_category: Record<string, { labels: number; covered: number }>;
    missed: { id: string; category: string; exact: string }[];
  };
  seed: { file: string; categories: Record<string, { labels: number; found: number; flags: number; has_rule: boolean }> };
  speed: {
    unit: string;
    runs: number;
    pages: number;
    words: number;
    rule_errors: { ruleId: string; message: string }[];
    cold_start: { runs: number; import_ms: number; first_analysis_ms: number; total_ms: number; max_rss_mb: number; heap_used_mb: number };
    stages: Record<string, number | null>;
    peers: Record<string, { setup_ms: number; runs: number; ms_per_1k: number | null }>;
    ratios: { ours_over_retext: number | null; harper_over_ours: number | null };
  };
  /** Each rule (and shared stage) on each hostile input at n and 4n; absent with --skip-linearity. */
  linearity?: { rows: LinearityRow[] };
  checks?: Check[];
}

export interface LinearityRow {
  rule: string;
  input: string;
  chars: number;
  ms: number;
  msLong: number | null;
  ratio: number | null;
  /** n·4 → n·16, measured when `ratio` was over the failing ratio; absent in older results. */
  confirmRatio?: number | null;
  failing: boolean;
}

export interface RealCopyRates {
  articles: number;
  words: number;
  per_rule: Record<string, { flags: number; per_1k: number }>;
  all: { flags: number; per_1k: number };
  failures: string[];
}

export interface Check {
  name: string;
  value: number | null;
  op: '>=' | '<=';
  target: number;
  pass: boolean | null;
}

export interface Figure {
  name: string;
  value: number;
  better: 'higher' | 'lower';
  unit: 'score' | 'count' | 'rate';
  tolerance: number;
}

export interface ComparisonRow {
  name: string;
  unit: Figure['unit'];
  before: number | null;
  after: number | null;
  delta: number | null;
  change: 'better' | 'worse' | 'same' | 'new' | 'gone';
}

export declare function fmt(value: number | null | undefined, digits?: number): string;
export declare function fmtMs(value: number | null | undefined): string;
export declare function fmtPercent(share: number | null | undefined, digits?: number): string;
export declare function table(head: readonly (string | number)[], rows: readonly (readonly (string | number)[])[]): string;
export declare function evaluateChecks(
  result: Partial<BenchResult>,
  targets: {
    extractionCoverage: number;
    warmAnalysisMsPer1k: number;
    coldStartMs: number;
    oursOverRetext: number;
    harperOverOurs: number;
    allRulesMsPer1k: number;
    allRulesCleanPer1k: number;
    superlinearRuns: number;
  },
  ruleTargets: Record<string, { f1?: number; cleanPer1k: number }>,
  beyondTargets?: Record<string, number>,
): Check[];
export declare function formatBenchSummary(result: BenchResult, checks: readonly Check[]): string;
export declare function keyFigures(result: Partial<BenchResult>): Figure[];
export declare function compareResults(before: Partial<BenchResult>, after: Partial<BenchResult>): ComparisonRow[];
export declare function formatComparison(rows: readonly ComparisonRow[], labels: { before: string; after: string; onlyChanged?: boolean }): string;
