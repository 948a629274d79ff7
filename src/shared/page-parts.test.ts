import { describe, expect, test } from 'vitest';
import { pageParts, PendingPages } from './page-parts.ts';

describe('pageParts', () => {
  test.each([
    ['', 4, ['']],
    ['abc', 4, ['abc']],
    ['abcd', 4, ['abcd']],
    ['abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    // A surrogate pair that would straddle a cut goes whole into the next part.
    ['abc😀def', 4, ['abc', '😀de', 'f']],
    ['😀😀😀', 2, ['😀', '😀', '😀']],
  ])('%j in parts of %i → %j', (html, size, parts) => {
    expect(pageParts(html, size)).toEqual(parts);
  });

  test('a part too small for a surrogate pair is refused', () => {
    expect(() => pageParts('😀', 1)).toThrow(RangeError);
  });

  test('the parts join back into the page, and none is longer than asked', () => {
    const html = '<p>Ça va 😀 — 🇫🇷</p>'.repeat(5000);
    for (const size of [2, 3, 7, 1000]) {
      const parts = pageParts(html, size);
      expect(parts.join('')).toBe(html);
      expect(parts.every((part) => part.length <= size && part.length > 0)).toBe(true);
      expect(parts.some((part) => /^[\udc00-\udfff]|[\ud800-\udbff]$/.test(part))).toBe(false);
    }
  });
});

describe('PendingPages', () => {
  test('a page sent in parts is whole again with its last part, once', () => {
    const pages = new PendingPages();
    pages.add('tab1:0:1', 0, '<html><body>');
    pages.add('tab1:0:1', 1, '<p>Story</p>');
    expect(pages.take('tab1:0:1', 3, '</body></html>')).toBe('<html><body><p>Story</p></body></html>');
    expect(pages.take('tab1:0:1', 3, '</body></html>')).toBeNull();
  });

  test('pages of different senders do not mix', () => {
    const pages = new PendingPages();
    pages.add('a', 0, 'A1');
    pages.add('b', 0, 'B1');
    pages.add('a', 1, 'A2');
    expect(pages.take('b', 2, 'B2')).toBe('B1B2');
    expect(pages.take('a', 3, 'A3')).toBe('A1A2A3');
  });

  test.each([
    ['a part is missing', (pages: PendingPages) => pages.add('p', 0, 'x'), 3],
    ['a part comes out of order', (pages: PendingPages) => (pages.add('p', 0, 'x'), pages.add('p', 2, 'z')), 4],
    ['nothing came before the request', () => undefined, 2],
  ])('null when %s', (_name, send, count) => {
    const pages = new PendingPages();
    send(pages);
    expect(pages.take('p', count, 'last')).toBeNull();
  });

  test('part 0 starts a page afresh (the frame was reloaded and numbers its pages from 1 again)', () => {
    const pages = new PendingPages();
    pages.add('p', 0, 'stale');
    pages.add('p', 1, 'stale');
    pages.add('p', 0, 'new');
    expect(pages.take('p', 2, '!')).toBe('new!');
  });

  test('a page over the size limit is dropped', () => {
    const pages = new PendingPages(4, 10);
    pages.add('p', 0, '123456');
    pages.add('p', 1, '789012');
    expect(pages.take('p', 3, '3')).toBeNull();
    pages.add('q', 0, '123456');
    expect(pages.take('q', 2, '78901')).toBeNull();
  });

  test('past the number held, the page least recently added to is dropped', () => {
    const pages = new PendingPages(2);
    pages.add('old', 0, 'o');
    pages.add('mid', 0, 'm');
    pages.add('old', 1, 'o');
    pages.add('new', 0, 'n');
    expect(pages.take('mid', 2, '!')).toBeNull();
    expect(pages.take('old', 3, '!')).toBe('oo!');
    expect(pages.take('new', 2, '!')).toBe('n!');
  });
});
