/** Ends the current task so the page can run its own work (input, frames) before ours continues. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How long a slice of work on the page runs before the page gets the main thread back. */
const SLICE_MS = 8;

/**
 * A pause() for work done in slices (reading, serialising the page): none until a slice has run
 * SLICE_MS, then a task boundary.
 */
export function slicer(): () => Promise<void> | null {
  let sliceStart = performance.now();
  return () => {
    if (performance.now() - sliceStart < SLICE_MS) return null;
    return nextTask().then(() => {
      sliceStart = performance.now();
    });
  };
}
