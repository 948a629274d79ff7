// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../core/types.ts';
import type { TextMap } from '../extract/types.ts';
import { findingAt, findingAtPoint } from './hit-test.ts';

const at = (start: number, end: number, key: string): Finding => ({
  ruleId: 'typo',
  messageId: 'm',
  data: {},
  span: { start, end },
  quote: { exact: '', prefix: '', suffix: '' },
  reason: '',
  suggestions: [],
  related: [],
  url: '',
  key,
});

describe('findingAt', () => {
  const passage = at(10, 60, 'passage');
  const word = at(20, 25, 'word');
  it('picks the narrowest finding when spans nest', () => {
    expect(findingAt([passage, word], 22)?.key).toBe('word');
    expect(findingAt([passage, word], 30)?.key).toBe('passage');
  });
  it('treats spans as half-open', () => {
    expect(findingAt([word], 20)?.key).toBe('word');
    expect(findingAt([word], 25)).toBeNull();
    expect(findingAt([], 3)).toBeNull();
  });
});

describe('findingAtPoint in an article inside a shadow root', () => {
  afterEach(() => {
    delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
  });

  it('asks for the caret inside that shadow tree, not at its host', () => {
    document.body.innerHTML = '<news-app></news-app>';
    const host = document.querySelector('news-app')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>The goverment said so.</p>';
    const text = root.querySelector('p')!.firstChild as Text;
    // As browsers do: a point in a shadow tree that was not named is given as its host.
    Object.defineProperty(document, 'caretPositionFromPoint', {
      configurable: true,
      value: (_x: number, _y: number, options?: CaretPositionFromPointOptions) =>
        options?.shadowRoots?.includes(root) ? { offsetNode: text, offset: 6 } : { offsetNode: host, offset: 0 },
    });
    const map: TextMap = { toRange: () => null, toOffset: (node, offset) => (node === text ? offset : null) };
    const typo = at(4, 13, 'typo');
    const box = { getClientRects: () => [{ left: 0, right: 100, top: 0, bottom: 20 }] } as unknown as Range;
    expect(findingAtPoint(root, map, [typo], () => box, 10, 10)?.key).toBe('typo');
    expect(findingAtPoint(document, map, [typo], () => box, 10, 10)).toBeNull();
  });
});
