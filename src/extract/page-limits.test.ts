import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_ELEMENTS, PageLimitError, parseWithinLimits } from './page-limits.ts';

const parse = (html: string): Document => parseHTML(html).document as unknown as Document;
const page = (body: string) => `<!doctype html><html><body><article>${body}</article></body></html>`;

describe('parseWithinLimits', () => {
  it('parses a page inside the limits', () => {
    const document = parseWithinLimits(page(`${'<div>'.repeat(MAX_DEPTH - 10)}<p>Deep but fine.</p>${'</div>'.repeat(MAX_DEPTH - 10)}`), parse);
    expect(document.querySelector('p')?.textContent).toBe('Deep but fine.');
  });

  it('refuses a page nested deeper than the limit, measured on the parsed tree', () => {
    expect(() => parseWithinLimits(page(`${'<div>'.repeat(MAX_DEPTH + 1)}<p>x</p>`), parse)).toThrow(PageLimitError);
  });

  it('counts a thousand unclosed paragraphs as the parser closes them, not as a thousand levels', () => {
    expect(() => parseWithinLimits(page('<p>Another paragraph'.repeat(1_000)), parse)).not.toThrow();
  });

  it('refuses a page of more elements than the limit without parsing it', () => {
    let parsed = false;
    const spy = (html: string) => ((parsed = true), parse(html));
    expect(() => parseWithinLimits(page('<i>x</i>'.repeat(MAX_ELEMENTS + 1)), spy)).toThrow(/too many elements/);
    expect(parsed).toBe(false);
  });
});
