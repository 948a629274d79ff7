import type { BrowserContext, Page } from '@playwright/test';

export interface MainThreadTask {
  startMs: number;
  /** Wall-clock time, start to end. */
  durationMs: number;
  /** The thread's CPU time in the task: its wall-clock time less any time the OS ran something else; null if the trace lacks it. */
  cpuMs: number | null;
  kind: 'extension' | 'rendering' | 'other';
}

export function traceMainThread(context: BrowserContext, page: Page): Promise<() => Promise<MainThreadTask[] | null>>;
export function mainThreadTasks(events: unknown[]): MainThreadTask[] | null;
export function traceLoad(context: BrowserContext, page: Page, url: string): Promise<MainThreadTask[]>;
export function longestCopydeskTask(tasks: MainThreadTask[] | null): { cpuMs: number; wallMs: number };
export function geckoProfilerEnv(file: string): Record<string, string>;
/** Gecko's profile JSON (Firefox's MOZ_PROFILER_SHUTDOWN file): Copydesk's tasks by page URL. */
export function geckoCopydeskTasks(profile: unknown): Map<string | undefined, MainThreadTask[]>;
