import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { processPage, type PageOutcome, type PageTask } from './process-page.ts';

/** Marks a worker started by this pool, so the shared entry file knows to serve instead of run. */
export const WORKER_MARK = 'copydesk-page-worker';

export interface PoolOptions {
  /** The bundled CLI file, which doubles as the worker entry. */
  entry: string;
  /** Called as each page finishes, in completion order. */
  onDone?: (done: number, total: number, outcome: PageOutcome) => void;
  /** Called for each outcome in task order, as soon as every earlier one is in. */
  onOrdered?: (outcome: PageOutcome, index: number) => void;
}

/**
 * Runs the tasks on every core (worker threads), handing each worker the next task as it frees
 * up, and returns outcomes in task order whatever order they finish in. A single task runs inline:
 * starting a worker would cost more than the page.
 */
export async function runTasks(tasks: readonly PageTask[], options: PoolOptions): Promise<PageOutcome[]> {
  const outcomes: (PageOutcome | undefined)[] = new Array(tasks.length);
  let done = 0;
  let nextOrdered = 0;
  const finish = (index: number, outcome: PageOutcome) => {
    outcomes[index] = outcome;
    done++;
    options.onDone?.(done, tasks.length, outcome);
    while (nextOrdered < tasks.length && outcomes[nextOrdered] !== undefined) {
      options.onOrdered?.(outcomes[nextOrdered] as PageOutcome, nextOrdered);
      nextOrdered++;
    }
  };
  const threads = Math.min(os.availableParallelism(), tasks.length);
  if (threads <= 1) {
    tasks.forEach((task, i) => finish(i, processPage(task)));
    return outcomes as PageOutcome[];
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: threads }, () => {
      const worker = new Worker(options.entry, { workerData: { mark: WORKER_MARK } });
      return new Promise<void>((resolve, reject) => {
        let current = -1;
        const feed = () => {
          if (next >= tasks.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          current = next++;
          worker.postMessage(tasks[current]);
        };
        worker.on('message', (outcome: PageOutcome) => {
          finish(current, outcome);
          feed();
        });
        worker.on('error', reject);
        feed();
      });
    }),
  );
  return outcomes as PageOutcome[];
}

/** The worker side: process each task posted to it and post the outcome back. */
export function serveTasks(port: { on(event: 'message', listener: (task: PageTask) => void): void; postMessage(value: unknown): void }): void {
  port.on('message', (task) => port.postMessage(processPage(task)));
}
