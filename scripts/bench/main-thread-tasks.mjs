// The tasks of a page's main thread, read from a Chromium trace. The page's Long Tasks API does
// not see every task a content script runs (a promise continuation after an extension message
// runs in a microtask checkpoint it does not count), so budgets on Copydesk's tasks are checked
// against the renderer's own record.

import { waitForMark } from './page-timing.mjs';

const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);
const RENDERING = new Set(['WebFrameWidgetImpl::UpdateLifecycle', 'UpdateLayoutTree', 'Layout']);
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compileModule', 'v8.evaluateModule']);
/** Below this many microseconds a task may carry no thread time in the trace. */
const UNTIMED_US = 100;

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
      // Chromium gives no thread time for an event of a few microseconds (an empty microtask
      // checkpoint); its wall time bounds it.
      const cpuUs = task.tdur ?? ((task.dur ?? 0) < UNTIMED_US ? task.dur : undefined);
      return { startMs: (task.ts - start.ts) / 1000, durationMs: (task.dur ?? 0) / 1000, cpuMs: cpuUs === undefined ? null : cpuUs / 1000, kind };
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

/** Gecko's sampling interval for geckoProfilerEnv, in ms. */
const GECKO_SAMPLE_MS = 1;

/**
 * The environment that has Firefox run its Gecko profiler from start-up (JavaScript stacks and
 * each thread's CPU time, a sample every millisecond, main threads only) and write the profile to
 * `file` when it quits. Firefox 153's WebDriver BiDi cannot start the profiler; this can.
 * @param {string} file
 */
export function geckoProfilerEnv(file) {
  return {
    MOZ_PROFILER_STARTUP: '1',
    MOZ_PROFILER_STARTUP_FEATURES: 'js,cpu',
    MOZ_PROFILER_STARTUP_INTERVAL: String(GECKO_SAMPLE_MS),
    MOZ_PROFILER_STARTUP_ENTRIES: String(64 * 1024 * 1024),
    MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain',
    MOZ_PROFILER_SHUTDOWN: file,
  };
}

/** Each thread of a Gecko profile (the parent process's and every child's), with its process's time origin, and every process's documents' URLs by inner window id. */
function geckoThreads(profile) {
  const threads = [];
  const urls = new Map();
  const visit = (process) => {
    for (const page of process.pages ?? []) urls.set(page.innerWindowID, page.url);
    for (const thread of process.threads ?? []) threads.push({ thread, origin: process.meta.startTime, units: process.meta.sampleUnits });
    for (const child of process.processes ?? []) visit(child);
  };
  visit(profile);
  return { threads, urls };
}

/** Row accessor by column name, from a Gecko table's schema. */
const column = (table, name) => {
  const index = table.schema[name];
  return (row) => row[index];
};

/** Per stack index: whether any of its frames is an extension's script (moz-extension://…). */
function extensionStacks(thread, strings) {
  const location = column(thread.frameTable, 'location');
  const prefix = column(thread.stackTable, 'prefix');
  const frame = column(thread.stackTable, 'frame');
  const ours = thread.frameTable.data.map((row) => String(strings[location(row)] ?? '').includes('moz-extension://'));
  const stacks = [];
  thread.stackTable.data.forEach((row, index) => {
    const parent = prefix(row);
    stacks[index] = ours[frame(row)] || (parent !== null && stacks[parent] === true);
  });
  return stacks;
}

/**
 * Copydesk's main-thread tasks per page in a Gecko profile (see geckoProfilerEnv): for every
 * copydesk:start mark, by the URL of the document it was set on (the last load of a URL counts),
 * the runs of consecutive samples whose stack holds Copydesk's script, from that mark until the
 * next page's, longest first, as mainThreadTasks gives them (kind 'extension'; durationMs from the
 * run's first sample to one interval past its last; cpuMs the thread's CPU time over the run).
 * Gecko records no task boundaries outside Nightly: two of Copydesk's tasks with no sample of
 * anything else between them count as one, so a run is never shorter than the task it holds.
 * @returns {Map<string, MainThreadTask[]>}
 */
export function geckoCopydeskTasks(profile) {
  const starts = [];
  const { threads, urls } = geckoThreads(profile);
  for (const entry of threads) {
    const { thread } = entry;
    const strings = thread.stringTable ?? thread.stringArray ?? profile.shared?.stringArray ?? [];
    const name = column(thread.markers, 'name');
    const startTime = column(thread.markers, 'startTime');
    const data = column(thread.markers, 'data');
    for (const marker of thread.markers.data) {
      const payload = data(marker);
      if (strings[name(marker)] !== 'UserTiming' || payload?.name !== 'copydesk:start') continue;
      starts.push({ entry, strings, at: entry.origin + startTime(marker), url: urls.get(payload.innerWindowID) });
    }
  }
  starts.sort((a, b) => a.at - b.at);
  const byUrl = new Map();
  starts.forEach((start, index) => {
    const until = starts[index + 1]?.at ?? Number.POSITIVE_INFINITY;
    const { thread, origin, units } = start.entry;
    const ours = extensionStacks(thread, start.strings);
    const stack = column(thread.samples, 'stack');
    const time = column(thread.samples, 'time');
    const cpuDelta = column(thread.samples, 'threadCPUDelta');
    const toMs = { ns: 1e-6, µs: 1e-3, 'variable CPU cycles': Number.NaN }[units?.threadCPUDelta ?? 'ns'] ?? Number.NaN;
    const tasks = [];
    let run = null;
    for (const sample of thread.samples.data) {
      const at = origin + time(sample);
      if (at < start.at || at >= until) continue;
      const id = stack(sample);
      if (id === null || id === undefined || !ours[id]) {
        run = null;
        continue;
      }
      const cpu = (cpuDelta(sample) ?? 0) * toMs;
      if (run === null) {
        run = { startMs: at - start.at, durationMs: GECKO_SAMPLE_MS, cpuMs: Number.isNaN(cpu) ? null : cpu, kind: 'extension', first: at };
        tasks.push(run);
      } else {
        run.durationMs = at - run.first + GECKO_SAMPLE_MS;
        if (run.cpuMs !== null) run.cpuMs += cpu;
      }
    }
    byUrl.set(
      start.url,
      tasks.map(({ first, ...task }) => task).sort((a, b) => b.durationMs - a.durationMs),
    );
  });
  return byUrl;
}
