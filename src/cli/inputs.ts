import fs from 'node:fs';
import path from 'node:path';

/** One page to process: its id in the output and the file it comes from. */
export interface Job {
  id: string;
  file: string;
  /** Why the path yielded no page (a directory that cannot be listed): reported as its failure. */
  error?: string;
}

const PAGE_FILES: readonly [string, string][] = [
  ['page.html', ''],
  ['clean.html', '#clean'],
];
const ARTICLE_FILE = /\.(?:html?|txt)$/i;

/** A corpus page folder (<id>/page.html and/or <id>/clean.html) yields <id> and <id>#clean. */
function corpusJobs(dir: string, id: string): Job[] {
  return PAGE_FILES.filter(([name]) => fs.existsSync(path.join(dir, name))).map(([name, suffix]) => ({
    id: id + suffix,
    file: path.join(dir, name),
  }));
}

const idOf = (root: string, full: string): string => path.relative(root, full).split(path.sep).join('/');

/** The pages under a directory; one that cannot be listed is one failed job, and the rest go on. */
function directoryJobs(root: string, dir: string): Job[] {
  const jobs: Job[] = [];
  let listed: fs.Dirent[];
  try {
    listed = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    return [
      {
        id: idOf(root, dir) || path.basename(path.resolve(dir)),
        file: dir,
        error: `cannot read directory: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      },
    ];
  }
  const entries = listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const pages = corpusJobs(full, idOf(root, full));
      jobs.push(...(pages.length > 0 ? pages : directoryJobs(root, full)));
    } else if (ARTICLE_FILE.test(entry.name)) {
      jobs.push({ id: idOf(root, full).replace(ARTICLE_FILE, ''), file: full });
    }
  }
  return jobs;
}

/**
 * Expands the command line's paths into jobs, in a stable order. A path that does not exist
 * or cannot be listed still becomes a job, so it fails with its own error line like any bad file.
 */
export function expandInputs(inputs: readonly string[]): Job[] {
  const jobs: Job[] = [];
  for (const input of inputs) {
    let isDirectory = false;
    try {
      isDirectory = fs.statSync(input).isDirectory();
    } catch {
      // Reported when the job reads the file.
    }
    if (!isDirectory) {
      jobs.push({ id: path.basename(input).replace(ARTICLE_FILE, ''), file: input });
      continue;
    }
    const own = corpusJobs(input, path.basename(path.resolve(input)));
    jobs.push(...(own.length > 0 ? own : directoryJobs(input, input)));
  }
  return jobs;
}
