#!/usr/bin/env node
// The `copydesk` bin: runs the bundled CLI. Building it is `npm run build`'s job, not the bin's.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './paths.mjs';

const cli = path.join(repoRoot, 'build/cli.mjs');

if (!fs.existsSync(cli)) {
  process.stderr.write('copydesk: build/cli.mjs is missing — run `npm run build`\n');
  process.exit(1);
}
await import(pathToFileURL(cli).href);
