import type { Page } from '@playwright/test';
import type { Page as PuppeteerPage } from 'puppeteer-core';

export function waitForMark(page: Page | PuppeteerPage, name: string, timeoutMs?: number): Promise<void>;
export function gotoInFirefox(page: PuppeteerPage, url: string): Promise<void>;
