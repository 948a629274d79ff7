import { describe, expect, it } from 'vitest';
import { fromPlainText } from './article-text.ts';
import { tokenize } from './tokenize.ts';

const sentencesOf = (text: string): string[] => {
  const article = fromPlainText(text);
  return tokenize(article).sentences.map((sentence) => article.text.slice(sentence.start, sentence.end));
};

describe('sentences', () => {
  it.each([
    ['a full stop before a capital', 'It rained. Then it stopped.', ['It rained.', 'Then it stopped.']],
    ['a closing quote after the stop', '“We won.” She smiled.', ['“We won.”', 'She smiled.']],
    ['a run of marks ends once', 'Really?! Yes... All of it.', ['Really?!', 'Yes...', 'All of it.']],
    ['not before a lower-case word', 'It cost 3 p. per unit. Fine.', ['It cost 3 p. per unit.', 'Fine.']],
    ['not after a title', 'Mr. Smith spoke. Then he left.', ['Mr. Smith spoke.', 'Then he left.']],
    ['not after an initial', 'J. Smith spoke. Then he left.', ['J. Smith spoke.', 'Then he left.']],
    ['a run of stops after a title ends the sentence', 'He met Mr.. Then he left.', ['He met Mr..', 'Then he left.']],
    ['marks with no space after them', 'See example.com/a.b?c. Done.', ['See example.com/a.b?c.', 'Done.']],
  ])('%s', (_why, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('a hostile run of punctuation', () => {
  // Each mark of a run used to rescan the rest of it: 16,000 full stops took 9 s, 16,000 "?!" 34 s.
  it.each([
    ['full stops', '.'],
    ['question and exclamation marks', '?!'],
    ['stops and closing quotes', '.”'],
  ])('of %s is read in one pass', (_why, mark) => {
    const run = mark.repeat(100_000);
    for (const text of [`Start${run} end.`, `Start${run}${' '.repeat(50_000)}end.`, `Start ${run} Next one.`]) {
      const sentences = sentencesOf(text);
      expect(sentences.length).toBeGreaterThan(0);
      expect(sentences.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });
});
