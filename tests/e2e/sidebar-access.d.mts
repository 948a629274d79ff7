// Types for tests/e2e/sidebar-access.mjs (plain JS so `npm start` and the benchmark can import it).
import type { Page } from '@playwright/test';
export declare function exposeSidebar(page: Page): Promise<boolean>;
