#!/usr/bin/env node
// The extension process's memory with one article open, as the reader's machine counts it:
// Chromium with the extension on the seed article; once it is painted, the PSS (proportional set
// size: shared pages split between their users) of the renderer processes Chromium started for
// the extension (`--extension-process`: the offscreen document hosting the engine, its data and
// the service worker). Median of fresh browsers. Linux only (/proc).
//
//   node scripts/bench/extension-memory.mjs [--extension DIR] [--runs N]
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { extensionDir, launchChromium } from '../browsers.mjs';
import { startServer } from '../../tests/e2e/server.mjs';
import { median } from './stats.mjs';

const SEED_PATH = '/seeds/rust-letter.html';

function argument(name, fallback) {
  const at = process.argv.indexOf(name);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

/** PSS in KB of one process, or 0 once it has gone. */
function pssKb(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+) kB/m);
    return line ? Number(line[1]) : 0;
  } catch {
    return 0;
  }
}

/** The pids of Chromium's extension renderers (each lists --extension-process in its command line). */
function extensionProcesses() {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        // Chromium rewrites its process title: the arguments may be joined by spaces, not NULs.
        const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
        return command.includes('--type=renderer') && command.includes('--extension-process');
      } catch {
        return false;
      }
    });
}

async function measureOnce(dir, origin) {
  const browser = await launchChromium({ dir });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${origin}${SEED_PATH}`);
    await page.locator('html[data-copydesk="ready"]').waitFor({ state: 'attached', timeout: 30_000 });
    const pids = extensionProcesses();
    return { processes: pids.length, pssMb: pids.reduce((sum, pid) => sum + pssKb(pid), 0) / 1024 };
  } finally {
    await browser.close();
  }
}

const dir = path.resolve(argument('--extension', extensionDir));
const runs = Number(argument('--runs', '5'));
const server = await startServer();
try {
  const samples = [];
  for (let run = 0; run < runs; run++) samples.push(await measureOnce(dir, server.origin));
  const pss = samples.map((s) => s.pssMb);
  console.log(
    `extension process PSS with the seed article open: median ${median(pss).toFixed(1)} MB over ${runs} fresh browsers ` +
      `(${pss.map((mb) => mb.toFixed(1)).join(', ')}; ${samples[0].processes} extension process(es)) — ${path.relative(process.cwd(), dir) || '.'}`,
  );
} finally {
  await server.close();
}
