// Types for scripts/browsers.mjs, so the TypeScript e2e fixtures can import it under `strict`.
import type { BrowserContext } from '@playwright/test';
import type { Browser } from 'puppeteer-core';

export declare const repoRoot: string;
export declare const extensionDir: string;
export declare function ensureBrowsers(names?: Array<'chromium' | 'firefox'>): Record<string, string>;
export declare function chromiumArgs(dir?: string, proxyPort?: number): string[];
export declare function launchChromium(options?: {
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number } | null;
  dir?: string;
  proxyPort?: number;
}): Promise<{ context: BrowserContext; extensionId: string; close: () => Promise<void> }>;
export declare function launchFirefox(options?: {
  headless?: boolean;
  dir?: string;
  proxyPort?: number;
  env?: Record<string, string | undefined>;
}): Promise<{ browser: Browser; addonId: string }>;
