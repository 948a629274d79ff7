// Node only (the CLI, src/engine.ts, the unit tests): loads the generated dictionary from
// build/generated/, found by walking up from this module, which sits at a different depth as
// source (vitest) and bundled (build/*.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DICTIONARY_FILE, Lexicon, toDictionaryData } from '../core/lexicon/lexicon.ts';

function findDictionaryFile(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'build/generated', DICTIONARY_FILE);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`build/generated/${DICTIONARY_FILE} not found: run node scripts/build-dictionary.mjs`);
  }
}

let loaded: Lexicon | undefined;

/** Read synchronously on first call, then shared: one copy of the word lists per thread. */
export function lexiconFromFile(): Lexicon {
  loaded ??= new Lexicon(toDictionaryData(JSON.parse(fs.readFileSync(findDictionaryFile(), 'utf8'))));
  return loaded;
}
