// Huge pages stay responsive (issue 5): no main-thread task over 50 ms from Copydesk. A task's
// length here is the main thread's CPU time in it: on a 2-core machine the wall-clock length of a
// task also holds whatever time the OS gave the core to another process (the engine's, the
// browser's), seen stretching a task of 16 ms of work to 105 ms. They still run in a project of
// their own after every other e2e test (playwright.config.ts).
import type { BrowserContext, Page } from '@playwright/test';
import { traceLoad, type MainThreadTask } from '../../scripts/bench/main-thread-tasks.mjs';
import { waitForMark } from '../../scripts/bench/page-timing.mjs';
import { test, expect } from './fixtures.ts';

// Measured from a trace of the page's renderer: the page's Long Tasks API misses the promise
// continuations that follow an extension message, where most of Copydesk's page work runs.
// Measured on the second load: the first in a fresh browser also compiles every script cold.
async function copydeskTasksOnSecondLoad(page: Page, context: BrowserContext, url: string): Promise<MainThreadTask[]> {
  await page.goto(url);
  await waitForMark(page, 'copydesk:done');
  const tasks = (await traceLoad(context, page, url)).filter((task) => task.kind === 'extension');
  expect(tasks.length).toBeGreaterThan(0);
  // Every task's CPU time was recorded, and none is more than the task itself.
  expect(tasks.filter((task) => task.cpuMs === null || task.cpuMs > task.durationMs + 1)).toEqual([]);
  return tasks;
}

test('hostile-100k-words: no main-thread task over 50 ms from Copydesk', async ({ page, context, origin }) => {
  const tasks = await copydeskTasksOnSecondLoad(page, context, `${origin}/generated/hostile-100k-words.html`);
  expect(tasks.filter((task) => (task.cpuMs ?? Infinity) > 50)).toEqual([]);
});

test('hostile-100k-nodes: no main-thread task over 50 ms from Copydesk', async ({ page, context, origin }) => {
  // The page's own frames take 60–100 ms at this size whatever triggers them (its layout and
  // paint: 'rendering'); Copydesk's own tasks must stay under 50 ms. The restyle its highlight
  // sheet causes falls in one of those frames: about 27 ms now that the rules hang from the
  // article's container (680 ms when they matched every element).
  const tasks = await copydeskTasksOnSecondLoad(page, context, `${origin}/generated/hostile-100k-nodes.html`);
  expect(tasks.filter((task) => (task.cpuMs ?? Infinity) > 50)).toEqual([]);
});
