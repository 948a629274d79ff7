// Pure functions over a benchmark result object: target checks, the summary `npm run bench`
// prints, and the comparison of two results. No I/O here, so tests/unit/bench-summary.test.ts can cover it.

/** Relative change of a timing that two runs on a shared 2-core machine routinely show. */
const TIMING_NOISE = 0.2;

const PASS = '✓';
const FAIL = '✗';
const NONE = '–';

/** A number with `digits` decimals, or "n/a". */
export function fmt(value, digits = 3) {
  return value === null || value === undefined || Number.isNaN(value) ? 'n/a' : value.toFixed(digits);
}

/** Timings: two decimals below 10, one below 1,000, none above, with thousands separators. */
export function fmtMs(value) {
  if (value === null || value === undefined) return 'n/a';
  const digits = Math.abs(value) < 10 ? 2 : Math.abs(value) < 1000 ? 1 : 0;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function fmtPercent(share, digits = 1) {
  return share === null || share === undefined ? 'n/a' : `${(100 * share).toFixed(digits)}%`;
}

function mark(pass) {
  return pass === null ? NONE : pass ? PASS : FAIL;
}

/** Right-aligned columns except the first; a rule under the header. */
export function table(head, rows) {
  const widths = head.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells) =>
    cells
      .map((c, i) => (i === 0 ? String(c ?? '').padEnd(widths[i]) : String(c ?? '').padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * Every target of the issue as { name, value, op, target, pass }; pass is null when the figure
 * is missing (a rule that has not landed, a peer that failed to load).
 */
export function evaluateChecks(result, targets, ruleTargets, beyondTargets = {}) {
  const checks = [];
  const check = (name, value, op, target) => {
    const known = value !== null && value !== undefined;
    checks.push({ name, value: known ? value : null, op, target, pass: known ? (op === '>=' ? value >= target : value <= target) : null });
  };
  for (const [rule, t] of Object.entries(ruleTargets)) {
    const row = result.quality?.per_category?.[rule];
    if (t.f1 !== undefined) check(`${rule} F1`, row?.f1, '>=', t.f1);
    // A rule without corpus labels gets a row only when it flags something: no row on a scored run is 0.
    const unflagged = t.f1 === undefined && result.quality?.micro ? 0 : undefined;
    check(`${rule} clean/1k`, row?.clean_per_1k ?? unflagged, '<=', t.cleanPer1k);
  }
  for (const [rule, f1] of Object.entries(beyondTargets)) {
    // A run without the beyond/ folder has no figure; a scored run where the rule flags nothing has F1 0.
    const scored = result.beyond ? (result.beyond.per_category[rule]?.f1 ?? 0) : undefined;
    check(`${rule} F1 (beyond)`, scored, '>=', f1);
  }
  check('all rules clean/1k', result.quality?.micro?.clean_per_1k, '<=', targets.allRulesCleanPer1k);
  check('extraction coverage', result.extraction?.coverage, '>=', targets.extractionCoverage);
  check('warm analysis ms/1k', result.speed?.stages?.core, '<=', targets.warmAnalysisMsPer1k);
  check('all rules ms/1k', result.speed?.stages?.analysis, '<=', targets.allRulesMsPer1k);
  check('superlinear runs', result.linearity?.rows.filter((row) => row.failing).length, '<=', targets.superlinearRuns);
  check('cold start ms', result.speed?.cold_start?.total_ms, '<=', targets.coldStartMs);
  check('ours / retext', result.speed?.ratios?.ours_over_retext, '<=', targets.oursOverRetext);
  check('harper / ours', result.speed?.ratios?.harper_over_ours, '>=', targets.harperOverOurs);
  return checks;
}

function checkCell(checks, name, format) {
  const c = checks.find((x) => x.name === name);
  return c ? `${c.op === '>=' ? '≥' : '≤'}${format(c.target)} ${mark(c.pass)}` : '';
}

function scoreCells(row) {
  return [row.labels, row.predictions, row.tp, row.fp, row.fn, fmt(row.precision), fmt(row.recall), fmt(row.f1)];
}

/** A scored corpus as a table: one row per rule against its targets, then the ALL row. */
function scoreTable(scored, checks, f1Check, allCleanCheck) {
  const head = ['rule', 'labels', 'flags', 'TP', 'FP', 'FN', 'P', 'R', 'F1', 'target', 'clean', 'clean/1k', 'target'];
  const rows = Object.entries(scored.per_category).map(([rule, row]) => [
    rule,
    ...scoreCells(row),
    checkCell(checks, f1Check(rule), (t) => t.toFixed(2)),
    row.clean_flags,
    fmt(row.clean_per_1k, 2),
    checkCell(checks, `${rule} clean/1k`, (t) => String(t)),
  ]);
  rows.push(['ALL (micro)', ...scoreCells(scored.micro), '', scored.micro.clean_flags, fmt(scored.micro.clean_per_1k, 2), allCleanCheck]);
  const lines = [table(head, rows)];
  if (scored.failures.length) lines.push(`CLI reported ${scored.failures.length} problem(s): ${scored.failures.slice(0, 3).join(' | ')}`);
  for (const warning of scored.warnings) lines.push(`scorer: ${warning}`);
  return lines;
}

function qualitySection(result, checks) {
  const q = result.quality;
  const c = result.corpus;
  const lines = [
    `QUALITY  ${c.pages} pages, ${c.labels} labels, ${c.article_words.toLocaleString('en-US')} article words; clean pages ${c.clean_pages} (copydesk analyze --format jsonl, scored by score.mjs)`,
    ...scoreTable(
      q,
      checks,
      (rule) => `${rule} F1`,
      checkCell(checks, 'all rules clean/1k', (t) => String(t)),
    ),
  ];
  const peers = Object.entries(result.peers_quality ?? {});
  if (peers.length) {
    const peerRows = peers.flatMap(([peer, s]) =>
      Object.entries(s.per_category)
        .filter(([, row]) => row.predictions > 0 || row.clean_flags > 0)
        .map(([category, row]) => [`${peer} ${category}`, ...scoreCells(row), row.clean_flags, fmt(row.clean_per_1k, 2)]),
    );
    lines.push('', 'peers on the same extracted texts, same scorer:');
    lines.push(table(['peer', 'labels', 'flags', 'TP', 'FP', 'FN', 'P', 'R', 'F1', 'clean', 'clean/1k'], peerRows));
  }
  return lines.join('\n');
}

function beyondSection(result, checks) {
  const b = result.beyond;
  if (!b) return 'BEYOND  no beyond/ folder in the corpus: not measured';
  return [
    `BEYOND  ${b.pages} pages, ${b.labels} labels: spun phrases, agreement, quotation marks and figures injected (scored by score.mjs; the four rules above should not flag here)`,
    ...scoreTable(b, checks, (rule) => `${rule} F1 (beyond)`, ''),
  ].join('\n');
}

function realCopySection(result) {
  const r = result.real_copy;
  if (!r) return 'REAL COPY  no real-copy/ folder in the corpus: not measured';
  const rows = Object.entries(r.per_rule)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rule, x]) => [rule, x.flags, fmt(x.per_1k, 2)]);
  rows.push(['ALL', r.all.flags, fmt(r.all.per_1k, 2)]);
  const lines = [
    `REAL COPY  ${r.articles} professionally edited articles, ${r.words.toLocaleString('en-US')} words, unlabelled: every flag is a real error or a false alarm — read them`,
    table(['rule', 'flags', 'per 1k'], rows),
  ];
  if (r.failures.length) lines.push(`CLI reported ${r.failures.length} problem(s): ${r.failures.slice(0, 3).join(' | ')}`);
  return lines.join('\n');
}

function extractionSection(result, checks) {
  const e = result.extraction;
  const byCategory = Object.entries(e.by_category)
    .map(([category, x]) => `${category} ${x.covered}/${x.labels}`)
    .join(' · ');
  const lines = [
    `EXTRACTION  ${e.covered}/${e.labels} labels inside the extracted article text = ${fmtPercent(e.coverage, 2)}  ${checkCell(checks, 'extraction coverage', (t) => fmtPercent(t, 0))}`,
    `  ${byCategory}`,
  ];
  for (const m of e.missed.slice(0, 8)) lines.push(`  missed: ${m.id} ${m.category} ${JSON.stringify(m.exact)}`);
  if (e.missed.length > 8) lines.push(`  … and ${e.missed.length - 8} more (see "missed" in the JSON)`);
  return lines.join('\n');
}

function seedSection(result) {
  const s = result.seed;
  const entries = Object.entries(s.categories);
  const found = ([category, x]) =>
    x.labels ? `${category} ${x.found}/${x.labels} ${mark(x.found === x.labels)}` : `${category} (no labels, ${x.flags} flags)`;
  const lines = [`SEED  ${s.file}: its labels found by the rules, per category`];
  lines.push(
    `  with a rule: ${entries
      .filter(([, x]) => x.has_rule)
      .map(found)
      .join(' · ')}`,
  );
  const ruleless = entries.filter(([, x]) => !x.has_rule);
  if (ruleless.length) lines.push(`  no rule yet: ${ruleless.map(([c, x]) => `${c} (${x.labels})`).join(' · ')}`);
  return lines.join('\n');
}

function speedSection(result, checks) {
  const s = result.speed;
  const cold = s.cold_start;
  const lines = [
    `SPEED  ms per 1,000 article words, warm: per-page median of ${s.runs} runs, summed over ${s.pages} pages (${s.words.toLocaleString('en-US')} words)`,
    `  cold start ${fmtMs(cold.total_ms)} ms = import ${fmtMs(cold.import_ms)} + first analysis ${fmtMs(cold.first_analysis_ms)}` +
      ` (median of ${cold.runs} fresh processes; max RSS ${fmt(cold.max_rss_mb, 0)} MB, heap ${fmt(cold.heap_used_mb, 0)} MB)  ${checkCell(checks, 'cold start ms', (t) => String(t))}`,
  ];
  const stages = Object.entries(s.stages);
  const head = stages.map(([stage]) => stage);
  lines.push(
    table(['', ...head], [['ms/1k', ...stages.map(([, v]) => fmtMs(v))]])
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n'),
  );
  for (const e of s.rule_errors.slice(0, 3)) lines.push(`  rule error: ${e.ruleId}: ${e.message}`);
  lines.push(
    `  warm analysis, four core rules (+ tokenize, language) ${fmtMs(s.stages.core)} ms/1k  ${checkCell(checks, 'warm analysis ms/1k', (t) => String(t))}` +
      ` · every rule, whole analyze() ${fmtMs(s.stages.analysis)} ms/1k  ${checkCell(checks, 'all rules ms/1k', (t) => String(t))}`,
  );
  const peers = Object.entries(s.peers);
  if (peers.length) {
    lines.push(
      `  peers: ${peers.map(([name, p]) => `${name} ${fmtMs(p.ms_per_1k)} ms/1k (${p.runs} run${p.runs === 1 ? '' : 's'}, setup ${fmtMs(p.setup_ms)} ms)`).join(' · ')}`,
    );
    lines.push(
      `  ours / retext = ${fmt(s.ratios.ours_over_retext, 2)}  ${checkCell(checks, 'ours / retext', (t) => String(t))}` +
        ` · harper / ours = ${fmt(s.ratios.harper_over_ours, 1)}×  ${checkCell(checks, 'harper / ours', (t) => `${t}×`)}`,
    );
  }
  return lines.join('\n');
}

/** The ratio one step further, measured when the first one looked superlinear. */
const thenRatio = (row) => (row.confirmRatio == null ? '' : `, then ×${fmt(row.confirmRatio, 1)} one step further`);

function linearitySection(result, checks) {
  const rows = result.linearity?.rows;
  if (!rows) return 'LINEARITY  not measured (--skip-linearity)';
  const timed = rows.filter((row) => row.ratio !== null);
  const worst = timed.reduce((a, b) => (b.ratio > a.ratio ? b : a), timed[0]);
  const failing = rows.filter((row) => row.failing);
  const inputs = new Set(rows.map((row) => row.input)).size;
  const lines = [
    `LINEARITY  ${rows.length} runs: every rule and shared stage on ${inputs} hostile inputs at n and 4n (node scripts/bench/linearity.mjs prints them all)` +
      `  ${checkCell(checks, 'superlinear runs', (t) => String(t))}`,
  ];
  if (worst)
    lines.push(
      `  steepest: ${worst.rule} on ${worst.input}, ×${fmt(worst.ratio, 1)}${thenRatio(worst)} (${fmtMs(worst.ms)} → ${fmtMs(worst.msLong)} ms at ${worst.chars.toLocaleString('en-US')} characters)`,
    );
  for (const row of failing) lines.push(`  ${FAIL} ${row.rule} on ${row.input}: ${row.ratio === null ? 'gave up' : `×${fmt(row.ratio, 1)}${thenRatio(row)}`}`);
  return lines.join('\n');
}

function targetsSection(checks) {
  const judged = checks.filter((c) => c.pass !== null);
  const failing = judged.filter((c) => !c.pass);
  const missing = checks.filter((c) => c.pass === null);
  const lines = [`TARGETS  ${judged.length - failing.length}/${checks.length} met`];
  for (const c of failing) lines.push(`  ${FAIL} ${c.name}: ${fmt(c.value, 3)} (target ${c.op === '>=' ? '≥' : '≤'} ${c.target})`);
  if (missing.length) lines.push(`  ${NONE} no figure: ${missing.map((c) => c.name).join(', ')}`);
  return lines.join('\n');
}

/** The whole printed summary of a run. */
export function formatBenchSummary(result, checks) {
  const env = result.env;
  const header = `Copydesk benchmark · ${result.started} · node ${env.node} · ${env.cpus} cpus · ${env.commit}${env.dirty ? '+changes' : ''} · ${fmt(result.seconds, 0)} s`;
  return [
    header,
    qualitySection(result, checks),
    beyondSection(result, checks),
    realCopySection(result),
    extractionSection(result, checks),
    seedSection(result),
    speedSection(result, checks),
    linearitySection(result, checks),
    targetsSection(checks),
  ].join('\n\n');
}

/**
 * The figures worth comparing between two runs, by name. `better` says which way is good; `unit`
 * says how to print it; `tolerance` is the relative change below which a timing counts as noise.
 */
export function keyFigures(result) {
  const figures = [];
  const add = (name, value, better, unit, tolerance = 0) => {
    if (value !== null && value !== undefined) figures.push({ name, value, better, unit, tolerance });
  };
  const q = result.quality;
  if (q) {
    for (const [rule, row] of Object.entries({ ...q.per_category, ALL: q.micro })) {
      add(`${rule} F1`, row.f1, 'higher', 'score');
      add(`${rule} precision`, row.precision, 'higher', 'score');
      add(`${rule} recall`, row.recall, 'higher', 'score');
      add(`${rule} clean/1k`, row.clean_per_1k, 'lower', 'rate');
    }
  }
  for (const [rule, row] of Object.entries(result.beyond?.per_category ?? {})) {
    add(`${rule} F1 (beyond)`, row.f1, 'higher', 'score');
    add(`${rule} precision (beyond)`, row.precision, 'higher', 'score');
    add(`${rule} recall (beyond)`, row.recall, 'higher', 'score');
  }
  for (const [rule, x] of Object.entries({ ...result.real_copy?.per_rule, ...(result.real_copy ? { ALL: result.real_copy.all } : {}) })) {
    add(`${rule} real-copy/1k`, x.per_1k, 'lower', 'rate');
  }
  add('extraction coverage', result.extraction?.coverage, 'higher', 'score');
  for (const [category, x] of Object.entries(result.seed?.categories ?? {})) {
    if (x.labels) add(`seed ${category} found`, x.found, 'higher', 'count');
  }
  const s = result.speed;
  if (s) {
    add('cold start ms', s.cold_start?.total_ms, 'lower', 'rate', TIMING_NOISE);
    for (const [stage, v] of Object.entries(s.stages ?? {})) add(`${stage} ms/1k`, v, 'lower', 'rate', TIMING_NOISE);
    add('ours / retext', s.ratios?.ours_over_retext, 'lower', 'rate', TIMING_NOISE);
    add('harper / ours', s.ratios?.harper_over_ours, 'higher', 'rate', TIMING_NOISE);
  }
  return figures;
}

/** Row per figure in either result: before, after, delta and whether it got better or worse. */
export function compareResults(before, after) {
  const a = new Map(keyFigures(before).map((f) => [f.name, f]));
  const b = new Map(keyFigures(after).map((f) => [f.name, f]));
  const names = [...new Set([...a.keys(), ...b.keys()])];
  return names.map((name) => {
    const x = a.get(name);
    const y = b.get(name);
    const unit = (y ?? x).unit;
    if (!x || !y) return { name, unit, before: x?.value ?? null, after: y?.value ?? null, delta: null, change: x ? 'gone' : 'new' };
    const delta = y.value - x.value;
    const noise = y.tolerance * Math.abs(x.value);
    const change = delta === 0 || Math.abs(delta) <= noise ? 'same' : delta > 0 === (y.better === 'higher') ? 'better' : 'worse';
    return { name, unit, before: x.value, after: y.value, delta, change };
  });
}

const CHANGE_MARK = { better: '▲ better', worse: '▼ worse', same: '', new: 'new', gone: 'gone' };

function fmtFigure(unit, value) {
  if (value === null) return '–';
  return unit === 'score' ? fmt(value) : unit === 'count' ? String(value) : fmtMs(value);
}

/** The comparison as a table; with onlyChanged, unchanged figures are counted instead of listed. */
export function formatComparison(rows, { before, after, onlyChanged = false }) {
  const shown = onlyChanged ? rows.filter((r) => r.change !== 'same') : rows;
  const lines = [`COMPARED  ${before} → ${after}`];
  if (shown.length) {
    lines.push(
      table(
        ['figure', 'before', 'after', 'delta', ''],
        shown.map((r) => [
          r.name,
          fmtFigure(r.unit, r.before),
          fmtFigure(r.unit, r.after),
          r.delta === null ? '' : `${r.delta > 0 ? '+' : ''}${fmtFigure(r.unit, r.delta)}`,
          CHANGE_MARK[r.change],
        ]),
      ),
    );
  }
  const same = rows.length - shown.length;
  const within = `timings within ${fmtPercent(TIMING_NOISE, 0)}`;
  if (onlyChanged) lines.push(same === rows.length ? `  no figure changed (${within})` : `  ${same} other figure(s) unchanged (${within})`);
  return lines.join('\n');
}
