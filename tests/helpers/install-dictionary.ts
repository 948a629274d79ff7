// vitest setup file: the entry points install the typo dictionary; tests import the rules directly.
import { installDictionaryFromFile } from '../../src/rules/typo/dictionary-file.ts';

installDictionaryFromFile();
