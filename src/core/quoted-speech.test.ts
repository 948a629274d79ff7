import { describe, expect, it } from 'vitest';
import { isWithin, pairQuoteMarks, quotationSpans, quotedSpans, quoteMarks } from './quoted-speech.ts';

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
    const spans = [
      { start: 0, end: 10 },
      { start: 20, end: 30 },
    ];
    expect(isWithin({ start: 2, end: 8 }, spans)).toBe(true);
    expect(isWithin({ start: 8, end: 22 }, spans)).toBe(false);
  });
});

const marks = (text: string) => quoteMarks(text, { start: 0, end: text.length }).map((m) => `${m.char}${m.role}${m.certain ? '' : '?'}`);

describe('quoteMarks', () => {
  it('gives each mark the role its position gives it', () => {
    expect(marks('“He said ‘no,’ twice,” she said.')).toEqual(['“open', '‘open', '’close', '”close']);
    expect(marks('He said ”no” again.')).toEqual(['”open', '”close']);
  });
  it('leaves out apostrophes inside and before words, and elisions curled the wrong way', () => {
    expect(marks('Don’t stop rock ’n’ roll in the ’90s, ‘til ‘em all go.')).toEqual([]);
  });
  it('marks closing apostrophes and inch marks as uncertain', () => {
    expect(marks('Hutchins’ memory, nothin’ else, a 6" pot, 5\'11" tall')).toEqual(['’close?', '’close?', '"close?', '"close?']);
    expect(marks('sorry.’ and “done.’')).toEqual(['’close', '“open', '’close']);
  });
});

const pairs = (text: string) => {
  const pairing = pairQuoteMarks(text, { start: 0, end: text.length });
  const show = (p: { open: { at: number }; close: { at: number } }) => text.slice(p.open.at, p.close.at + 1);
  return {
    closed: pairing.closed.map(show),
    mismatched: pairing.mismatched.map(show),
    unclosed: pairing.unclosed.map((m) => m.char),
    abandoned: pairing.abandoned.map((m) => m.char),
    unopened: pairing.unopened.map((m) => m.char),
  };
};

describe('pairQuoteMarks', () => {
  it('pairs nested quotations innermost first, an apostrophe closing only an open single quotation', () => {
    expect(pairs('“He said ‘the players’ union,’ not ours”')).toEqual({
      closed: ['‘the players’ union,’', '“He said ‘the players’ union,’ not ours”'],
      mismatched: [],
      unclosed: [],
      abandoned: [],
      unopened: [],
    });
  });
  it('sorts out mismatched, abandoned, unclosed and unopened marks', () => {
    expect(pairs('“a farce.’ “I said ‘no,” he said. done.” ‘more')).toEqual({
      closed: ['“I said ‘no,”'],
      mismatched: ['“a farce.’'],
      unclosed: ['‘'],
      abandoned: ['‘'],
      unopened: ['”'],
    });
  });
});

describe('quotationSpans', () => {
  it('counts single quotations and runs an unclosed one to the end', () => {
    const text = 'It was ‘chaotic,’ Hutchins’ crew said, “and unsafe';
    expect(quotationSpans(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end))).toEqual(['‘chaotic,’', '“and unsafe']);
  });
});

describe('a hostile run of quotation marks', () => {
  // Each mark used to look through every mark beside it: 64,000 took half a minute, 250,000 never
  // ended. Now a run costs its length (scripts/bench/linearity.mjs measures how it grows); the
  // bound here only tells a pass from a hang on a busy machine.
  it.each(['“', '”', '"', '‘', '’', "'", '“”', '"x" ', '‘x ', "x' "])(
    'pairs 250,000 of %j',
    (unit) => {
      const text = `He said ${unit.repeat(Math.ceil(250_000 / unit.length))}no and left.`;
      const range = { start: 0, end: text.length };
      const started = performance.now();
      const marks = quoteMarks(text, range);
      const pairing = pairQuoteMarks(text, range);
      quotationSpans(text, range);
      expect(performance.now() - started).toBeLessThan(15_000);
      const paired = Object.values(pairing).reduce((sum, list) => sum + list.length, 0);
      expect(paired).toBeLessThanOrEqual(marks.length);
    },
    30_000,
  );
});

describe('isWithin on a long list', () => {
  it('answers as a scan would, for spans nested, overlapping and apart', () => {
    const spans = Array.from({ length: 40 }, (_, i) => ({ start: i * 10, end: i * 10 + (i % 3 === 0 ? 25 : 5) }));
    spans.push({ start: 100, end: 400 });
    const scan = (inner: { start: number; end: number }) => spans.some((s) => s.start <= inner.start && inner.end <= s.end);
    for (let start = 0; start < 420; start += 3) {
      for (const length of [1, 4, 12, 30]) {
        const inner = { start, end: start + length };
        expect(isWithin(inner, spans), `${inner.start}-${inner.end}`).toBe(scan(inner));
      }
    }
  });
});
