// The CLI's report formats: --format md (one article to stdout; a batch into a directory with an
// index) and --format json.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/paths.mjs';

const shim = path.join(repoRoot, 'scripts/copydesk.mjs');
const seed = path.join(repoRoot, 'seeds/rust-letter.html');

function copydesk(args: string[]) {
  const result = spawnSync(process.execPath, [shim, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let tmp: string;
let batch: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-report-'));
  batch = path.join(tmp, 'class');
  fs.mkdirSync(path.join(batch, 'week 1'), { recursive: true });
  fs.copyFileSync(seed, path.join(batch, 'rust-letter.html'));
  fs.writeFileSync(
    path.join(batch, 'week 1', 'council.txt'),
    'The council met on Tuesday and and voted on the budget for the coming year.\n\nThe vote was close, and the the mayor said she would veto it.\n',
  );
  fs.writeFileSync(path.join(batch, 'empty.html'), '');
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('copydesk analyze --format md', () => {
  it('prints one article’s report: title, date, counts per rule, findings with context, reason and suggestion', () => {
    const { code, stdout } = copydesk(['analyze', seed, '--format', 'md', '--rules', 'repeated-word,name-variant']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Alec Baldwin sends a letter to Rust crew on Instagram/);
    expect(stdout).toMatch(/^- Checked: \d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d UTC$/m);
    expect(stdout).toMatch(/^- \d+ findings in \d+ words \(\d+\.\d per 1,000 words\)$/m);
    expect(stdout).toContain('| Rule | Findings |');
    expect(stdout).toMatch(/^\| Name variants \| 3 \|$/m);
    expect(stdout).toMatch(/^\| Repeated words \| 1 \|$/m);
    expect(stdout).not.toContain('| Typos |');
    expect(stdout).toContain('## Name variants (3)');
    expect(stdout).toMatch(/^\d\. …[^\n]*Halyna \*\*Houtchins\*\*, cinematographer[^\n]*\n {3}- Why: “Houtchins” [^\n]+\n {3}- Suggestion: “Hutchins”$/m);
    expect(stdout).toMatch(/^1\. [^\n]*\*\*exploitative and exploitative\*\*/m);
  });

  it('writes a batch into a directory: one report per article and an index linking them; failures listed', () => {
    const out = path.join(tmp, 'reports');
    const { code, stdout, stderr } = copydesk(['analyze', batch, '--format', 'md', '--out', out]);
    expect(code).toBe(1); // empty.html
    expect(stdout).toBe('');
    expect(stderr).toMatch(/empty\.html: empty file/);
    expect(fs.readdirSync(out).sort()).toEqual(['index.md', 'rust-letter.md', 'week-1-council.md']);
    const council = fs.readFileSync(path.join(out, 'week-1-council.md'), 'utf8');
    expect(council).toMatch(/^# week 1\/council\n/);
    expect(council).toContain('## Repeated words (2)');
    expect(council).toContain('1. The council met on Tuesday **and and** voted on the budget for the…');
    const index = fs.readFileSync(path.join(out, 'index.md'), 'utf8');
    expect(index).toMatch(/^# Copydesk reports\n\n2 articles checked on \d{4}-\d\d-\d\d\./);
    expect(index).toMatch(/^\| \[Alec Baldwin sends a letter[^\]]*\]\(rust-letter\.md\) \| \d+ \| \d+ \| \d+\.\d \|$/m);
    expect(index).toMatch(/^\| \[week 1\/council\]\(week-1-council\.md\) \| 28 \| 2 \| 71\.4 \|$/m);
    expect(index).toMatch(/## Not checked\n\n- .*empty\.html: empty file/);
  });

  it('prints a batch to stdout as the reports one after another', () => {
    const { stdout } = copydesk(['analyze', path.join(batch, 'rust-letter.html'), path.join(batch, 'week 1', 'council.txt'), '--format', 'md']);
    const reports = stdout.split('\n---\n\n');
    expect(reports).toHaveLength(2);
    expect(reports[0]).toMatch(/^# Alec Baldwin/);
    expect(reports[1]).toMatch(/^# council\n/);
  });
});

describe('copydesk analyze --format json', () => {
  it('gives each page its report: title, url, date, counts per rule, findings with context', () => {
    const { code, stdout } = copydesk(['analyze', path.join(batch, 'week 1', 'council.txt'), '--format', 'json', '--rules', 'repeated-word,typo']);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { checkedAt: string; pages: Record<string, unknown>[]; failures: unknown[] };
    expect(Number.isNaN(Date.parse(parsed.checkedAt))).toBe(false);
    expect(parsed.failures).toEqual([]);
    const page = parsed.pages[0]!;
    expect(page).toMatchObject({
      id: 'council',
      title: 'council',
      url: null,
      checkedAt: parsed.checkedAt,
      words: 28,
      counts: [
        { ruleId: 'repeated-word', count: 2 },
        { ruleId: 'typo', count: 0 },
      ],
    });
    expect((page.findings as { context: unknown; suggestions: string[]; reason: string }[]).map((f) => [f.context, f.suggestions])).toEqual([
      [{ before: 'The council met on Tuesday ', exact: 'and and', after: ' voted on the budget for the…' }, ['and']],
      [{ before: 'The vote was close, and ', exact: 'the the', after: ' mayor said she would veto it.' }, ['the']],
    ]);
  });
});
