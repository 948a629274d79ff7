import { describe, expect, it } from 'vitest';
import { longestCopydeskTask, mainThreadTasks, type MainThreadTask } from '../../scripts/bench/main-thread-tasks.mjs';

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
    // Another thread's task.
    { ...onThread({ name: 'ThreadControllerImpl::RunTask', ts: 2_000, dur: 99_000, tdur: 99_000 }), tid: 3 },
  ];

  it('gives the tasks from copydesk:start on, longest first, with their CPU time and kind', () => {
    expect(mainThreadTasks(events)).toEqual([
      { startMs: 1, durationMs: 70, cpuMs: 30, kind: 'extension' },
      { startMs: 79, durationMs: 20, cpuMs: 20, kind: 'rendering' },
      { startMs: 109, durationMs: 5, cpuMs: null, kind: 'extension' },
    ]);
  });

  it('is null when Copydesk never started', () => {
    expect(mainThreadTasks(events.filter((event) => event !== mark))).toBeNull();
  });
});

describe('longestCopydeskTask', () => {
  const task = (durationMs: number, cpuMs: number | null, kind: MainThreadTask['kind'] = 'extension'): MainThreadTask => ({ startMs: 0, durationMs, cpuMs, kind });

  it('takes the longest by CPU time and, apart, by wall-clock time, of Copydesk’s tasks only', () => {
    expect(longestCopydeskTask([task(70, 30), task(40, 38), task(90, 90, 'rendering')])).toEqual({ cpuMs: 38, wallMs: 70 });
  });

  it('counts a task without a recorded CPU time by its wall-clock time, and none as 0', () => {
    expect(longestCopydeskTask([task(12, null), task(10, 9)])).toEqual({ cpuMs: 12, wallMs: 12 });
    expect(longestCopydeskTask(null)).toEqual({ cpuMs: 0, wallMs: 0 });
  });
});
