#!/usr/bin/env node
// Finds (and on a Debian machine run as root, installs) the system Chromium and Firefox ESR that
// `npm start`, `npm test` and `npm run bench:browser` drive, and launches them with the unpacked
// extension loaded. Playwright's own browser downloads are never used: Playwright's Firefox build
// cannot load extensions, and Debian's Chromium is what the project is measured on.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './paths.mjs';

export { repoRoot };
export const extensionDir = path.join(repoRoot, 'extension');

const BROWSERS = {
  chromium: {
    label: 'Chromium',
    env: 'CHROMIUM_PATH',
    candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome'],
    aptPackage: 'chromium',
  },
  firefox: {
    label: 'Firefox ESR',
    env: 'FIREFOX_PATH',
    candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox'],
    aptPackage: 'firefox-esr',
  },
};

/** @param {'chromium' | 'firefox'} name @returns {string | null} */
function locate(name) {
  const spec = BROWSERS[name];
  const fromEnv = process.env[spec.env];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${spec.env}=${fromEnv} does not exist.`);
    return fromEnv;
  }
  return spec.candidates.find((candidate) => existsSync(candidate)) ?? null;
}

const canInstallWithApt = () => process.platform === 'linux' && existsSync('/etc/debian_version') && process.getuid?.() === 0;

/**
 * Paths of the requested browsers. Missing ones are installed with apt-get where that is possible
 * without asking (Debian, root); elsewhere this throws with the exact command to run.
 * @param {Array<'chromium' | 'firefox'>} names
 * @returns {Record<string, string>}
 */
export function ensureBrowsers(names = ['chromium', 'firefox']) {
  const missing = names.filter((name) => locate(name) === null);
  if (missing.length > 0) {
    const packages = missing.map((name) => BROWSERS[name].aptPackage);
    if (canInstallWithApt()) {
      console.error(`[browsers] installing ${packages.join(' ')} with apt-get…`);
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', ...packages], { stdio: 'inherit', env });
    } else {
      const envHint = missing.map((name) => `${BROWSERS[name].env}=/path/to/${name}`).join(' ');
      throw new Error(
        `${missing.map((name) => BROWSERS[name].label).join(' and ')} not found.\n` +
          `On Debian/Ubuntu run:  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\n` +
          `or point to an installed browser:  ${envHint}`,
      );
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const found = locate(name);
      if (found === null) throw new Error(`${BROWSERS[name].label} still missing after apt-get install.`);
      return [name, found];
    }),
  );
}

/** Chromium flags that load only our extension and keep the browser itself off the network; `proxyPort`: every request but localhost's goes to that proxy. */
export function chromiumArgs(dir = extensionDir, proxyPort) {
  return [
    ...(proxyPort === undefined ? [] : [`--proxy-server=http://127.0.0.1:${proxyPort}`]),
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

/**
 * A fresh Chromium profile with the extension loaded (Playwright persistent context).
 * `close()` also deletes the throwaway profile. `proxyPort`: see chromiumArgs.
 * @param {{ headless?: boolean, colorScheme?: 'light' | 'dark', viewport?: { width: number, height: number } | null, dir?: string, proxyPort?: number }} [options]
 */
export async function launchChromium(options = {}) {
  const { chromium } = await import('@playwright/test');
  const executablePath = ensureBrowsers(['chromium']).chromium;
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'copydesk-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
    args: chromiumArgs(options.dir, options.proxyPort),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const close = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, extensionId, close };
}

/**
 * Firefox ESR driven over WebDriver BiDi by puppeteer-core, with the extension installed as a
 * temporary add-on (Playwright's Juggler protocol does not exist in stock Firefox). `proxyPort`:
 * every request but localhost's goes to that proxy (Firefox never proxies localhost); `env`: the
 * browser's environment (e.g. the Gecko profiler's MOZ_PROFILER_* variables).
 * @param {{ headless?: boolean, dir?: string, proxyPort?: number, env?: Record<string, string | undefined> }} [options]
 */
export async function launchFirefox(options = {}) {
  const { default: puppeteer } = await import('puppeteer-core');
  const executablePath = ensureBrowsers(['firefox']).firefox;
  // The window is sized by Firefox's own flags: puppeteer's setViewport also sends a screen
  // orientation command that Firefox ESR 140 does not know, and fails.
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    defaultViewport: null,
    args: ['--width=1280', '--height=800'],
    ...(options.env && { env: options.env }),
    ...(options.proxyPort !== undefined && {
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': options.proxyPort,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': options.proxyPort,
        'network.proxy.allow_hijacking_localhost': false,
      },
    }),
  });
  const addonId = await browser.installExtension(options.dir ?? extensionDir);
  return { browser, addonId };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    for (const [name, found] of Object.entries(ensureBrowsers())) console.log(`${name}: ${found}`);
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    process.exit(1);
  }
}
