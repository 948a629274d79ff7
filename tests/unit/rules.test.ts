// The conventions every rule keeps, so a new rule can't be half-added: each folder of src/rules
// holds the rule, its light meta, its table tests and a README in the shared skeleton; both
// registries list every folder once, sorted; and no rule reaches into another's folder.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.ts';
import { RULE_IDS, RULE_METAS } from '../../src/rules/metas.ts';

const rulesDir = new URL('../../src/rules/', import.meta.url);
const folders = readdirSync(rulesDir)
  .filter((name) => statSync(new URL(name, rulesDir)).isDirectory())
  .sort();
const README_HEADINGS = ['What it flags', 'Why', 'Examples flagged', 'Examples not flagged', 'Options', 'Known limits'];

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
});
