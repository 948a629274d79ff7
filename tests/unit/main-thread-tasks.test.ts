import { describe, expect, it } from 'vitest';
import { geckoCopydeskTasks, longestCopydeskTask, mainThreadTasks, type MainThreadTask } from '../../scripts/bench/main-thread-tasks.mjs';

/** Trace events of one renderer main thread (pid 1, tid 2), times in µs as Chromium writes them. */
const onThread = (event: Record<string, unknown>) => ({ pid: 1, tid: 2, ph: 'X', ...event });
const mark = { pid: 1, tid: 2, ph: 'R', name: 'copydesk:start', ts: 1_000 };
const script = (ts: number, dur: number, url: string) => onThread({ name: 'FunctionCall', ts, dur, args: { data: { url } } });

describe('mainThreadTasks', () => {
  const events = [
    mark,
    // Before Copydesk started: not counted.
    onThread({ name: 'ThreadControllerImpl::RunTask', ts: 0, dur: 900, tdur: 900 }),
    // Copydesk's script most of the task; the thread ran 30 ms of it and waited 40 for a core.
    onThread({ name: 'ThreadControllerImpl::RunTask', ts: 2_000, dur: 70_000, tdur: 30_000 }),
    script(2_100, 60_000, 'chrome-extension://abc/content.js'),
    // The page's frame.
    onThread({ name: 'ThreadControllerImpl::RunTask', ts: 80_000, dur: 20_000, tdur: 20_000 }),
    onThread({ name: 'Layout', ts: 80_100, dur: 15_000 }),
    // A promise continuation: Copydesk's on a page without scripts; no thread time recorded.
    onThread({ name: 'BlinkScheduler_PerformMicrotaskCheckpoint', ts: 110_000, dur: 5_000 }),
    // An empty checkpoint of a microsecond, too short to carry thread time: its wall time bounds it.
    onThread({ name: 'BlinkScheduler_PerformMicrotaskCheckpoint', ts: 120_000, dur: 1 }),
    // Another thread's task.
    { ...onThread({ name: 'ThreadControllerImpl::RunTask', ts: 2_000, dur: 99_000, tdur: 99_000 }), tid: 3 },
  ];

  it('gives the tasks from copydesk:start on, longest first, with their CPU time and kind', () => {
    expect(mainThreadTasks(events)).toEqual([
      { startMs: 1, durationMs: 70, cpuMs: 30, kind: 'extension' },
      { startMs: 79, durationMs: 20, cpuMs: 20, kind: 'rendering' },
      { startMs: 109, durationMs: 5, cpuMs: null, kind: 'extension' },
      { startMs: 119, durationMs: 0.001, cpuMs: 0.001, kind: 'extension' },
    ]);
  });

  it('is null when Copydesk never started', () => {
    expect(mainThreadTasks(events.filter((event) => event !== mark))).toBeNull();
  });
});

describe('longestCopydeskTask', () => {
  const task = (durationMs: number, cpuMs: number | null, kind: MainThreadTask['kind'] = 'extension'): MainThreadTask => ({
    startMs: 0,
    durationMs,
    cpuMs,
    kind,
  });

  it('takes the longest by CPU time and, apart, by wall-clock time, of Copydesk’s tasks only', () => {
    expect(longestCopydeskTask([task(70, 30), task(40, 38), task(90, 90, 'rendering')])).toEqual({ cpuMs: 38, wallMs: 70 });
  });

  it('counts a task without a recorded CPU time by its wall-clock time, and none as 0', () => {
    expect(longestCopydeskTask([task(12, null), task(10, 9)])).toEqual({ cpuMs: 12, wallMs: 12 });
    expect(longestCopydeskTask(null)).toEqual({ cpuMs: 0, wallMs: 0 });
  });
});

describe('geckoCopydeskTasks', () => {
  // One content process (its clock starts 1,000 ms after the parent's) with one main thread.
  // Frames: 0 the event loop's label, 1 Copydesk's script, 2 the page's; stacks: 0 = [0], 1 = [0, 1], 2 = [0, 2].
  const strings = ['UserTiming', 'ProcessNextEvent', 'check (moz-extension://abc/content.js:1:200)', 'layout (http://localhost/page.js:1:1)'];
  const mark = (time: number, innerWindowID: number) => [0, time, 0, 0, 8, { type: 'UserTiming', name: 'copydesk:start', entryType: 'mark', innerWindowID }];
  const sample = (time: number, stack: number | null, cpuNs = 900_000) => [stack, time, 0, null, cpuNs];
  const profile = {
    meta: { startTime: 0 },
    threads: [],
    processes: [
      {
        meta: { startTime: 1_000, sampleUnits: { threadCPUDelta: 'ns' } },
        pages: [
          { innerWindowID: 7, url: 'http://localhost/a.html' },
          { innerWindowID: 8, url: 'http://localhost/b.html' },
        ],
        threads: [
          {
            name: 'GeckoMain',
            stringTable: strings,
            markers: { schema: { name: 0, startTime: 1, endTime: 2, phase: 3, category: 4, data: 5 }, data: [mark(10, 7), mark(100, 8)] },
            frameTable: { schema: { location: 0 }, data: [[1], [2], [3]] },
            stackTable: {
              schema: { prefix: 0, frame: 1 },
              data: [
                [null, 0],
                [0, 1],
                [0, 2],
              ],
            },
            samples: {
              schema: { stack: 0, time: 1, threadCPUDelta: 2 },
              data: [
                // Before a.html's mark: not counted.
                sample(5, 1),
                // a.html: Copydesk for 3 samples, the page, Copydesk for one more.
                sample(11, 1),
                sample(12, 1),
                sample(13, 1, 400_000),
                sample(14, 2),
                sample(15, 1),
                // b.html: the event loop idle, then Copydesk once.
                sample(101, 0),
                sample(102, 1),
              ].map(([stack, time, , , cpu]) => [stack, time, cpu]),
            },
          },
        ],
      },
    ],
  };

  it('gives each page’s runs of samples in Copydesk’s script, longest first, with the thread’s CPU time', () => {
    const byUrl = geckoCopydeskTasks(profile);
    const a = byUrl.get('http://localhost/a.html')!;
    expect(a.map((task) => [task.startMs, task.durationMs, task.kind])).toEqual([
      [1, 3, 'extension'],
      [5, 1, 'extension'],
    ]);
    expect(a[0]!.cpuMs).toBeCloseTo(2.2);
    const b = longestCopydeskTask(byUrl.get('http://localhost/b.html')!);
    expect(b.wallMs).toBe(1);
    expect(b.cpuMs).toBeCloseTo(0.9);
  });
});
