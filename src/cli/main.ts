// Entry of build/cli.mjs: the copydesk command, and the page worker it starts on each core.
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { lexiconFromFile } from './lexicon-file.ts';
import { runCli } from './cli.ts';
import { serveTasks, WORKER_MARK } from './pool.ts';

if (!isMainThread && parentPort && (workerData as { mark?: string } | null)?.mark === WORKER_MARK) {
  // The shared dictionary is data read at start, in each thread that analyses.
  lexiconFromFile();
  serveTasks(parentPort);
} else {
  process.exitCode = await runCli(process.argv.slice(2), fileURLToPath(import.meta.url));
}
