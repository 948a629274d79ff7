import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_CORPUS as CORPUS } from '../helpers/shared-corpus.ts';
import { repoRoot } from '../../scripts/paths.mjs';

const shim = path.join(repoRoot, 'scripts/copydesk.mjs');
const seed = path.join(repoRoot, 'seeds/rust-letter.html');

/** The ids of a `--format jsonl` output, in order. */
function jsonlIds(stdout: string): string[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { id: string }).id);
}

function copydesk(args: string[]) {
  const result = spawnSync(process.execPath, [shim, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cli-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the copydesk bin', () => {
  it('says to run npm run build, and exits 1, when build/cli.mjs is missing', () => {
    const unbuilt = path.join(tmp, 'unbuilt');
    fs.mkdirSync(path.join(unbuilt, 'scripts'), { recursive: true });
    for (const name of ['copydesk.mjs', 'paths.mjs']) fs.copyFileSync(path.join(repoRoot, 'scripts', name), path.join(unbuilt, 'scripts', name));
    const result = spawnSync(process.execPath, [path.join(unbuilt, 'scripts/copydesk.mjs'), 'analyze', seed], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('copydesk: build/cli.mjs is missing — run `npm run build`\n');
    expect(result.stdout).toBe('');
  });
});

describe('copydesk usage errors exit 2 with the usage', () => {
  it.each([
    [[]],
    [['frobnicate', seed]],
    [['analyze']],
    [['analyze', seed, '--format', 'yaml']],
    [['extract', seed, '--format', 'json']],
    [['analyze', seed, '--rules', 'typo,no-such-rule']],
    [['analyze', seed, '--verbose']],
    [['extract', seed, '--timing']],
    [['analyze', seed, '--timing=yes']],
  ])('copydesk %j', (args) => {
    const { code, stderr, stdout } = copydesk(args);
    expect(code).toBe(2);
    expect(stderr).toContain('usage:');
    expect(stdout).toBe('');
  });
});

describe('copydesk analyze', () => {
  it('prints findings grouped by rule with context, reason and suggestion, then a summary', () => {
    const { code, stdout } = copydesk(['analyze', seed]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^seeds\/rust-letter\.html|rust-letter\.html \(rust-letter\): \d+ findings? in \d+ words/m);
    expect(stdout).toMatch(/^ {2}name-variant \(\d+\)$/m);
    expect(stdout).toMatch(/Halyna \[\[Houtchins\]\], cinematographer/);
    expect(stdout).toMatch(/^ {6}→ Hutchins/m);
    expect(stdout.trimEnd().split('\n').pop()).toMatch(/^\d+ findings? \(.*name-variant \d+.*\) in 1 file, \d+ words$/);
  });

  it('runs only the rules asked for', () => {
    const { code, stdout } = copydesk(['analyze', seed, '--rules', 'repeated-word', '--format', 'json']);
    expect(code).toBe(0);
    const { pages } = JSON.parse(stdout) as { pages: { findings: { ruleId: string }[] }[] };
    expect(pages[0]!.findings.length).toBeGreaterThan(0);
    expect(new Set(pages[0]!.findings.map((f) => f.ruleId))).toEqual(new Set(['repeated-word']));
  });

  it('reads .txt files as plain articles', () => {
    const { code, stdout } = copydesk(['analyze', path.join(repoRoot, 'seeds/rust-letter.txt'), '--format', 'jsonl']);
    expect(code).toBe(0);
    const line = JSON.parse(stdout) as { id: string; flags: { exact: string }[] };
    expect(line.id).toBe('rust-letter');
    expect(line.flags.map((f) => f.exact)).toContain('Houtchins');
  });

  it('writes --out to the file and nothing to stdout', () => {
    const out = path.join(tmp, 'out.jsonl');
    const { code, stdout } = copydesk(['analyze', seed, '--format', 'jsonl', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const line = JSON.parse(fs.readFileSync(out, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(line)).toEqual(['id', 'file', 'words', 'flags']);
  });

  it("adds each page's warm time with --timing, and finds the same", () => {
    const untimed = JSON.parse(copydesk(['analyze', seed, '--format', 'jsonl']).stdout) as Record<string, unknown>;
    const { code, stdout } = copydesk(['analyze', seed, '--format', 'jsonl', '--timing']);
    expect(code).toBe(0);
    const { ms, ...timed } = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(JSON.parse(stdout) as object)).toEqual(['id', 'file', 'words', 'ms', 'flags']);
    expect(ms).toBeGreaterThan(0);
    expect(timed).toEqual(untimed);
    const report = JSON.parse(copydesk(['analyze', seed, '--format', 'json', '--timing']).stdout) as { pages: { ms?: number }[] };
    expect(report.pages[0]!.ms).toBeGreaterThan(0);
    const untimedReport = JSON.parse(copydesk(['analyze', seed, '--format', 'json']).stdout) as { pages: object[] };
    expect(untimedReport.pages[0]).not.toHaveProperty('ms');
  });

  it('gives each bad file one line on stderr, still analyses the rest, and exits 1', () => {
    const bad = path.join(tmp, 'bad');
    fs.mkdirSync(bad);
    const files = {
      missing: path.join(bad, 'missing.html'),
      empty: path.join(bad, 'empty.html'),
      binary: path.join(bad, 'binary.html'),
      text: path.join(bad, 'notes.html'),
      huge: path.join(bad, 'huge.html'),
      noArticle: path.join(bad, 'no-article.html'),
    };
    fs.writeFileSync(files.empty, '');
    fs.writeFileSync(files.binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
    fs.writeFileSync(files.text, 'Just a shopping list: eggs, milk, bread.\nNothing else here.\n');
    fs.writeFileSync(files.huge, '<html><body><p>x</p>');
    fs.truncateSync(files.huge, 50 * 1024 * 1024);
    fs.copyFileSync(path.join(repoRoot, 'tests/fixtures/pages/no-article.html'), files.noArticle);
    const { code, stdout, stderr } = copydesk([
      'analyze',
      files.missing,
      files.empty,
      seed,
      files.binary,
      files.text,
      files.huge,
      files.noArticle,
      '--format',
      'jsonl',
    ]);
    expect(code).toBe(1);
    expect(jsonlIds(stdout)).toEqual(['rust-letter']);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(6);
    const lineFor = (file: string) => lines.filter((line) => line.includes(file));
    expect(lineFor(files.missing)).toEqual([expect.stringMatching(/cannot read: ENOENT/)]);
    expect(lineFor(files.empty)).toEqual([expect.stringMatching(/empty file/)]);
    expect(lineFor(files.binary)).toEqual([expect.stringMatching(/binary file/)]);
    expect(lineFor(files.text)).toEqual([expect.stringMatching(/not an HTML page/)]);
    expect(lineFor(files.huge)).toEqual([expect.stringMatching(/too large \(50\.0 MB/)]);
    expect(lineFor(files.noArticle)).toEqual([expect.stringMatching(/no article found/)]);
  });
});

describe('copydesk extract', () => {
  it('prints the article text exactly as the rules see it, as jsonl', () => {
    const { code, stdout } = copydesk(['extract', seed, '--format', 'jsonl']);
    expect(code).toBe(0);
    const line = JSON.parse(stdout) as { id: string; file: string; words: number; text: string };
    expect(Object.keys(line)).toEqual(['id', 'file', 'words', 'text']);
    expect(line.text).toMatch(/^Alec Baldwin sends a letter/);
    expect(line.text).toContain('\n\nMany people have stated that Halyna Houtchins');
    expect(line.text).not.toContain('Most read');
    expect(line.words).toBeGreaterThan(400);
  });
});

describe.skipIf(!fs.existsSync(CORPUS))('a corpus-shaped directory', () => {
  it('yields <id> and <id>#clean in order, on worker threads, and score.mjs accepts the jsonl', () => {
    const pages = path.join(tmp, 'pages');
    for (const id of ['nytimes-1', 'bbc-1', 'cnn']) {
      fs.mkdirSync(path.join(pages, id), { recursive: true });
      for (const name of ['page.html', 'clean.html', 'labels.json']) {
        fs.copyFileSync(path.join(CORPUS, 'pages', id, name), path.join(pages, id, name));
      }
    }
    const pred = path.join(tmp, 'pred.jsonl');
    expect(copydesk(['analyze', pages, '--format', 'jsonl', '--out', pred]).code).toBe(0);
    const lines = fs
      .readFileSync(pred, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; flags: Record<string, unknown>[] });
    expect(lines.map((l) => l.id)).toEqual(['bbc-1', 'bbc-1#clean', 'cnn', 'cnn#clean', 'nytimes-1', 'nytimes-1#clean']);
    for (const flag of lines.flatMap((l) => l.flags)) {
      expect(Object.keys(flag)).toEqual(['category', 'exact', 'prefix', 'suffix', 'start', 'end', 'reason', 'suggestions']);
    }
    const scored = spawnSync(process.execPath, [path.join(CORPUS, 'score.mjs'), '--pages', pages, '--pred', pred, '--json', '--strict'], { encoding: 'utf8' });
    expect(scored.stderr).toBe('');
    expect(scored.status).toBe(0);
    const summary = JSON.parse(scored.stdout) as { pages: number; clean_pages: number; micro: { tp: number; unlocated: number } };
    expect(summary.pages).toBe(3);
    expect(summary.clean_pages).toBe(3);
    expect(summary.micro.unlocated).toBe(0);
    expect(summary.micro.tp).toBeGreaterThan(0);
  });
});

describe('hostile and unusual files', () => {
  const nested = (depth: number) =>
    `<!doctype html><html><body><article><h1>Deep</h1>${'<div>'.repeat(depth)}<p>The council met on Tuesday and approved the new sea wall after the storms.</p>${'</div>'.repeat(depth)}</article></body></html>`;

  it('gives up on a page nested past the limit with one line, and analyses the rest', () => {
    const files = [1_000, 2_000, 100_000].map((depth) => {
      const file = path.join(tmp, `nested-${depth}.html`);
      fs.writeFileSync(file, nested(depth));
      return file;
    });
    const { code, stdout, stderr } = copydesk(['analyze', ...files, seed, '--format', 'jsonl']);
    expect(code).toBe(1);
    expect(jsonlIds(stdout)).toEqual(['rust-letter']);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    // However deep, the page is refused by a limit (depth, or elements for a page too big to parse).
    for (const file of files)
      expect(lines.filter((line) => line.includes(`${file}:`))).toEqual([
        expect.stringMatching(/not read: (?:nested too deeply \(over \d+ levels\)|too many elements \(over [\d,]+\))$/),
      ]);
  });

  it('refuses a page of over a million elements before parsing it', () => {
    const file = path.join(tmp, 'wide.html');
    fs.writeFileSync(file, `<!doctype html><html><body><article><p>Words.</p>${'<i>x</i>'.repeat(1_400_000)}</article></body></html>`);
    const { code, stderr } = copydesk(['analyze', file, '--format', 'jsonl']);
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/wide\.html: not read: too many elements \(over [\d,]+\)$/);
  });

  it('gives up on a page still running at its time limit, with one line', () => {
    // Within the limits but slow to extract: three branches nested almost as deep as allowed.
    const branch = `${'<div>'.repeat(190)}<p>The council met on Tuesday and approved the wall.</p>${'</div>'.repeat(190)}`;
    const file = path.join(tmp, 'slow.html');
    fs.writeFileSync(file, `<!doctype html><html><body><article>${branch.repeat(3)}</article></body></html>`);
    const { code, stderr } = copydesk(['analyze', file, '--time-limit', '0.1', '--format', 'jsonl']);
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/slow\.html: gave up after 0\.1 s \(the time limit per page\)$/);
  });

  it('reports a subdirectory it cannot read in one line and goes on', () => {
    const dir = path.join(tmp, 'locked-tree');
    fs.mkdirSync(path.join(dir, 'a-locked'), { recursive: true });
    fs.copyFileSync(seed, path.join(dir, 'b-story.html'));
    fs.chmodSync(tmp, 0o755);
    fs.chmodSync(path.join(dir, 'a-locked'), 0o000);
    // repoRoot reads any directory: run as nobody then, who cannot.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const result = spawnSync(process.execPath, [shim, 'analyze', dir, '--format', 'jsonl'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 120_000,
      ...asNobody,
    });
    fs.chmodSync(path.join(dir, 'a-locked'), 0o755);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/a-locked: cannot read directory: EACCES$/)]);
    expect(jsonlIds(result.stdout)).toEqual(['b-story']);
  });

  it('decodes UTF-16 with a byte-order mark, in either byte order', () => {
    const html = fs.readFileSync(seed, 'utf8');
    const little = path.join(tmp, 'utf16le.html');
    const big = path.join(tmp, 'utf16be.html');
    fs.writeFileSync(little, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]));
    fs.writeFileSync(big, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(html, 'utf16le').swap16()]));
    const { code, stdout, stderr } = copydesk(['analyze', seed, little, big, '--format', 'jsonl']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [utf8, ...utf16] = stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { flags: unknown[] }).flags);
    expect(utf8!.length).toBeGreaterThan(0);
    expect(utf16).toEqual([utf8, utf8]);
  });

  it('says on stderr when bytes that are not UTF-8 were replaced, and still analyses the page', () => {
    const bytes = fs.readFileSync(seed);
    const at = bytes.indexOf('Halyna');
    const file = path.join(tmp, 'latin1-bytes.html');
    fs.writeFileSync(file, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe9, 0x20]), bytes.subarray(at)]));
    const { code, stdout, stderr } = copydesk(['analyze', file, '--format', 'jsonl']);
    expect(code).toBe(0);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/latin1-bytes\.html: not valid UTF-8: undecodable bytes were replaced with \uFFFD$/)]);
    expect((JSON.parse(stdout) as { flags: unknown[] }).flags.length).toBeGreaterThan(0);
  });
});
