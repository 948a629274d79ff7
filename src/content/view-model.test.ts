// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fromPlainText } from '../core/article-text.ts';
import type { Finding } from '../core/types.ts';
import { findingFor, textMapOf } from './testing/text-map.ts';
import { FindingsViewModel, type AnalysedPage } from './view-model.ts';

let page: AnalysedPage;
let findings: Record<'name' | 'repeat' | 'typo', Finding>;

beforeEach(() => {
  document.body.innerHTML = '<article><p>Halyna <b>Houtchins</b> was the the cinematografer.</p></article>';
  const map = textMapOf(document.querySelector('article') as Element);
  findings = {
    name: findingFor(map.text, 'Houtchins', 'name-variant'),
    repeat: findingFor(map.text, 'the the', 'repeated-word'),
    typo: findingFor(map.text, 'cinematografer', 'typo'),
  };
  page = {
    extracted: { article: fromPlainText(map.text), map },
    findings: Object.values(findings),
    ruleIds: ['typo', 'repeated-word', 'name-variant'],
  };
});

const keys = (model: FindingsViewModel) => model.view.shown.map((finding) => finding.key);

describe('FindingsViewModel', () => {
  it('shows the findings not dismissed, by rule in the order the rules ran, each with its live range', () => {
    const model = new FindingsViewModel();
    model.load(page, [findings.repeat.key]);
    expect(keys(model)).toEqual([findings.typo.key, findings.name.key]);
    expect(model.view.groups.map((group) => [group.ruleId, group.findings.length])).toEqual([
      ['typo', 1],
      ['repeated-word', 0],
      ['name-variant', 1],
    ]);
    expect(model.view.placed.map((placed) => placed.range.toString())).toEqual(['Houtchins', 'cinematografer']);
  });

  it('leaves out a finding whose text the page no longer shows (fail closed)', () => {
    const model = new FindingsViewModel();
    model.load({ ...page, findings: [...page.findings, { ...findings.typo, quote: { ...findings.typo.quote, exact: 'cinematographer' }, key: 'stale' }] }, []);
    expect(keys(model)).not.toContain('stale');
  });

  it('derives again only when the findings, dismissals or reading change', () => {
    const model = new FindingsViewModel();
    model.load(page, []);
    const first = model.view;
    model.select(findings.name.key);
    model.keyAfter('next');
    expect(model.view).toBe(first);
    model.dismiss(findings.name.key);
    const dismissed = model.view;
    expect(dismissed).not.toBe(first);
    expect(dismissed.placed).toHaveLength(2);
    model.restore(findings.name.key);
    expect(model.view.placed).toHaveLength(3);
    expect(model.dismissedKeys).toEqual([]);
    const restored = model.view;
    model.load(page, []);
    expect(model.view).not.toBe(restored);
  });

  it.each([
    // selected, move, expected
    [null, 'next', 'typo'],
    [null, 'previous', 'name'],
    ['typo', 'next', 'repeat'],
    ['name', 'next', 'typo'],
    ['repeat', 'previous', 'typo'],
    ['repeat', 'last', 'name'],
  ] as const)('from %s, %s selects %s (in the list’s order)', (selected, move, expected) => {
    const model = new FindingsViewModel();
    model.load(page, []);
    if (selected) model.select(findings[selected].key);
    expect(model.keyAfter(move)).toBe(findings[expected].key);
  });

  it('moves the selection on from a dismissed finding, and drops one that is no longer shown', () => {
    const model = new FindingsViewModel();
    model.load(page, []);
    expect(model.select(findings.repeat.key)?.range.toString()).toBe('the the');
    model.dismiss(findings.repeat.key);
    expect(model.selected?.key).toBe(findings.name.key);
    model.load({ ...page, findings: [findings.typo] }, []);
    expect(model.selected).toBeNull();
    expect(model.select(findings.name.key)).toBeNull();
    model.clear();
    expect(model.view.shown).toEqual([]);
  });
});
