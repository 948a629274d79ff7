// The conventions every rule keeps, so a new rule can't be half-added: registered in sorted order,
// its folder named by its id, with its table tests and a README in the shared skeleton.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/core/types.ts';
import { rules } from '../../src/rules/index.ts';

const rulesDir = new URL('../../src/rules/', import.meta.url);
const folders = readdirSync(rulesDir).filter((name) => statSync(new URL(name, rulesDir)).isDirectory());
const README_HEADINGS = ['What it flags', 'Why', 'Examples flagged', 'Examples not flagged', 'Options', 'Known limits'];

describe('rule registry', () => {
  it('is sorted by id, without duplicates, and uses only known ids', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(ids).toEqual([...new Set(ids)].sort());
    for (const id of ids) expect(RULE_IDS).toContain(id);
  });

  it('registers every rule folder', () => {
    expect(rules.map((r) => r.meta.id)).toEqual([...folders].sort());
  });
});

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
  const file = (name: string) => new URL(`${id}/${name}`, rulesDir);

  it('has its table tests beside it', () => {
    expect(existsSync(file(`${id}.test.ts`))).toBe(true);
  });

  it('has a README with the shared headings, in order', () => {
    const readme = readFileSync(file('README.md'), 'utf8');
    expect(readme.startsWith(`# ${id}\n`)).toBe(true);
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => (m[1] as string).trim());
    expect(headings.filter((h) => README_HEADINGS.includes(h))).toEqual(README_HEADINGS);
  });

  it('describes itself and names every message it can report', () => {
    expect(rule.meta.description.length).toBeGreaterThan(20);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    for (const template of Object.values(rule.meta.messages)) expect(template.trim()).not.toBe('');
  });
});
