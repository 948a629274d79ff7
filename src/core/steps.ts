// Work written as a generator of steps (reading an article, writing a page, checking a text rule
// by rule), run in one go or where the caller's pause() may end the task between two steps.

/** Runs every step at once and gives the work's result. */
export function runSteps<T>(steps: Iterator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, asking `pause()` after each whether to let the page run first (a promise to wait for). */
export async function runStepsInSlices<T>(steps: Iterator<void, T>, pause: () => Promise<void> | null): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    const paused = pause();
    if (paused) await paused;
  }
}
