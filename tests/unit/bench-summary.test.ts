import { describe, expect, it } from 'vitest';
import {
  compareResults,
  evaluateChecks,
  fmt,
  fmtMs,
  fmtPercent,
  formatBenchSummary,
  formatComparison,
  keyFigures,
  table,
  type BenchResult,
  type ScoreRow,
} from '../../scripts/bench/summary.mjs';
import { BEYOND_TARGETS, RULE_TARGETS, TARGETS } from '../../scripts/bench/targets.mjs';

function row(tp: number, fp: number, fn: number, cleanFlags: number, cleanWords = 10_000): ScoreRow {
  const precision = tp + fp ? tp / (tp + fp) : null;
  const recall = tp + fn ? tp / (tp + fn) : null;
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : null;
  return {
    labels: tp + fn,
    predictions: tp + fp,
    tp,
    fp,
    fn,
    precision,
    recall,
    f1,
    clean_flags: cleanFlags,
    clean_per_1k: (1000 * cleanFlags) / cleanWords,
  };
}

/** A small run: typo and repeated-word meet their targets, name-variant misses both, no repeated-passage rule. */
function makeResult(): BenchResult {
  const perCategory = {
    typo: row(95, 5, 5, 2),
    'repeated-word': row(49, 1, 0, 0),
    'name-variant': row(5, 5, 5, 9),
  };
  return {
    schema: 1,
    started: '2025-01-01T00:00:00.000Z',
    seconds: 90,
    env: { node: 'v20.20.2', platform: 'linux x64', cpus: 2, commit: 'abc1234', dirty: true },
    corpus: { dir: '/corpus', pages: 2, labels: 160, article_words: 10_000, clean_pages: 2, clean_article_words: 10_000 },
    quality: { failures: [], warnings: [], per_category: perCategory, micro: row(149, 11, 10, 11) },
    peers_quality: { retext: { per_category: { typo: row(60, 300, 40, 250) }, micro: row(60, 300, 40, 250) } },
    extraction: {
      labels: 160,
      covered: 159,
      coverage: 159 / 160,
      by_category: { typo: { labels: 100, covered: 99 }, 'repeated-word': { labels: 50, covered: 50 }, 'name-variant': { labels: 10, covered: 10 } },
      missed: [{ id: 'page-a', category: 'typo', exact: 'recieve' }],
    },
    seed: {
      file: 'seeds/rust-letter.html',
      categories: {
        'name-variant': { labels: 3, found: 2, flags: 2, has_rule: true },
        'repeated-word': { labels: 1, found: 1, flags: 1, has_rule: true },
        typo: { labels: 0, found: 0, flags: 2, has_rule: true },
        'spun-phrase': { labels: 4, found: 0, flags: 0, has_rule: false },
      },
    },
    speed: {
      unit: 'ms per 1,000 article words',
      runs: 5,
      pages: 2,
      words: 10_000,
      rule_errors: [],
      cold_start: { runs: 5, import_ms: 150, first_analysis_ms: 30, total_ms: 180, max_rss_mb: 90, heap_used_mb: 40 },
      stages: { parse: 9, extract: 20, tokenize: 0.5, typo: 1.5, rules_total: 3, core: 3.5, analysis: 4 },
      peers: { retext: { setup_ms: 300, runs: 5, ms_per_1k: 8 }, harper: { setup_ms: 2000, runs: 1, ms_per_1k: 120 } },
      ratios: { ours_over_retext: 0.5, harper_over_ours: 30 },
    },
  };
}

describe('number formatting', () => {
  it('prints n/a for a missing figure', () => {
    expect(fmt(null)).toBe('n/a');
    expect(fmtMs(undefined)).toBe('n/a');
    expect(fmtPercent(null)).toBe('n/a');
  });

  it('gives small timings more decimals than large ones', () => {
    expect(fmtMs(1.234)).toBe('1.23');
    expect(fmtMs(123.45)).toBe('123.5');
    expect(fmtMs(2345.6)).toBe('2,346');
    expect(fmtPercent(0.99567, 2)).toBe('99.57%');
  });
});

describe('table', () => {
  it('left-aligns the first column, right-aligns the rest, and rules off the header', () => {
    const lines = table(
      ['rule', 'F1'],
      [
        ['typo', '0.9'],
        ['repeated-word', '1'],
      ],
    ).split('\n');
    expect(lines).toEqual(['rule            F1', '-------------  ---', 'typo           0.9', 'repeated-word    1']);
  });
});

describe('evaluateChecks', () => {
  const checks = evaluateChecks(makeResult(), TARGETS, RULE_TARGETS);
  const byName = new Map(checks.map((c) => [c.name, c]));

  it('passes a figure on the right side of its target and fails one on the wrong side', () => {
    expect(byName.get('typo F1')?.pass).toBe(true);
    expect(byName.get('typo clean/1k')?.pass).toBe(true);
    expect(byName.get('name-variant F1')?.pass).toBe(false);
    expect(byName.get('name-variant clean/1k')?.pass).toBe(false);
    expect(byName.get('extraction coverage')?.pass).toBe(true);
    expect(byName.get('ours / retext')?.pass).toBe(true);
  });

  it('leaves a target without a figure undecided instead of failing it', () => {
    expect(byName.get('repeated-passage F1')).toMatchObject({ value: null, pass: null });
  });

  it('treats a figure exactly at its target as met', () => {
    const result = makeResult();
    result.speed.stages.core = TARGETS.warmAnalysisMsPer1k;
    result.speed.ratios.harper_over_ours = TARGETS.harperOverOurs;
    const atTarget = evaluateChecks(result, TARGETS, RULE_TARGETS);
    expect(atTarget.find((c) => c.name === 'warm analysis ms/1k')?.pass).toBe(true);
    expect(atTarget.find((c) => c.name === 'harper / ours')?.pass).toBe(true);
  });

  it('fails a slow run', () => {
    const result = makeResult();
    result.speed.cold_start.total_ms = 450;
    result.speed.ratios.harper_over_ours = 4;
    const slow = evaluateChecks(result, TARGETS, RULE_TARGETS);
    expect(slow.find((c) => c.name === 'cold start ms')?.pass).toBe(false);
    expect(slow.find((c) => c.name === 'harper / ours')?.pass).toBe(false);
  });
});

describe('formatBenchSummary', () => {
  const result = makeResult();
  const summary = formatBenchSummary(result, evaluateChecks(result, TARGETS, RULE_TARGETS));

  it('marks each rule against its targets', () => {
    const typoLine = summary.split('\n').find((l) => l.startsWith('typo '));
    expect(typoLine).toContain('0.950');
    expect(typoLine).toContain('≥0.90 ✓');
    const nameLine = summary.split('\n').find((l) => l.startsWith('name-variant '));
    expect(nameLine).toContain('≥0.85 ✗');
    expect(nameLine).toContain('≤0.2 ✗');
  });

  it('reports coverage, the seed, speed ratios and a summary of the targets', () => {
    expect(summary).toContain('159/160 labels inside the extracted article text = 99.38%');
    expect(summary).toContain('missed: page-a typo "recieve"');
    expect(summary).toContain('name-variant 2/3 ✗');
    expect(summary).toContain('no rule yet: spun-phrase (4)');
    expect(summary).toContain('typo (no labels, 2 flags)');
    expect(summary).toContain('ours / retext = 0.50');
    expect(summary).toContain('harper / ours = 30.0×');
    expect(summary).toContain('harper 120.0 ms/1k (1 run, setup 2,000 ms)');
    // typo ×2, repeated-word ×2, coverage, warm, all rules ms, cold, both ratios; name-variant ×2 and
    // all rules clean/1k fail; repeated-passage ×2 and the linearity runs have no figure
    expect(summary).toContain('TARGETS  14/20 met');
    expect(summary).toMatch(/✗ all rules clean\/1k: 1\.100 \(target ≤ 0\.4\)/);
    expect(summary).toMatch(/✗ name-variant F1: 0\.500 \(target ≥ 0\.85\)/);
    expect(summary).toContain('no figure: repeated-passage F1, repeated-passage clean/1k, superlinear runs');
    expect(summary).toContain('LINEARITY  not measured (--skip-linearity)');
  });
});

describe('the beyond pages and the real copy', () => {
  function withBeyond(): BenchResult {
    const result = makeResult();
    result.beyond = {
      failures: [],
      warnings: [],
      pages: 2,
      labels: 30,
      per_category: { agreement: row(9, 1, 1, 0), 'quote-mismatch': row(5, 5, 5, 1) },
      micro: row(14, 6, 6, 1),
    };
    result.real_copy = {
      articles: 3,
      words: 20_000,
      per_rule: { typo: { flags: 4, per_1k: 0.2 }, 'quote-mismatch': { flags: 10, per_1k: 0.5 } },
      all: { flags: 14, per_1k: 0.7 },
      failures: [],
    };
    return result;
  }

  it('holds each beyond rule to its F1, and a rule that flags nothing there to 0', () => {
    const checks = new Map(evaluateChecks(withBeyond(), TARGETS, RULE_TARGETS, BEYOND_TARGETS).map((c) => [c.name, c]));
    expect(checks.get('agreement F1 (beyond)')?.pass).toBe(true);
    expect(checks.get('quote-mismatch F1 (beyond)')?.pass).toBe(false);
    expect(checks.get('spun-phrase F1 (beyond)')).toMatchObject({ value: 0, pass: false });
  });

  it('leaves the beyond targets undecided on a corpus without that folder', () => {
    const checks = evaluateChecks(makeResult(), TARGETS, RULE_TARGETS, BEYOND_TARGETS);
    expect(checks.find((c) => c.name === 'agreement F1 (beyond)')).toMatchObject({ value: null, pass: null });
  });

  it('prints both sections, and says when a folder was not there', () => {
    const result = withBeyond();
    const summary = formatBenchSummary(result, evaluateChecks(result, TARGETS, RULE_TARGETS, BEYOND_TARGETS));
    const beyond = summary.slice(summary.indexOf('BEYOND'));
    expect(beyond.split('\n').find((l) => l.startsWith('agreement '))).toContain('≥0.80 ✓');
    expect(summary).toContain('REAL COPY  3 professionally edited articles, 20,000 words');
    expect(summary.split('\n').find((l) => l.startsWith('quote-mismatch ') && l.endsWith('0.50'))).toBeDefined();
    const bare = formatBenchSummary(makeResult(), []);
    expect(bare).toContain('BEYOND  no beyond/ folder in the corpus: not measured');
    expect(bare).toContain('REAL COPY  no real-copy/ folder in the corpus: not measured');
  });

  it('compares the beyond F1 and the real-copy rates between runs', () => {
    const before = withBeyond();
    const after = withBeyond();
    (after.real_copy as NonNullable<BenchResult['real_copy']>).all = { flags: 7, per_1k: 0.35 };
    const rows = new Map(compareResults(before, after).map((r) => [r.name, r]));
    expect(rows.get('ALL real-copy/1k')?.change).toBe('better');
    expect(rows.get('agreement F1 (beyond)')?.change).toBe('same');
  });
});

describe('linearity', () => {
  const run = (rule: string, input: string, ratio: number | null) => ({
    rule,
    input,
    chars: 40_000,
    ms: 2,
    msLong: ratio === null ? null : 2 * ratio,
    ratio,
    failing: ratio === null || ratio > 6,
  });

  it('names the steepest run and each failing one, and counts them against the target', () => {
    const result = makeResult();
    result.linearity = { rows: [run('typo', 'apostrophes', 4.1), run('tokenize', 'full stops', 15.8), run('agreement', 'digits', null)] };
    const checks = evaluateChecks(result, TARGETS, RULE_TARGETS);
    expect(checks.find((c) => c.name === 'superlinear runs')).toMatchObject({ value: 2, pass: false });
    const summary = formatBenchSummary(result, checks);
    expect(summary).toContain('LINEARITY  3 runs: every rule and shared stage on 3 hostile inputs');
    expect(summary).toContain('steepest: tokenize on full stops, ×15.8');
    expect(summary).toContain('✗ agreement on digits: gave up');
  });

  it('shows the ratio one step further for a run that looked superlinear at first', () => {
    const result = makeResult();
    result.linearity = { rows: [{ ...run('typo', 'apostrophes', 8.7), confirmRatio: 4.2, failing: false }] };
    expect(evaluateChecks(result, TARGETS, RULE_TARGETS).find((c) => c.name === 'superlinear runs')?.pass).toBe(true);
    expect(formatBenchSummary(result, evaluateChecks(result, TARGETS, RULE_TARGETS))).toContain(
      'steepest: typo on apostrophes, ×8.7, then ×4.2 one step further',
    );
  });

  it('passes when every run is near-linear', () => {
    const result = makeResult();
    result.linearity = { rows: [run('typo', 'apostrophes', 4.1)] };
    expect(evaluateChecks(result, TARGETS, RULE_TARGETS).find((c) => c.name === 'superlinear runs')?.pass).toBe(true);
  });
});

describe('compareResults', () => {
  it('calls a higher F1 better and more clean-page flags worse', () => {
    const before = makeResult();
    const after = makeResult();
    after.quality.per_category.typo = row(98, 2, 2, 6);
    const rows = new Map(compareResults(before, after).map((r) => [r.name, r]));
    expect(rows.get('typo F1')?.change).toBe('better');
    expect(rows.get('typo F1')?.delta).toBeCloseTo(0.98 - 0.95, 10);
    expect(rows.get('typo clean/1k')?.change).toBe('worse');
    expect(rows.get('repeated-word F1')?.change).toBe('same');
  });

  it('counts small timing changes as noise and large ones as real', () => {
    const before = makeResult();
    const after = makeResult();
    after.speed.stages.parse = 10;
    after.speed.stages.analysis = 6;
    after.speed.ratios.harper_over_ours = 20;
    const rows = new Map(compareResults(before, after).map((r) => [r.name, r]));
    expect(rows.get('parse ms/1k')?.change).toBe('same');
    expect(rows.get('analysis ms/1k')?.change).toBe('worse');
    expect(rows.get('harper / ours')?.change).toBe('worse');
  });

  it('lists figures only one run has', () => {
    const before = makeResult();
    const after = makeResult();
    after.quality.per_category['repeated-passage'] = row(50, 2, 10, 1);
    delete after.speed.stages.typo;
    const rows = new Map(compareResults(before, after).map((r) => [r.name, r]));
    expect(rows.get('repeated-passage F1')).toMatchObject({ before: null, change: 'new' });
    expect(rows.get('typo ms/1k')).toMatchObject({ after: null, change: 'gone' });
  });

  it('finds nothing to report between a run and itself', () => {
    const rows = compareResults(makeResult(), makeResult());
    expect(rows.length).toBe(keyFigures(makeResult()).length);
    expect(rows.every((r) => r.change === 'same')).toBe(true);
    expect(formatComparison(rows, { before: 'a', after: 'b', onlyChanged: true })).toContain('no figure changed');
  });
});

describe('formatComparison', () => {
  it('shows only changed figures when asked, with signed deltas', () => {
    const before = makeResult();
    const after = makeResult();
    after.extraction.coverage = 1;
    const text = formatComparison(compareResults(before, after), { before: 'A.json', after: 'B.json', onlyChanged: true });
    const lines = text.split('\n');
    expect(lines[0]).toBe('COMPARED  A.json → B.json');
    const coverageLine = lines.find((l) => l.startsWith('extraction coverage'));
    expect(coverageLine).toMatch(/0\.994\s+1\.000\s+\+0\.006\s+▲ better/);
    expect(lines.filter((l) => /▲|▼/.test(l))).toHaveLength(1);
    expect(text).toMatch(/\d+ other figure\(s\) unchanged/);
  });

  it('lists every figure when comparing two files', () => {
    const rows = compareResults(makeResult(), makeResult());
    const text = formatComparison(rows, { before: 'A.json', after: 'B.json' });
    expect(text).toContain('typo F1');
    expect(text).toContain('cold start ms');
    expect(text).not.toContain('unchanged');
  });
});
