import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { fromPlainText } from '../../src/core/article-text.ts';
import type { Finding, Rule } from '../../src/core/types.ts';
import { lexicon } from './lexicon.ts';

export interface ValidCase {
  text: string;
  userWords?: string[];
  /** Why this must not be flagged (shown in the test name). */
  why?: string;
}

export interface ExpectedFinding {
  exact: string;
  messageId?: string;
  /** The first suggestions, in order (a prefix of the finding's list). */
  suggestions?: string[];
  /** Exact texts of the related spans, in order. */
  related?: string[];
}

export interface InvalidCase {
  text: string;
  userWords?: string[];
  why?: string;
  /** Every finding the rule must raise on `text`, in text order — no more, no fewer. */
  errors: ExpectedFinding[];
}

function run(rule: Rule, text: string, userWords: string[] = []): Finding[] {
  const { findings, errors } = analyze(fromPlainText(text), [rule], { userWords, lexicon });
  expect(errors).toEqual([]);
  for (const finding of findings) {
    expect(finding.ruleId).toBe(rule.meta.id);
  }
  return findings;
}

const label = (c: { text: string; why?: string }) => (c.why ? `${c.why}: ` : '') + JSON.stringify(c.text.slice(0, 80));

/** ESLint-style table test: `valid` texts raise nothing, `invalid` texts raise exactly `errors`. */
export function testRule(rule: Rule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const raw of cases.valid) {
        const c = typeof raw === 'string' ? { text: raw } : raw;
        it(label(c), () => {
          expect(run(rule, c.text, c.userWords).map((f) => f.quote.exact)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      // A new rule's skeleton (scripts/new-rule.mjs) has none yet: a todo, not an empty suite.
      if (cases.invalid.length === 0) it.todo('the texts the rule must flag');
      for (const c of cases.invalid) {
        it(label(c), () => {
          const findings = run(rule, c.text, c.userWords);
          expect(findings.map((f) => f.quote.exact)).toEqual(c.errors.map((e) => e.exact));
          c.errors.forEach((expected, i) => {
            const finding = findings[i] as Finding;
            if (expected.messageId) expect(finding.messageId).toBe(expected.messageId);
            if (expected.suggestions) {
              expect(finding.suggestions.slice(0, expected.suggestions.length)).toEqual(expected.suggestions);
            }
            if (expected.related) expect(finding.related.map((r) => r.exact)).toEqual(expected.related);
          });
        });
      }
    });
  });
}
