#!/usr/bin/env node
// Security lint run by `npm test`: no code evaluation and no HTML parsing of strings in the
// shipped sources (src/**, tests aside), and a manifest whose pages cannot load remote or
// evaluated code, whose web-accessible resources sit only at per-session URLs, and only permissions explained below.
// Exits 1 naming file:line for each problem.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './paths.mjs';

/** What must not appear in shipped code, and why: each would run or parse a string as code or markup. */
export const FORBIDDEN = [
  { pattern: /\beval\s*\(/, message: 'eval() runs a string as code' },
  { pattern: /\bnew\s+Function\s*\(/, message: 'new Function() runs a string as code' },
  { pattern: /\.(?:inner|outer)HTML\s*\+?=(?!=)/, message: 'assigning innerHTML/outerHTML parses a string as HTML; build nodes or set textContent' },
  { pattern: /\binsertAdjacentHTML\s*\(/, message: 'insertAdjacentHTML parses a string as HTML; use insertAdjacentElement/Text' },
  { pattern: /\bdocument\s*\.\s*write(?:ln)?\s*\(/, message: 'document.write parses a string as HTML' },
  { pattern: /\bdangerouslySetInnerHTML\b/, message: 'dangerouslySetInnerHTML parses a string as HTML; render elements' },
];

/**
 * Every permission the manifest may ask for, with the reason shown to a reviewer. A new one
 * must be added here with its reason, or the lint fails.
 */
export const PERMISSION_REASONS = {
  storage: 'settings, the personal dictionary and dismissals (storage.local; dictionary and dismissals also storage.sync)',
  offscreen:
    'Chromium: host the engine (parse a serialised page, find its article, run the rules) off the page’s main thread, in a document that keeps the dictionary loaded while the service worker sleeps and has the DOMParser the service worker lacks',
};

/**
 * Web-accessible resources, each with why it must be one. Pages can fetch these (and so tell
 * that Copydesk is installed), so each must hold only Copydesk's own code and no user data.
 */
export const WEB_ACCESSIBLE_REASONS = {
  'content-deferred.js':
    'the content script import()s the sidebar (and its on-page extractor) as a module on article pages only, after painting; Chromium lets a content script import only web-accessible files',
};

/**
 * What `web-ext lint` (Mozilla's add-on linter, which store reviewers run) warns about in the
 * built extension, each with why it stays. tests/unit/store-lint.test.ts fails on a warning not
 * listed here and on an entry no warning needs any more; the README's store notes say the same.
 */
export const STORE_LINT_WARNINGS = [
  {
    code: 'MANIFEST_PERMISSIONS',
    files: ['manifest.json'],
    reason:
      '"offscreen" is the Chromium permission for the engine’s host; one manifest serves both browsers and Firefox, which hosts the engine in its event page, ignores it',
  },
  {
    code: 'BACKGROUND_SERVICE_WORKER_IGNORED',
    files: ['manifest.json'],
    reason: 'background.service_worker is Chromium’s background; Firefox reads background.scripts (the same file) and ignores it',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    files: ['content.js'],
    reason:
      'the content script import()s content-deferred.js, Copydesk’s own packaged module, at its runtime.getURL() address: the linter cannot see that the argument is not remote',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    files: ['popup.js', 'options.js', 'content-deferred.js'],
    reason:
      'Preact’s renderer supports the dangerouslySetInnerHTML prop; Copydesk never passes it (scripts/lint-safety.mjs forbids it in the sources), so that branch never runs',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    files: ['background.js', 'offscreen.js', 'content-deferred.js'],
    reason:
      'Readability (Mozilla’s reader view) copies markup between elements of the inert copy of the page it reads (a parsed or cloned document, with no browsing context: nothing in it runs or loads); the page itself is never written to',
  },
];

const SOURCE = /\.(?:[cm]?[jt]sx?)$/;
const TEST = /\.test\.[cm]?[jt]sx?$/;

/** Comments may name the patterns (to explain why they are avoided); code may not use them. */
function withoutComment(line, inBlock) {
  let code = '';
  let rest = line;
  let block = inBlock;
  while (rest.length > 0) {
    if (block) {
      const end = rest.indexOf('*/');
      if (end < 0) return { code, inBlock: true };
      rest = rest.slice(end + 2);
      block = false;
      continue;
    }
    const start = rest.search(/\/\*|(?:^|[\s;,(){}])\/\//);
    if (start < 0) return { code: code + rest, inBlock: false };
    const at = rest.indexOf('/', start);
    code += rest.slice(0, at);
    if (rest.startsWith('/*', at)) {
      rest = rest.slice(at + 2);
      block = true;
    } else return { code, inBlock: false };
  }
  return { code, inBlock: block };
}

/** @returns {{ file: string, line: number, message: string }[]} */
export function lintSource(text, file) {
  const problems = [];
  let inBlock = false;
  text.split('\n').forEach((line, index) => {
    const stripped = withoutComment(line, inBlock);
    inBlock = stripped.inBlock;
    for (const { pattern, message } of FORBIDDEN) {
      if (pattern.test(stripped.code)) problems.push({ file, line: index + 1, message });
    }
  });
  return problems;
}

const REMOTE_SOURCE = /(?:^|\s)(?:https?:|wss?:|data:|blob:|\*|'unsafe-eval'|'unsafe-inline'|'wasm-unsafe-eval'|'strict-dynamic')/;

/** @returns {{ file: string, line: number, message: string }[]} */
export function lintManifest(manifest, file = 'manifest.json') {
  const problems = [];
  const report = (message) => problems.push({ file, line: 1, message });
  const csp = manifest.content_security_policy?.extension_pages;
  if (typeof csp !== 'string') report('content_security_policy.extension_pages is missing: extension pages need a strict CSP');
  else {
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => [d.split(/\s+/)[0], d.slice(d.split(/\s+/)[0].length)]),
    );
    for (const name of ['default-src', 'script-src', 'object-src']) {
      if (!directives.has(name)) report(`extension_pages CSP has no ${name}`);
    }
    for (const [name, sources] of directives) {
      if (REMOTE_SOURCE.test(sources)) report(`extension_pages CSP ${name} allows remote or evaluated code: "${sources.trim()}"`);
    }
  }
  if (manifest.content_security_policy?.sandbox !== undefined) report('a sandbox CSP is declared: sandboxed pages are not used');
  for (const entry of manifest.web_accessible_resources ?? []) {
    // At a fixed URL any page could fetch the file and so tell that Copydesk is installed.
    if (entry.use_dynamic_url !== true) report('web_accessible_resources without use_dynamic_url: pages could fetch them at a fixed URL');
    for (const resource of entry.resources ?? []) {
      if (!Object.hasOwn(WEB_ACCESSIBLE_REASONS, resource)) {
        report(`web_accessible_resources lists "${resource}" without a reason in scripts/lint-safety.mjs`);
      }
    }
  }
  for (const permission of [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])]) {
    if (!Object.hasOwn(PERMISSION_REASONS, permission)) report(`permission "${permission}" has no reason in scripts/lint-safety.mjs`);
  }
  if ((manifest.host_permissions ?? []).length > 0) {
    report('host_permissions are requested: the content script’s matches are all Copydesk needs');
  }
  return problems;
}

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return SOURCE.test(entry.name) && !TEST.test(entry.name) ? [full] : [];
  });
}

export function lintTree(root = repoRoot) {
  const problems = sourceFiles(path.join(root, 'src')).flatMap((file) => lintSource(readFileSync(file, 'utf8'), path.relative(root, file)));
  const manifestFile = path.join(root, 'manifest.json');
  return [...problems, ...lintManifest(JSON.parse(readFileSync(manifestFile, 'utf8')), 'manifest.json')];
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const problems = lintTree();
  for (const { file, line, message } of problems) console.error(`${file}:${line}: ${message}`);
  if (problems.length > 0) {
    console.error(`lint-safety: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    process.exit(1);
  }
  console.log('lint-safety: no eval, no HTML from strings, strict manifest');
}
