import type { BrowserContext, Page } from '@playwright/test';

export interface MainThreadTask {
  startMs: number;
  durationMs: number;
  kind: 'extension' | 'rendering' | 'other';
}

export function traceMainThread(context: BrowserContext, page: Page): Promise<() => Promise<MainThreadTask[] | null>>;
export function mainThreadTasks(events: unknown[]): MainThreadTask[] | null;
export function traceLoad(context: BrowserContext, page: Page, url: string): Promise<MainThreadTask[]>;
