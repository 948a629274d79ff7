// Runs once before the browser tests: provision the browsers, build the extension, start the
// test server. Workers read the server's origin and the extension folder from the environment.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureBrowsers, extensionDir, repoRoot } from '../../scripts/browsers.mjs';
import { startServer } from './server.mjs';

export default async function globalSetup(): Promise<() => Promise<void>> {
  ensureBrowsers(['chromium', 'firefox']);
  // COPYDESK_EXTENSION_DIR runs the suite against an already-built extension folder instead.
  const dir = process.env.COPYDESK_EXTENSION_DIR ?? extensionDir;
  if (process.env.COPYDESK_EXTENSION_DIR === undefined) {
    execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  }
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`no manifest.json in ${dir}: the build made no extension`);
  process.env.COPYDESK_EXTENSION_DIR = dir;
  const server = await startServer();
  process.env.E2E_ORIGIN = server.origin;
  return server.close;
}
