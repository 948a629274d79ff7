// The shared dictionary, read from build/generated/ once per test file: tests hand it to analyze()
// as the entry points do.
import { lexiconFromFile } from '../../src/cli/lexicon-file.ts';

export const lexicon = lexiconFromFile();
