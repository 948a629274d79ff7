#!/usr/bin/env node
// The `copydesk` bin: runs build/cli.mjs, rebuilding it first when it is missing or older than
// the sources (a fresh checkout after `npm ci`, or edited code). The check is one directory walk.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, 'build/cli.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function isStale() {
  if (!fs.existsSync(cli)) return true;
  const inputs = [path.join(root, 'scripts/build.mjs'), path.join(root, 'package-lock.json')];
  const newest = Math.max(newestSource(path.join(root, 'src')), ...inputs.filter(fs.existsSync).map((f) => fs.statSync(f).mtimeMs));
  return newest > fs.statSync(cli).mtimeMs;
}

if (isStale()) {
  // The typo rule bundles a generated dictionary; its script skips the work when it is current.
  const dictionary = path.join(root, 'scripts/build-dictionary.mjs');
  if (fs.existsSync(dictionary)) execFileSync(process.execPath, [dictionary], { stdio: ['ignore', 'ignore', 'inherit'] });
  // Build beside build/ and rename into place, so a concurrent run never imports a half-written file.
  const { buildNode } = await import(pathToFileURL(path.join(root, 'scripts/build.mjs')).href);
  const staging = fs.mkdtempSync(path.join(root, 'build', '.staging-'));
  try {
    await buildNode({ outdir: staging });
    for (const name of fs.readdirSync(staging)) fs.renameSync(path.join(staging, name), path.join(root, 'build', name));
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

await import(pathToFileURL(cli).href);
