// The two peers the issue measures us against, behind one shape:
//   { name, setupMs, lint(text) -> raw result, flagsOf(raw) -> [{ category, start, end }] }
// lint() is what gets timed; turning its output into corpus categories is kept out of the timing.
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextSpell from 'retext-spell';
import retextRepeatedWords from 'retext-repeated-words';
import dictionary from 'dictionary-en';
import { LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';

const RETEXT_CATEGORIES = { 'retext-spell': 'typo', 'retext-repeated-words': 'repeated-word' };
const HARPER_CATEGORIES = { Spelling: 'typo', Typo: 'typo', Repetition: 'repeated-word' };

/**
 * retext with spelling (nspell + dictionary-en) and doubled words. One long-lived processor, as
 * an app would keep: retext-spell caches suggestions and stops suggesting after 30 misspellings
 * per processor, which makes its warm runs cheaper, not dearer.
 */
export async function createRetext() {
  const started = performance.now();
  const processor = unified().use(retextEnglish).use(retextSpell, { dictionary }).use(retextRepeatedWords);
  // run(tree, text, callback) hands back the virtual file that collects the messages.
  const check = (text) =>
    new Promise((resolve, reject) => {
      processor.run(processor.parse(text), text, (error, _tree, file) => (error ? reject(error) : resolve(file)));
    });
  await check('Warm up the dictionary.');
  const setupMs = performance.now() - started;
  return {
    name: 'retext',
    setupMs,
    lint: check,
    flagsOf(vfile) {
      return vfile.messages.flatMap((m) => {
        const category = RETEXT_CATEGORIES[m.source];
        const start = m.place?.start?.offset;
        const end = m.place?.end?.offset;
        return category && start !== undefined && end !== undefined ? [{ category, start, end }] : [];
      });
    },
  };
}

/** harper.js LocalLinter with the wasm binary shipped in the package, all its default rules on. */
export async function createHarper() {
  const started = performance.now();
  const linter = new LocalLinter({ binary });
  await linter.setup();
  await linter.lint('Warm up the linter.', { language: 'plaintext' });
  const setupMs = performance.now() - started;
  return {
    name: 'harper',
    setupMs,
    lint: (text) => linter.lint(text, { language: 'plaintext' }),
    flagsOf(lints) {
      return lints.flatMap((lint) => {
        const category = HARPER_CATEGORIES[lint.lint_kind()];
        const span = lint.span();
        const flag = category ? [{ category, start: span.start, end: span.end }] : [];
        lint.free();
        return flag;
      });
    },
  };
}
