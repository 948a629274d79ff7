import type { Page } from '@playwright/test';

export function waitForMark(page: Page, name: string, timeoutMs?: number): Promise<void>;
