// The tasks of a page's main thread, read from a Chromium trace. The page's Long Tasks API does
// not see every task a content script runs (a promise continuation after an extension message
// runs in a microtask checkpoint it does not count), so budgets on Copydesk's tasks are checked
// against the renderer's own record.

import { waitForMark } from './page-timing.mjs';

const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);
const RENDERING = new Set(['WebFrameWidgetImpl::UpdateLifecycle', 'UpdateLayoutTree', 'Layout']);
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compileModule', 'v8.evaluateModule']);

/**
 * Starts tracing the page's renderer; the returned function stops and gives the main-thread tasks
 * that ran from Copydesk's start (the copydesk:start mark) on, longest first (see mainThreadTasks).
 * @param {import('@playwright/test').BrowserContext} context
 * @param {import('@playwright/test').Page} page
 */
export async function traceMainThread(context, page) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', { categories: 'toplevel,blink.user_timing,devtools.timeline,__metadata', transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    return mainThreadTasks(events);
  };
}

/**
 * Loads `url` in `page` under a trace and gives its main-thread tasks (see mainThreadTasks), once
 * Copydesk is done with the page and the browser has drawn two frames after (it styles the
 * highlights in the first); [] if Copydesk never started.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 */
export async function traceLoad(context, page, url) {
  const stop = await traceMainThread(context, page);
  await page.goto(url);
  await waitForMark(page, 'copydesk:done');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return (await stop()) ?? [];
}

/**
 * The tasks on the thread that recorded the last copydesk:start mark, from that mark on, longest
 * first: start (ms from the mark), duration, the thread's CPU time in it, and what ran in them — 'extension' when an extension's
 * script (the content script) took at least half of it, and for every promise continuation (on a
 * page without scripts of its own they are all the content script's), 'rendering' for style,
 * layout and paint, else 'other'. Null if the mark never came.
 */
export function mainThreadTasks(events) {
  const starts = events.filter((e) => e.name === 'copydesk:start' && typeof e.ts === 'number');
  const start = starts[starts.length - 1];
  if (!start) return null;
  const onThread = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X');
  return onThread
    .filter((e) => TASK_EVENTS.has(e.name) && e.ts + (e.dur ?? 0) >= start.ts)
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const inside = onThread.filter((e) => e !== task && e.ts >= task.ts && e.ts < end);
      // Script an extension ran in the task (outermost calls only: nested ones are inside them).
      const scripts = inside.filter((e) => SCRIPT_EVENTS.has(e.name) && String(e.args?.data?.url ?? '').startsWith('chrome-extension://'));
      const scriptUs = scripts
        .filter((e) => !scripts.some((outer) => outer !== e && outer.ts <= e.ts && outer.ts + outer.dur >= e.ts + e.dur))
        .reduce((sum, e) => sum + (e.dur ?? 0), 0);
      // A frame in which a callback of ours ran is still the page's rendering when that is most of it.
      const extension = task.name === 'BlinkScheduler_PerformMicrotaskCheckpoint' || scriptUs * 2 >= (task.dur ?? 0);
      const kind = extension ? 'extension' : inside.some((e) => RENDERING.has(e.name)) ? 'rendering' : 'other';
      return { startMs: (task.ts - start.ts) / 1000, durationMs: (task.dur ?? 0) / 1000, cpuMs: task.tdur === undefined ? null : task.tdur / 1000, kind };
    })
    .sort((a, b) => b.durationMs - a.durationMs);
}

/**
 * Copydesk's longest task among `tasks` (from mainThreadTasks or traceLoad), by the main thread's
 * CPU time in it and, apart, by wall-clock time (which on a 2-core machine also holds whatever the
 * OS ran meanwhile); 0 when it ran none.
 */
export function longestCopydeskTask(tasks) {
  const ours = (tasks ?? []).filter((task) => task.kind === 'extension');
  return {
    cpuMs: Math.max(0, ...ours.map((task) => task.cpuMs ?? task.durationMs)),
    wallMs: Math.max(0, ...ours.map((task) => task.durationMs)),
  };
}
