#!/usr/bin/env node
// A tiny static server for the browser tests, `npm start` and the browser benchmark:
// /seeds/* from seeds/, /pages/* from tests/e2e/pages/, plus any generated pages passed in.
// Binds to localhost only; port 0 picks a free port so parallel runs never collide.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const MOUNTS = {
  '/seeds/': path.join(repoRoot, 'seeds'),
  '/pages/': path.join(repoRoot, 'tests/e2e/pages'),
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
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const headers = { 'cache-control': 'no-store' };
    if (pathname === '/favicon.ico') {
      response.writeHead(204, headers).end();
      return;
    }
    const page = generated[pathname];
    if (page !== undefined) {
      response.writeHead(200, { ...headers, 'content-type': CONTENT_TYPES['.html'] }).end(page);
      return;
    }
    const file = resolveFile(decodeURIComponent(pathname));
    try {
      if (file === null) throw new Error('outside the served folders');
      const body = await readFile(file);
      const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { ...headers, 'content-type': type }).end(body);
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
