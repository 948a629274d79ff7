// scripts/new-rule.mjs, run on a copy of src/rules: the skeleton it writes keeps the conventions
// tests/unit/rules.test.ts checks, and it refuses ids that are not new kebab-case names.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { fromPlainText } from '../../src/core/article-text.ts';
import type { Rule, RuleLook } from '../../src/core/types.ts';
import { repoRoot } from '../../scripts/paths.mjs';

const SCRIPT = path.join(repoRoot, 'scripts/new-rule.mjs');
let root: string;

/** Runs the script on the copy; its exit code and what it printed. */
function newRule(...args: string[]): { code: number; output: string } {
  try {
    return { code: 0, output: execFileSync(process.execPath, [SCRIPT, '--root', root, ...args], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const { status, stderr } = error as { status: number; stderr: string };
    return { code: status, output: stderr };
  }
}

const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-new-rule-'));
  fs.cpSync(path.join(repoRoot, 'src/rules'), path.join(root, 'src/rules'), { recursive: true });
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('npm run new-rule', () => {
  it('writes the rule, its meta, a table test and a README, and registers it in both registries, sorted', async () => {
    expect(newRule('hyphen-slip').code).toBe(0);
    for (const name of ['hyphen-slip.ts', 'meta.ts', 'hyphen-slip.test.ts', 'README.md']) {
      expect(fs.existsSync(path.join(root, 'src/rules/hyphen-slip', name)), name).toBe(true);
    }
    expect(read('src/rules/metas.ts')).toContain("import agreement from './agreement/meta.ts';\nimport hyphenSlip from './hyphen-slip/meta.ts';\n");
    expect(read('src/rules/index.ts')).toContain("import agreement from './agreement/agreement.ts';\nimport hyphenSlip from './hyphen-slip/hyphen-slip.ts';\n");

    const { RULE_IDS } = (await import(pathToFileURL(path.join(root, 'src/rules/metas.ts')).href)) as { RULE_IDS: string[] };
    expect(RULE_IDS).toEqual([...RULE_IDS].sort());
    expect(RULE_IDS).toContain('hyphen-slip');
    const meta = ((await import(pathToFileURL(path.join(root, 'src/rules/hyphen-slip/meta.ts')).href)) as { default: RuleLook }).default;
    expect(meta).toMatchObject({ id: 'hyphen-slip', label: 'Hyphen slip', plural: 'Hyphen slips' });
    const rule = ((await import(pathToFileURL(path.join(root, 'src/rules/hyphen-slip/hyphen-slip.ts')).href)) as { default: Rule }).default;
    expect(rule.meta).toMatchObject(meta);
    const { findings, errors } = analyze(fromPlainText('The council met on Tuesday and approved the plan.'), [rule]);
    expect([findings, errors]).toEqual([[], []]);
    expect(read('src/rules/hyphen-slip/README.md')).toMatch(/^# hyphen-slip\n/);
  });

  it('registers a second rule beside the first, keeping the order', () => {
    expect(newRule('zero-width').code).toBe(0);
    expect(read('src/rules/metas.ts')).toMatch(/typo,\s*zeroWidth,?\s*\]/);
    expect(read('src/rules/index.ts')).toMatch(/typo,\s*zeroWidth,?\s*\]/);
  });

  it.each(['Bad_Id', 'typo2', '-typo', 'typo-', ''])('refuses %j: not a kebab-case id', (id) => {
    const before = read('src/rules/metas.ts');
    const { code, output } = newRule(id);
    expect(code).toBe(1);
    expect(output).toContain('is not a rule id');
    expect(read('src/rules/metas.ts')).toBe(before);
  });

  it('refuses an id that has a folder already', () => {
    const { code, output } = newRule('typo');
    expect(code).toBe(1);
    expect(output).toContain('exists already');
  });
});
