#!/usr/bin/env node
// A tiny static server for the browser tests, `npm start` and the browser benchmark:
// /seeds/* from seeds/, /pages/* from tests/e2e/pages/, /generated/* built here (the huge pages of
// the hostile-page tests), plus any generated pages passed in.
// Pages that tell the same story hold it once, in tests/e2e/pages/partials/ (see pageAsServed).
// Every HTML page asks for Copydesk's progress signals (see SIGNALS_META), which tests and
// benchmarks wait on, unless it has a copydesk meta of its own (an opt-out page) or is requested
// under /as-is/ (e.g. /as-is/pages/no-article.html): a test that proves a page sees no sign of
// Copydesk serves it exactly as written.
// Binds to localhost only; port 0 picks a free port so parallel runs never collide.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../../scripts/paths.mjs';

const PAGES_DIR = path.join(repoRoot, 'tests/e2e/pages');
const MOUNTS = {
  '/seeds/': path.join(repoRoot, 'seeds'),
  '/pages/': PAGES_DIR,
};

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Extra response headers for some fixture pages: a strict Content-Security-Policy sent as a header. */
const PAGE_HEADERS = {
  '/pages/hostile-csp-header.html': {
    'content-security-policy': "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'none'; base-uri 'none'; form-action 'none'",
  },
};

/** Copydesk marks its progress on a page (performance marks, data-copydesk attributes) only when asked. */
const SIGNALS_META = '<meta name="copydesk" content="signals">';
const COPYDESK_META = /<meta\s[^>]*name\s*=\s*["']?copydesk["'\s>\/]/i;
/** Pages under this prefix are served without the signals meta. */
const AS_IS = '/as-is/';

/** The page with SIGNALS_META first in its <head>, unless it says something to Copydesk itself. */
export function withSignals(html) {
  if (COPYDESK_META.test(html)) return html;
  const head = /<head(\s[^>]*)?>/i.exec(html) ?? /<html(\s[^>]*)?>/i.exec(html);
  if (head === null) return SIGNALS_META + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + SIGNALS_META + html.slice(at);
}

const PARTIALS_DIR = path.join(PAGES_DIR, 'partials');
/** A line `<!-- partial: NAME -->` stands for the lines of partials/NAME.html. */
const PARTIAL_LINE = /^([ \t]*)<!-- partial: ([a-z0-9-]+) -->$/gm;

/**
 * A page file as the browser receives it: each partial line replaced by that partial, every line
 * indented as the marker was, so the page reads exactly as it did when it held its own copy.
 * @param {string} file @returns {Promise<string>}
 */
export async function pageAsServed(file) {
  const html = await readFile(file, 'utf8');
  const names = new Set(Array.from(html.matchAll(PARTIAL_LINE), (match) => match[2]));
  const partials = new Map();
  for (const name of names) partials.set(name, (await readFile(path.join(PARTIALS_DIR, `${name}.html`), 'utf8')).trimEnd().split('\n'));
  return html.replace(PARTIAL_LINE, (_, indent, name) =>
    partials
      .get(name)
      .map((line) => indent + line)
      .join('\n'),
  );
}

/**
 * Deterministic filler prose, so a huge page is real-looking text and not one paragraph pasted a
 * thousand times, which the repeated-passage rule would rightly flag everywhere. Sentence n's
 * wording is the n-th of a fixed shuffle of every combination of the parts below, so no wording is
 * used twice: two sentences alike but for the meeting's number would be a figure restated
 * differently, which number-inconsistency rightly flags.
 */
function prose(seed) {
  const parts = [
    [
      'The council',
      'A spokesman for the harbour board',
      'The regional transport office',
      'Local traders',
      'The school governors',
      'Residents of the old quarter',
      'The fire service',
      'A local historian',
      'The county planning committee',
      'Several shop owners',
    ],
    [
      'said on Monday that',
      'told reporters that',
      'confirmed in a statement that',
      'warned last week that',
      'argued at the meeting that',
      'wrote in a letter that',
      'admitted on Friday that',
    ],
    [
      'the new footbridge',
      'the work on the sea wall',
      'the bus timetable',
      'the library extension',
      'the flood barrier',
      'the market square',
      'the parking scheme',
      'the river path',
      'the autumn festival',
      'the school roof',
    ],
    [
      'would cost more than expected',
      'could open before the summer',
      'had been delayed by the weather',
      'needed another round of checks',
      'was popular with younger families',
      'had drawn complaints from walkers',
      'would be paid for by a national grant',
      'might close for several weeks',
    ],
    [
      'in the spring',
      'by the end of the year',
      'after the elections',
      'once the survey is finished',
      'before the tourist season',
      'within the next month',
      'as soon as funding allows',
    ],
    [
      'and that talks would continue',
      'although no date has been fixed',
      'and that residents would be consulted',
      'but gave no further details',
      'and that the figures would be published',
      'though some members disagreed',
    ],
  ];
  const combinations = parts.reduce((product, list) => product * list.length, 1);
  // A step coprime to the number of combinations visits each of them once before repeating.
  const STEP = 104_729;
  return (n) => {
    let index = (seed + n * STEP) % combinations;
    const words = parts.map((list) => {
      const word = list[index % list.length];
      index = Math.floor(index / list.length);
      return word;
    });
    const [who, did, what, how, when, also] = words;
    return `${who} ${did} ${what} ${how} ${when}, ${also}, according to notes from meeting ${n}.`;
  };
}

const articlePage = (title, body) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} | The Daily Courier</title></head>` +
  `<body><main><article><h1>${title}</h1>${body}</article></main></body></html>`;

/** An article of `paragraphs` paragraphs of about 63 words, a typo in the first paragraph and one in the tenth-last. */
function longArticle(paragraphs) {
  const sentence = prose(7);
  const body = [];
  for (let p = 0, n = 0; p < paragraphs; p++) body.push(`<p>${sentence(++n)} ${sentence(++n)}</p>`);
  body[0] = body[0].replace('<p>', '<p>The goverment has not yet replied. ');
  body[paragraphs - 10] = body[paragraphs - 10].replace('<p>', '<p>The comittee has not yet replied. ');
  return articlePage('The longest council report ever printed', body.join('\n'));
}

/** A normal-length article drowned in ~100,000 elements: every word wrapped, and a giant comment thread. */
function hundredThousandNodes() {
  const sentence = prose(11);
  const paragraphs = [];
  for (let p = 0, n = 0; p < 60; p++) {
    const words = `${sentence(++n)} ${sentence(++n)}`.split(' ');
    paragraphs.push(`<p>${words.map((word) => `<span>${word}</span>`).join(' ')}</p>`);
  }
  paragraphs[0] = paragraphs[0].replace('<p>', '<p><span>The</span> <span>goverment</span> <span>has</span> <span>not</span> <span>replied.</span> ');
  const comments = [];
  for (let c = 0; c < 14000; c++) {
    comments.push(`<li><div><b>reader${c}</b><i>2h</i></div><div><span>Agreed</span><a href="#c${c}">#</a></div></li>`);
  }
  return articlePage('The council report that every reader commented on', paragraphs.join('\n')).replace(
    '</main>',
    `</main><aside class="comments"><ul>${comments.join('')}</ul></aside>`,
  );
}

/** Built on first request: the big pages cost a little to make and most runs never ask for them. */
const BUILT_IN_PAGES = {
  '/generated/hostile-100k-words.html': () => longArticle(1600),
  '/generated/hostile-400k-words.html': () => longArticle(6400),
  '/generated/hostile-100k-nodes.html': hundredThousandNodes,
};
const builtInCache = new Map();

function builtInPage(pathname) {
  const make = BUILT_IN_PAGES[pathname];
  if (make === undefined) return undefined;
  if (!builtInCache.has(pathname)) builtInCache.set(pathname, make());
  return builtInCache.get(pathname);
}

/** @param {string} pathname @returns {string | null} a file inside a mount, never outside it */
function resolveFile(pathname) {
  for (const [prefix, dir] of Object.entries(MOUNTS)) {
    if (!pathname.startsWith(prefix)) continue;
    const file = path.resolve(dir, '.' + pathname.slice(prefix.length - 1));
    return file.startsWith(dir + path.sep) ? file : null;
  }
  return null;
}

/**
 * @param {{ port?: number, generated?: Record<string, string> }} [options]
 *   generated: extra HTML pages by path (e.g. '/bench/1k.html'), served as-is.
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer({ port = 0, generated = {} } = {}) {
  const server = createServer(async (request, response) => {
    const requested = new URL(request.url ?? '/', 'http://localhost').pathname;
    const asIs = requested.startsWith(AS_IS);
    const pathname = asIs ? requested.slice(AS_IS.length - 1) : requested;
    const html = (text) => (asIs ? text : withSignals(text));
    const headers = { 'cache-control': 'no-store' };
    if (pathname === '/favicon.ico') {
      response.writeHead(204, headers).end();
      return;
    }
    const page = generated[pathname] ?? builtInPage(pathname);
    if (page !== undefined) {
      response.writeHead(200, { ...headers, 'content-type': CONTENT_TYPES['.html'] }).end(html(page));
      return;
    }
    const file = resolveFile(decodeURIComponent(pathname));
    try {
      if (file === null) throw new Error('outside the served folders');
      const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
      const body = type === CONTENT_TYPES['.html'] ? html(await pageAsServed(file)) : await readFile(file);
      response.writeHead(200, { ...headers, ...PAGE_HEADERS[pathname], 'content-type': type }).end(body);
    } catch {
      response.writeHead(404, { ...headers, 'content-type': CONTENT_TYPES['.txt'] }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no TCP address');
  return {
    origin: `http://localhost:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { origin } = await startServer({ port: Number(process.env.PORT ?? 0) });
  console.log(`serving seeds/ and tests/e2e/pages/ at ${origin}/seeds/ and ${origin}/pages/`);
}
