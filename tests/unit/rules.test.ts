// The conventions every rule keeps, so a new rule can't be half-added: each folder of src/rules
// holds the rule, its light meta, its table tests and a README in the shared skeleton; both
// registries list every folder once, sorted; no rule reaches into another's folder; and the
// README's examples do what it says, so the docs cannot drift from the rule.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { fromPlainText } from '../../src/core/article-text.ts';
import { rules } from '../../src/rules/index.ts';
import { RULE_IDS, RULE_METAS } from '../../src/rules/metas.ts';
import { lexicon } from '../helpers/lexicon.ts';

const rulesDir = new URL('../../src/rules/', import.meta.url);
const folders = readdirSync(rulesDir)
  .filter((name) => statSync(new URL(name, rulesDir)).isDirectory())
  .sort();
const README_HEADINGS = ['What it flags', 'Why', 'Examples flagged', 'Examples not flagged', 'Options', 'Known limits'];

/** The text of a `## heading` section, up to the next one. */
function section(readme: string, heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) return '';
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** The section's examples, one per table row or bullet, line breaks unwrapped. */
function exampleItems(text: string): { text: string; cell: boolean }[] {
  const items: { text: string; cell: boolean }[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('|')) {
      const cell = (line.split('|')[1] ?? '').trim();
      if (!/^-+$/.test(cell) && !/^text$/i.test(cell)) items.push({ text: cell, cell: true });
    } else if (line.startsWith('- ')) items.push({ text: line.slice(2), cell: false });
    else if (line.startsWith('  ') && items.at(-1)?.cell === false) (items.at(-1) as { text: string }).text += ` ${line.trim()}`;
  }
  return items;
}

/** An example's texts: its code spans, or a table row's first cell (bold marks dropped); elided ones (`… three …`) are left out. */
function textsOf({ text, cell }: { text: string; cell: boolean }): string[] {
  const spans = [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
  return (spans.length > 0 || !cell ? spans : [text.replace(/\*\*/g, '')]).filter((example) => !example.includes('…'));
}

/** A text the rule can be asked to flag on its own: full sentences, not a fragment (`Hutchins’ memory`) that needs the article around it. */
const isSentences = (text: string) => /^["“‘(]?\p{Lu}/u.test(text) && /[.!?]["”’)]*$/u.test(text);

const flaggedBy = (ruleId: string, text: string) =>
  analyze(
    fromPlainText(text),
    rules.filter((r) => r.meta.id === ruleId),
    { lexicon },
  ).findings.map((f) => f.quote.exact);

describe('rule registries', () => {
  it('src/rules/metas.ts lists every rule folder once, sorted by id', () => {
    expect(RULE_IDS).toEqual(folders);
  });

  it('src/rules/index.ts lists every rule folder once, sorted by id', () => {
    expect(rules.map((r) => r.meta.id)).toEqual(folders);
  });
});

describe.each(folders)('%s', (id) => {
  const file = (name: string) => new URL(`${id}/${name}`, rulesDir);
  const rule = rules.find((r) => r.meta.id === id);

  it('has the rule, its meta, its table tests and a README', () => {
    for (const name of [`${id}.ts`, 'meta.ts', `${id}.test.ts`, 'README.md']) expect(existsSync(file(name)), name).toBe(true);
  });

  it('carries its light meta, whose id is its folder name', () => {
    const meta = RULE_METAS[id as keyof typeof RULE_METAS];
    expect(meta.id).toBe(id);
    expect(meta.label).not.toBe('');
    expect(meta.plural).not.toBe('');
    expect(meta.style.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(rule?.meta).toMatchObject(meta);
  });

  it('has a README with the shared headings, in order', () => {
    const readme = readFileSync(file('README.md'), 'utf8');
    expect(readme.startsWith(`# ${id}\n`)).toBe(true);
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => (m[1] as string).trim());
    expect(headings.filter((h) => README_HEADINGS.includes(h))).toEqual(README_HEADINGS);
  });

  it('describes itself and names every message it can flag', () => {
    expect(rule?.meta.description.length).toBeGreaterThan(20);
    expect(Object.keys(rule?.meta.messages ?? {}).length).toBeGreaterThan(0);
    for (const template of Object.values(rule?.meta.messages ?? {})) expect(template.trim()).not.toBe('');
  });

  it('imports nothing from another rule’s folder', () => {
    const sources = readdirSync(new URL(`${id}/`, rulesDir)).filter((name) => name.endsWith('.ts'));
    for (const name of sources) {
      const imports = [...readFileSync(file(name), 'utf8').matchAll(/from '(\.\.\/[^']+)'/g)].map((m) => m[1] as string);
      expect(
        imports.filter((path) => !path.startsWith('../../')),
        name,
      ).toEqual([]);
    }
  });

  const readme = readFileSync(file('README.md'), 'utf8');
  // A flagged example may be two sentences, the first copy and the later one: they run as one article.
  const flagged = exampleItems(section(readme, 'Examples flagged'))
    .map((item) => textsOf(item).filter(isSentences).join('\n\n'))
    .filter(Boolean);
  // Any text at all, fragments too, must pass unflagged.
  const notFlagged = exampleItems(section(readme, 'Examples not flagged')).flatMap(textsOf);

  it.each(flagged)('flags its README example %j', (text) => {
    expect(flaggedBy(id, text)).not.toEqual([]);
  });

  it.each(notFlagged)('does not flag its README example %j', (text) => {
    expect(flaggedBy(id, text)).toEqual([]);
  });
});
