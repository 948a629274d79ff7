// Types for tests/e2e/firefox-sidebar-access.mjs.
import type { Page } from 'puppeteer-core';
export declare function exposeSidebarInFirefox(page: Page): Promise<boolean>;
