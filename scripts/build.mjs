#!/usr/bin/env node
// Bundles the engine for node (the CLI and the benchmark) into build/.
// The extension bundles are added by the extension's own build step below.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { repoRoot as root } from './paths.mjs';

/** The node bundles in build/: the copydesk command and the engine the benchmark imports. */
export async function buildNode() {
  const outdir = path.join(root, 'build');
  await build({
    entryPoints: {
      cli: path.join(root, 'src/cli/main.ts'),
      engine: path.join(root, 'src/engine.ts'),
    },
    outdir,
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

/** In build/generated/ (scripts/build-dictionary.mjs), copied to the extension's root. */
const DICTIONARY_FILE = 'typo-dictionary.json';

/** Gzipped size the content script, injected into every page, must stay under. */
const CONTENT_SCRIPT_GZIP_BUDGET = 60 * 1024;

/** Copied verbatim into extension/: the manifest and the extension pages' static files. */
const STATIC_FILES = {
  'manifest.json': 'manifest.json',
  'popup.html': 'src/popup/popup.html',
  'options.html': 'src/options/options.html',
  'offscreen.html': 'src/engine-host/offscreen.html',
  'ui.css': 'src/shared/ui.css',
};

/**
 * Readability is a CommonJS module whose evaluation only defines its class, but esbuild must
 * assume requiring it has effects and would keep it in every bundle that imports
 * src/extract/extract-article.ts — content.js too, which only follows plans and never runs it.
 */
const pureReadability = {
  name: 'pure-readability',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^@mozilla\/readability$/ }, (args) => ({
      path: createRequire(args.importer).resolve(args.path),
      sideEffects: false,
    }));
  },
};

/**
 * Builds extension/, the folder a person loads unpacked in Chrome and Firefox. Everything in it
 * is generated except icons/, which is committed. Classic scripts (IIFE): content scripts and
 * Firefox's background scripts cannot be modules; the one module is the deferred part of the
 * page session (the sidebar) that the content script imports after painting.
 */
export async function buildExtension({ outdir = path.join(root, 'extension') } = {}) {
  fs.mkdirSync(outdir, { recursive: true });
  for (const entry of fs.readdirSync(outdir)) {
    if (entry !== 'icons') fs.rmSync(path.join(outdir, entry), { recursive: true, force: true });
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'));
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  if (manifest.version !== version) {
    throw new Error(`manifest.json version ${manifest.version} differs from package.json ${version}`);
  }
  const common = {
    outdir,
    plugins: [pureReadability],
    bundle: true,
    platform: 'browser',
    target: ['chrome120', 'firefox140'],
    minify: true,
    // .md: the rule READMEs the sidebar shows as each finding's full explanation.
    loader: { '.css': 'text', '.md': 'text' },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
  };
  await build({
    ...common,
    entryPoints: {
      background: path.join(root, 'src/background/index.ts'),
      content: path.join(root, 'src/content/index.ts'),
      offscreen: path.join(root, 'src/engine-host/offscreen.ts'),
      popup: path.join(root, 'src/popup/index.tsx'),
      options: path.join(root, 'src/options/index.tsx'),
    },
    format: 'iife',
  });
  // The sidebar and the on-page extractor, which content.js imports only on an article, after
  // painting: a module, as import() wants. One file: it is web-accessible only at a per-session
  // URL (use_dynamic_url), and Chromium resolves a module's own imports against the fixed URL,
  // which pages are refused, so it can have no chunks of its own.
  await build({
    ...common,
    entryPoints: { 'content-deferred': path.join(root, 'src/content/deferred.ts') },
    format: 'esm',
  });
  for (const [to, from] of Object.entries(STATIC_FILES)) fs.copyFileSync(path.join(root, from), path.join(outdir, to));
  // The typo rule's word lists: data the background fetches at start, not code it must compile.
  fs.copyFileSync(path.join(root, 'build/generated', DICTIONARY_FILE), path.join(outdir, DICTIONARY_FILE));
  const committedIcons = path.join(root, 'extension/icons');
  if (outdir !== path.dirname(committedIcons)) fs.cpSync(committedIcons, path.join(outdir, 'icons'), { recursive: true });
  for (const size of Object.values(manifest.icons)) {
    if (!fs.existsSync(path.join(outdir, size))) throw new Error(`extension/${size} is missing: run node scripts/make-icons.mjs`);
  }
  const content = fs.readFileSync(path.join(outdir, 'content.js'));
  const gzipped = zlib.gzipSync(content, { level: 9 }).length;
  if (gzipped > CONTENT_SCRIPT_GZIP_BUDGET) {
    throw new Error(`content.js is ${(gzipped / 1024).toFixed(1)} KB gzipped, over the ${CONTENT_SCRIPT_GZIP_BUDGET / 1024} KB budget`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // --extension-out DIR builds a private extension folder (e.g. to benchmark or test it while
  // someone else rebuilds extension/).
  const at = process.argv.indexOf('--extension-out');
  await buildNode();
  await buildExtension(at > 0 ? { outdir: path.resolve(process.argv[at + 1] ?? '') } : {});
}
