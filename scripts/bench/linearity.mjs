#!/usr/bin/env node
// Linearity: a hostile page must cost each rule time in proportion to its length. Every rule (and
// the stages they share) runs on long runs of one kind of character or word — quotes of each
// kind, apostrophes, digits, a repeated word or sentence, capitalised words, hyphens,
// punctuation, white space — at n and at 4n. Near-linear work takes about 4× as long at 4n; a
// quadratic finder takes 16×. A ratio above FAILING_RATIO is measured again one step further (4n
// to 16n) and fails only if it is over FAILING_RATIO there too, so one collector pause does not
// fail a linear rule. n starts at --chars and grows (×4) for each rule until its run takes MIN_MS,
// so no ratio is taken between two timer ticks.
//
//   node scripts/bench/linearity.mjs [--chars N] [--only a,b]   print the table; exit 1 if a row fails
//
// measureLinearity() returns the rows ({ rule, input, chars, ms, msLong, ratio, confirmRatio, failing }) for
// scripts/bench.mjs; `onRow` sees each as it is measured.
//
// Uses the built engine (build/engine.mjs), as the speed figures do: `npm run build` first.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { repoRoot } from '../paths.mjs';

const ENGINE_PATH = path.join(repoRoot, 'build/engine.mjs');

/** Characters of the shortest run tried; the longer one is four times as long. */
const DEFAULT_CHARS = 10_000;
/** Longest n tried while a rule is still too quick to time (a long feature is ~100,000 characters). */
const MAX_CHARS = 160_000;
const GROWTH = 4;
/**
 * Linear work takes 4× as long at 4n and quadratic work 16×; the collector makes big linear runs
 * cost up to about 6× (a 320,000-character tokenise measured 4.6× to 10× between passes). 8, the
 * two's geometric mean, fails a square and lets allocation noise pass.
 */
const FAILING_RATIO = 8;
/** n grows until a rule's run takes this long: below it a ratio is timer and collector noise. */
const MIN_MS = 10;
/** A run at n slower than this is not repeated at 4n: it already fails, and 4n could take minutes. */
const GIVE_UP_MS = 5_000;
const REPEATS = 3;
/**
 * A collection before each timed run: a long text leaves garbage that the next run would pay for,
 * and one collection inside a run of a few milliseconds looks like a quadratic ratio.
 */
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc');
/**
 * The stage of analyze() every rule shares, timed with no rule at all (reading the language
 * samples the text's first characters, so its time does not grow with a page).
 */
const SHARED_STAGES = ['tokenize'];

/** Deterministic letters for made-up words: the same table every run. */
function madeUpWord(index, capitalised) {
  const consonants = 'bcdfghjklmnprstvz';
  const vowels = 'aeiou';
  let word = '';
  for (let i = index + 7, syllables = 0; syllables < 3; syllables++, i = Math.floor(i / 5) + syllables * 13) {
    word += consonants[i % consonants.length] + vowels[(i >> 2) % vowels.length];
  }
  return capitalised ? word[0].toUpperCase() + word.slice(1) : word;
}

/**
 * The hostile inputs: each a name and a function from a length in characters to the text (one
 * paragraph unless the input is about paragraphs).
 */
const INPUTS = [
  ...[
    ['straight double quotes', '"'],
    ['opening curly double quotes', '“'],
    ['closing curly double quotes', '”'],
    ['curly double pairs', '“”'],
    ['opening curly single quotes', '‘'],
    ['closing curly single quotes (apostrophes)', '’'],
    ['straight single quotes', "'"],
    ['spaced straight quotes', '" '],
    ['quoted words', '"word" '],
    ['opening quotes before words', '“word '],
    ['closing quotes after words', 'word” '],
    ['single-quoted words', '‘word’ '],
    ['leading apostrophes', "'em "],
    ['apostrophes in words', "don't "],
    ['digits', '7'],
    ['numbers', '12 '],
    ['grouped numbers', '1,000 '],
    ['hyphens', '-'],
    ['hyphenated word', 'a-'],
    ['dashes', ' — '],
    ['full stops', '.'],
    ['commas', ', '],
    ['question and exclamation marks', '?!'],
    ['ellipses', '… '],
    ['brackets', '('],
    ['white space between letters', 'a \u00a0\t'],
    ['one letter', 'a'],
    ['repeated word', 'the '],
    ['repeated capitalised word', 'Smith '],
    ['repeated sentence', 'The council approved the new sea wall on Tuesday. '],
    ['repeated quoted sentence', '“We cannot keep patching a wall,” said Tom Reilly. '],
  ].map(([name, unit]) => ({ name, make: (chars) => inSentence(unit.repeat(Math.ceil(chars / unit.length))) })),
  {
    name: 'repeated sentence, a paragraph each',
    make: (chars) => 'The council approved the new sea wall on Tuesday.\n\n'.repeat(Math.ceil(chars / 52)),
  },
  {
    name: 'capitalised made-up words',
    make: (chars) => wordsOf(chars, (i) => madeUpWord(i, true)),
  },
  {
    name: 'names in sentences',
    make: (chars) => wordsOf(chars, (i) => `${madeUpWord(i, true)} ${madeUpWord(i * 31, true)} said.`),
  },
  {
    name: 'made-up lower-case words',
    make: (chars) => wordsOf(chars, (i) => madeUpWord(i, false)),
  },
  {
    name: 'counts of people',
    make: (chars) => wordsOf(chars, (i) => `over ${i % 997} people signed it.`),
  },
  {
    name: 'years and ages',
    make: (chars) => wordsOf(chars, (i) => `in ${1900 + (i % 120)} the ${20 + (i % 60)}-year-old said`),
  },
];

/** A run set in a sentence, so what comes before and after it is ordinary prose. */
const inSentence = (run) => `The council said ${run} and left.`;

function wordsOf(chars, word) {
  const words = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const next = word(i);
    words.push(next);
    length += next.length + 1;
  }
  return words.join(' ');
}

/** The rule as it is, but willing to run on any language: a hostile page can carry an English sentence. */
const anyLanguage = (rule) => ({ ...rule, meta: { ...rule.meta, languages: undefined } });

/** Fastest of REPEATS runs of one rule, or of the shared stages (`rule` null), on a text: ms by stage. */
function fastest(engine, rule, text) {
  const article = engine.fromPlainText(text, { lang: 'en' });
  const best = {};
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    collectGarbage();
    const { timings } = engine.analyze(article, rule ? [rule] : []);
    for (const [stage, ms] of Object.entries(timings)) best[stage] = Math.min(best[stage] ?? Infinity, ms);
    if (Math.max(...Object.values(best)) > GIVE_UP_MS) break;
  }
  return best;
}

/**
 * The row of one rule (or shared stage `id`) on one input: from `chars`, n grows until the run
 * takes MIN_MS; then the time at 4n. `time(chars)` gives ms by stage.
 */
export function measureRow(id, input, chars, time) {
  let n = chars;
  let ms = time(n)[id];
  while (ms < MIN_MS && n * GROWTH <= MAX_CHARS) {
    n *= GROWTH;
    ms = time(n)[id];
  }
  const msLong = ms > GIVE_UP_MS ? null : time(n * GROWTH)[id];
  const ratio = msLong === null ? null : msLong / ms;
  let failing = msLong === null || (ms >= MIN_MS && ratio > FAILING_RATIO);
  // One step further tells a square from noise: quadratic work grows 16× again, linear work 4×.
  let confirmRatio = null;
  if (failing && msLong !== null && msLong * GROWTH ** 2 <= GIVE_UP_MS) {
    confirmRatio = time(n * GROWTH ** 2)[id] / msLong;
    failing = confirmRatio > FAILING_RATIO;
  }
  return { rule: id, input: input.name, chars: n, ms, msLong, ratio, confirmRatio, failing };
}

/**
 * One row per rule (and shared stage) and input: ms at n and 4n, their ratio, and whether it
 * fails. A row whose n-run took longer than GIVE_UP_MS has no 4n time (`msLong: null`) and fails.
 * When the shared stages grow too fast on an input, the rules are not run on it.
 */
export async function measureLinearity({ chars = DEFAULT_CHARS, only = null, enginePath = ENGINE_PATH, onRow = () => {} } = {}) {
  const engine = await import(pathToFileURL(enginePath).href);
  const rules = engine.rules.filter((rule) => !only || only.includes(rule.meta.id)).map(anyLanguage);
  const rows = [];
  for (const input of INPUTS) {
    const shared = SHARED_STAGES.map((stage) => measureRow(stage, input, chars, (n) => fastest(engine, null, input.make(n))));
    shared.forEach(onRow);
    rows.push(...shared);
    // Every rule's run repeats the shared stages: on an input they grow too fast on, the rules' ratios say nothing more.
    if (shared.some((row) => row.failing)) continue;
    for (const rule of rules) {
      const row = measureRow(rule.meta.id, input, chars, (n) => fastest(engine, rule, input.make(n)));
      onRow(row);
      rows.push(row);
    }
  }
  return rows;
}

export function formatLinearity(rows) {
  const fmt = (ms) => (ms === null ? '—' : ms < 10 ? ms.toFixed(2) : ms.toFixed(0));
  const lines = [`LINEARITY (n characters, ms at n and ${GROWTH}n, ratio; n grows until a run takes ${MIN_MS} ms; ✗ over ×${FAILING_RATIO})`];
  const ruleWidth = Math.max(...rows.map((r) => r.rule.length));
  const inputWidth = Math.max(...rows.map((r) => r.input.length));
  for (const row of rows) {
    const ratio =
      row.ratio === null ? 'gave up' : `×${row.ratio.toFixed(1)}${row.confirmRatio == null ? '' : `, then ×${row.confirmRatio.toFixed(1)} at ${GROWTH ** 2}n`}`;
    lines.push(
      `${row.failing ? '✗' : '✓'} ${row.rule.padEnd(ruleWidth)}  ${row.input.padEnd(inputWidth)}  ${String(row.chars).padStart(7)}  ${fmt(row.ms).padStart(7)}  ${fmt(row.msLong).padStart(7)}  ${ratio}`,
    );
  }
  const failing = rows.filter((row) => row.failing);
  lines.push(
    failing.length === 0
      ? 'every rule near-linear on every input'
      : `${failing.length} superlinear: ${failing.map((r) => `${r.rule} on ${r.input}`).join('; ')}`,
  );
  return `${lines.join('\n')}\n`;
}

function parseCli(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--chars') options.chars = Number(argv[++i]);
    else if (argv[i] === '--only') options.only = argv[++i].split(',');
    else throw new Error(`usage: node scripts/bench/linearity.mjs [--chars N] [--only rule,rule]; unknown ${argv[i]}`);
  }
  return options;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // Each row on stderr as it is measured (a run takes minutes), then the table on stdout.
  const rows = await measureLinearity({ ...parseCli(process.argv.slice(2)), onRow: (row) => process.stderr.write(`${JSON.stringify(row)}\n`) });
  process.stdout.write(formatLinearity(rows));
  process.exitCode = rows.some((row) => row.failing) ? 1 : 0;
}
