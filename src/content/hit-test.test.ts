import { describe, expect, it } from 'vitest';
import type { Finding } from '../core/types.ts';
import { findingAt } from './hit-test.ts';

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
