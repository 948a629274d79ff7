#!/usr/bin/env node
// Makes the two store zips from extension/ (run `npm run build` first) into build/:
//   copydesk-firefox-<version>.zip  the folder as it is (AMO reads background.scripts and gecko)
//   copydesk-chrome-<version>.zip   the same files with the Firefox-only manifest keys removed,
//                                   so the Chrome Web Store shows no "unrecognised key" notes
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import webExt from 'web-ext';
import { repoRoot } from './paths.mjs';

const source = path.join(repoRoot, 'extension');
const artifactsDir = path.join(repoRoot, 'build');

if (!fs.existsSync(path.join(source, 'manifest.json'))) {
  console.error('extension/ is not built: run `npm run build` first.');
  process.exit(1);
}

const manifest = JSON.parse(fs.readFileSync(path.join(source, 'manifest.json'), 'utf8'));

async function zip(sourceDir, filename) {
  const { extensionPath } = await webExt.cmd.build(
    { sourceDir, artifactsDir, filename, overwriteDest: true },
    { shouldExitProgram: false, showReadyMessage: false },
  );
  const bytes = fs.statSync(extensionPath).size;
  console.log(`${path.relative(repoRoot, extensionPath)}  ${(bytes / 1024).toFixed(0)} KB`);
}

await zip(source, `copydesk-firefox-${manifest.version}.zip`);

const chromeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-chrome-'));
try {
  fs.cpSync(source, chromeDir, { recursive: true });
  const { browser_specific_settings: _firefoxOnly, ...chromeManifest } = manifest;
  chromeManifest.background = { service_worker: manifest.background.service_worker };
  fs.writeFileSync(path.join(chromeDir, 'manifest.json'), `${JSON.stringify(chromeManifest, null, 2)}\n`);
  await zip(chromeDir, `copydesk-chrome-${manifest.version}.zip`);
} finally {
  fs.rmSync(chromeDir, { recursive: true, force: true });
}
