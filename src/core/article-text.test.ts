import { describe, expect, test } from 'vitest';
import { collapseWhitespace, fromBlocks } from './article-text.ts';

describe('collapseWhitespace', () => {
  test.each([
    ['plain words', 'plain words'],
    ['  padded  ', 'padded'],
    ['a  b', 'a b'],
    ['a\tb', 'a b'],
    ['a\t b', 'a b'],
    ['a \tb', 'a b'],
    ['a\n\n\nb', 'a b'],
    ['a\u00a0b', 'a b'],
    ['a \u00a0 b', 'a b'],
    ['a\u2009b\u3000c', 'a b c'],
    ['a\ufeffb', 'a b'],
    ['\n\t ', ''],
    ['', ''],
  ])('%j → %j', (text, collapsed) => {
    expect(collapseWhitespace(text)).toBe(collapsed);
  });

  test('agrees with collapsing every run of white space, on text mixing every kind', () => {
    const spaces = [' ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2009', ' \u00a0', '\u3000 '];
    let text = '';
    for (let i = 0; i < 2000; i++) text += `w${i}${spaces[(i * 7) % spaces.length]}`;
    expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' ').trim());
  });
});

describe('fromBlocks', () => {
  test('joins collapsed blocks with blank lines and drops empty ones', () => {
    const article = fromBlocks([
      { kind: 'heading', text: ' A  headline ' },
      { kind: 'paragraph', text: '\n \t' },
      { kind: 'paragraph', text: 'First\nline.' },
    ]);
    expect(article.text).toBe('A headline\n\nFirst line.');
    expect(article.blocks).toEqual([
      { kind: 'heading', start: 0, end: 10 },
      { kind: 'paragraph', start: 12, end: 23 },
    ]);
  });
});
