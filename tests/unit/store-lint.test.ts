// What a store reviewer sees: `web-ext lint` (Mozilla's add-on linter) on a fresh build of the
// extension finds no error, and each warning it gives is one scripts/lint-safety.mjs explains
// (and the README's store notes repeat), so a new warning cannot slip into a release unexplained.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension } from '../../scripts/build.mjs';
import { STORE_LINT_WARNINGS } from '../../scripts/lint-safety.mjs';
import { repoRoot } from '../../scripts/paths.mjs';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

let outdir: string;
let report: { errors: LintMessage[]; warnings: LintMessage[] };

beforeAll(async () => {
  outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-store-lint-'));
  await buildExtension({ outdir });
  const webExt = path.join(repoRoot, 'node_modules/web-ext/bin/web-ext.js');
  const lint = spawnSync(process.execPath, [webExt, 'lint', '--source-dir', outdir, '--output', 'json', '--no-input'], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 120_000,
  });
  report = JSON.parse(lint.stdout) as typeof report;
}, 180_000);
afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

const explained = (warning: LintMessage): boolean =>
  STORE_LINT_WARNINGS.some((entry) => entry.code === warning.code && entry.files.includes(warning.file ?? ''));

describe('web-ext lint on the built extension', () => {
  it('finds no error', () => {
    expect(report.errors.map((e) => `${e.code} ${e.file}: ${e.message}`)).toEqual([]);
  });

  it('gives only warnings that are explained', () => {
    expect(report.warnings.filter((w) => !explained(w)).map((w) => `${w.code} ${w.file}: ${w.message}`)).toEqual([]);
  });

  it('still needs every explanation (a warning that went away takes its entry with it)', () => {
    const stale = STORE_LINT_WARNINGS.flatMap((entry) =>
      entry.files.filter((file) => !report.warnings.some((w) => w.code === entry.code && w.file === file)).map((file) => `${entry.code} ${file}`),
    );
    // Two sources of the same code may share a file; one warning there serves both entries.
    expect(stale).toEqual([]);
  });

  it('has each explained warning in the README store notes', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const at = readme.indexOf('### Store review notes');
    expect(at).toBeGreaterThan(0);
    const notes = readme.slice(at, readme.indexOf('\n## ', at));
    for (const entry of STORE_LINT_WARNINGS) expect(notes, entry.code).toContain(entry.code);
  });
});
