#!/usr/bin/env node
// Bundles the engine for node (the CLI and the benchmark) into build/.
// The extension bundles are added by the extension's own build step below.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

export async function buildNode() {
  await build({
    entryPoints: {
      cli: path.join(root, 'src/cli/main.ts'),
      engine: path.join(root, 'src/engine.ts'),
    },
    outdir: path.join(root, 'build'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    packages: 'external',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildNode();
}
