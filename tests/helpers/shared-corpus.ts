// The copy benchmark lives in ../shared beside the repository, which a clone may not have: checks
// that read it skip with this reason, and corpus-wide figures belong to `npm run bench`.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../scripts/paths.mjs';

const besideRepo = path.join(repoRoot, '..', 'shared', 'corpus');

/**
 * `../shared/corpus` from the repository root, links resolved: score.mjs runs its command line
 * only when started by its own real path.
 */
export const SHARED_CORPUS = fs.existsSync(besideRepo) ? fs.realpathSync(besideRepo) : besideRepo;

/** The dev pages (`<id>/page.html`, `clean.html`, `labels.json`). */
export const CORPUS_PAGES = path.join(SHARED_CORPUS, 'pages');

export const NO_CORPUS = `no ../shared/corpus beside this clone (${SHARED_CORPUS}): corpus-wide checks skipped; npm run bench measures them`;

/** The ids of the dev pages, sorted; empty where the corpus is absent. */
export function corpusPageIds(): string[] {
  if (!fs.existsSync(CORPUS_PAGES)) return [];
  return fs
    .readdirSync(CORPUS_PAGES)
    .filter((id) => fs.existsSync(path.join(CORPUS_PAGES, id, 'labels.json')))
    .sort();
}
