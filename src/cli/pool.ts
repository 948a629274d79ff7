import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { processPage, type PageOutcome, type PageTask } from './process-page.ts';

/** Marks a worker started by this pool, so the shared entry file knows to serve instead of run. */
export const WORKER_MARK = 'copydesk-page-worker';

/** What a worker posts once it has loaded the engine and can take a page. */
const READY = 'ready';

export interface PoolOptions {
  /** The bundled CLI file, which doubles as the worker entry. */
  entry: string;
  /** How long one page may take in its worker, from when the worker takes it; then it is given up. */
  timeLimitMs: number;
  /** Called as each page finishes, in completion order. */
  onDone?: (done: number, total: number, outcome: PageOutcome) => void;
  /** Called for each outcome in task order, as soon as every earlier one is in. */
  onOrdered?: (outcome: PageOutcome, index: number) => void;
}

/**
 * Runs the tasks on every core (worker threads), handing each worker the next task as it frees
 * up, and returns outcomes in task order whatever order they finish in. A page still running
 * when its time limit is up is given up: its worker is stopped (the only way to stop a page the
 * engine is stuck in), the page gets a failure, and a fresh worker takes the next one. A single
 * page runs in a worker too, so it has a time limit as well.
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
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < tasks.length) {
      const worker = await startWorker(options.entry);
      let timedOut = false;
      while (next < tasks.length && !timedOut) {
        const index = next++;
        const task = tasks[index] as PageTask;
        const outcome = await runOne(worker, task, options.timeLimitMs);
        timedOut = outcome === null;
        finish(index, outcome ?? { id: task.job.id, file: task.job.file, error: `gave up after ${options.timeLimitMs / 1000} s (the time limit per page)` });
      }
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(os.availableParallelism(), tasks.length) }, lane));
  return outcomes as PageOutcome[];
}

/** A worker that has loaded the engine (its start-up is not charged to the first page's time). */
function startWorker(entry: string): Promise<Worker> {
  const worker = new Worker(entry, { workerData: { mark: WORKER_MARK } });
  return new Promise((resolve, reject) => {
    worker.once('message', () => resolve(worker));
    worker.once('error', reject);
  });
}

/** The page's outcome, or null if the time limit came first (its lane then stops the worker). */
function runOne(worker: Worker, task: PageTask, timeLimitMs: number): Promise<PageOutcome | null> {
  return new Promise((resolve, reject) => {
    const onMessage = (outcome: PageOutcome) => {
      clearTimeout(timer);
      worker.off('error', reject);
      resolve(outcome);
    };
    const timer = setTimeout(() => {
      worker.off('message', onMessage);
      worker.off('error', reject);
      resolve(null);
    }, timeLimitMs);
    worker.once('message', onMessage);
    worker.once('error', reject);
    worker.postMessage(task);
  });
}

/** The worker side: say it is ready, then process each task posted to it and post the outcome back. */
export function serveTasks(port: { on(event: 'message', listener: (task: PageTask) => void): void; postMessage(value: unknown): void }): void {
  port.on('message', (task) => port.postMessage(processPage(task)));
  port.postMessage(READY);
}
