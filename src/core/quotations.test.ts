import { describe, expect, it } from 'vitest';
import { isWithin, quotedSpans } from './quotations.ts';

const quoted = (text: string) => quotedSpans(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe('quotedSpans', () => {
  it('finds curly and straight quotations', () => {
    expect(quoted('He said “no” and she said "yes" twice.')).toEqual(['“no”', '"yes"']);
  });
  it('ignores inch marks and apostrophes', () => {
    expect(quoted('A 6" pot and a 4" jar, Hutchins’ culture.')).toEqual([]);
  });
  it('runs an unclosed quotation to the end of the range', () => {
    expect(quoted('She wrote: “We were enjoying our work.')).toEqual(['“We were enjoying our work.']);
  });
  it('only scans the range it is given', () => {
    const text = '“Outside” inside “here”';
    expect(quotedSpans(text, { start: 10, end: text.length }).map((s) => text.slice(s.start, s.end))).toEqual(['“here”']);
  });
});

describe('isWithin', () => {
  it('needs the whole span inside one quotation', () => {
    const spans = [{ start: 0, end: 10 }, { start: 20, end: 30 }];
    expect(isWithin({ start: 2, end: 8 }, spans)).toBe(true);
    expect(isWithin({ start: 8, end: 22 }, spans)).toBe(false);
  });
});
