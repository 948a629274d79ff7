// @vitest-environment jsdom
import fs from 'node:fs';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { MarkdownView } from './MarkdownView.tsx';
import { parseInline, parseMarkdown, safeHref } from './markdown-tree.ts';

function rendered(source: string): HTMLElement {
  const container = document.createElement('div');
  render(<MarkdownView source={source} />, container);
  return container;
}

describe('parseMarkdown', () => {
  it('reads the block types the rule READMEs use', () => {
    const blocks = parseMarkdown(
      [
        '# typo',
        '',
        'Flags words that are in',
        'no dictionary.',
        '',
        '> Unknown word “recieve”',
        '',
        '- first item with `code`,',
        '  continued on the next line',
        '- second',
        '',
        '1. **Known**: in the dictionary',
        '2. *Left alone*: names',
        '',
        '| text | flagged |',
        '| --- | --- |',
        '| I will recieve it. | recieve |',
        '',
        '```',
        'const x = 1;',
        '```',
      ].join('\n'),
    );
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'quote', 'list', 'list', 'table', 'code']);
    expect(blocks[1]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'Flags words that are in no dictionary.' }] });
    expect(blocks[3]).toMatchObject({
      ordered: false,
      items: [
        [
          { type: 'text', text: 'first item with ' },
          { type: 'code', text: 'code' },
          { type: 'text', text: ', continued on the next line' },
        ],
        [{ type: 'text', text: 'second' }],
      ],
    });
    expect(blocks[4]).toMatchObject({
      ordered: true,
      start: 1,
      items: [
        [{ type: 'strong' }, { type: 'text' }],
        [{ type: 'em' }, { type: 'text' }],
      ],
    });
    expect(blocks[6]).toEqual({ type: 'code', text: 'const x = 1;' });
  });

  it('leaves snake_case and lone asterisks as text', () => {
    expect(parseInline('a snake_case_name and 2 * 3')).toEqual([{ type: 'text', text: 'a snake_case_name and 2 * 3' }]);
  });
});

describe('safeHref', () => {
  it.each([
    ['https://en.wikipedia.org/wiki/Copy_editing', 'https://en.wikipedia.org/wiki/Copy_editing'],
    ['legitimate-doubles.ts', null],
    ['javascript:alert(1)', null],
    ['JAVASCRIPT:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['//evil.example/x', null],
  ])('%s → %s', (target, expected) => {
    expect(safeHref(target)).toBe(expected);
  });
});

describe('<Markdown>', () => {
  it('renders HTML in the source as text, never as elements', () => {
    const root = rendered('<img src=x onerror="alert(1)"> and <script>alert(2)</script>\n\n**<b>bold</b>** `<i>code</i>`');
    expect(root.querySelector('img, script, b, i')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror="alert(1)"> and <script>alert(2)</script>');
    expect(root.querySelector('strong')?.textContent).toBe('<b>bold</b>');
    expect(root.querySelector('code')?.textContent).toBe('<i>code</i>');
  });

  it('links only to web addresses, opening a new tab without an opener; other links are plain text', () => {
    const root = rendered('[safe](https://example.org/a) [relative](word-parts.ts) [bad](javascript:alert(1))');
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel'), a.getAttribute('target')])).toEqual([
      ['safe', 'https://example.org/a', 'noopener noreferrer', '_blank'],
    ]);
    expect(root.textContent).toBe('safe relative bad');
  });

  it('renders every bundled rule README with headings below the sidebar’s own and tables as tables', () => {
    const readmes = fs
      .readdirSync('src/rules', { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && fs.existsSync(`src/rules/${entry.name}/README.md`));
    expect(readmes.length).toBeGreaterThanOrEqual(4);
    for (const entry of readmes) {
      const source = fs.readFileSync(`src/rules/${entry.name}/README.md`, 'utf8');
      const root = rendered(source);
      expect(root.querySelector('h1, h2, h3'), entry.name).toBeNull();
      expect(root.querySelector('h4')?.textContent, entry.name).toBe(entry.name);
      expect(root.querySelectorAll('table').length, entry.name).toBe((source.match(/^\|\s*-{3}/gm) ?? []).length);
      expect(root.textContent, entry.name).not.toMatch(/\*\*|^#/m);
    }
  });
});
