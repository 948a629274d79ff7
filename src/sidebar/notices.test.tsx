// @vitest-environment jsdom
import fs from 'node:fs';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { fromPlainText } from '../core/article-text.ts';
import { articleLanguage } from '../core/language.ts';
import type { ArticleText, RuleId } from '../core/types.ts';
import { pageInfo } from './report-export.ts';
import { Sidebar, type SidebarProps } from './Sidebar.tsx';

const fixture = (name: string): string => fs.readFileSync(`tests/fixtures/lang/${name}`, 'utf8');
const noop = () => {};
// The language comes from the engine's analysis, which reads it with articleLanguage.
const pageOf = (article: ArticleText, cutShort?: RuleId[]) => pageInfo(article, 'https://example.test/story', articleLanguage(article), undefined, cutShort);

function sidebarFor(text: string, lang: string, cutShort?: RuleId[]): HTMLElement {
  const props: SidebarProps = {
    groups: [{ ruleId: 'repeated-passage', findings: [] }],
    total: 0,
    listLimit: 40,
    selectedKey: null,
    collapsed: false,
    status: { message: '', canUndo: false },
    page: pageOf(fromPlainText(text, { lang }), cutShort),
    ruleIds: ['repeated-passage'],
    practice: null,
    onSelect: noop,
    onMove: noop,
    onDismiss: noop,
    onAddWord: noop,
    onShowRelated: noop,
    onUndo: noop,
    onCollapse: noop,
    onNotice: noop,
    onPractice: noop,
    onMarkSelection: noop,
    onRemoveMark: noop,
    onReveal: noop,
  };
  const container = document.createElement('div');
  render(<Sidebar {...props} />, container);
  return container;
}

describe('the sidebar on a page in a language Copydesk does not support', () => {
  it('says which language, instead of a quality rate or “nothing to flag”', () => {
    const sidebar = sidebarFor(fixture('de.txt'), 'en');
    const notice = sidebar.querySelector('[data-language-unsupported]');
    expect(notice?.getAttribute('data-language-unsupported')).toBe('de');
    expect(notice?.textContent).toContain('This page is in German, which Copydesk does not support yet');
    expect(sidebar.querySelector('[data-quality]')).toBeNull();
    expect(sidebar.querySelector('.cd-empty')).toBeNull();
  });

  it('says nothing of language on an English page', () => {
    const sidebar = sidebarFor(fixture('en-mixed.txt'), 'en');
    expect(sidebar.querySelector('[data-language-unsupported]')).toBeNull();
    expect(sidebar.querySelector('.cd-empty')?.textContent).toBe('Nothing to flag on this page.');
  });
});

describe('the sidebar on a page whose check ran out of time', () => {
  it('names the checks that did not run, so their empty lists are not read as clean', () => {
    const sidebar = sidebarFor(fixture('en-mixed.txt'), 'en', ['quote-mismatch', 'agreement']);
    const notice = sidebar.querySelector('[data-cut-short]');
    expect(notice?.getAttribute('data-cut-short')).toBe('quote-mismatch agreement');
    expect(notice?.textContent).toContain('Copydesk stopped before these checks ran: quote mismatches, agreement.');
  });

  it('says nothing when every check ran', () => {
    expect(sidebarFor(fixture('en-mixed.txt'), 'en', []).querySelector('[data-cut-short]')).toBeNull();
  });
});
