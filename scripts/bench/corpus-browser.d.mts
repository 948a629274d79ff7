export interface CorpusFinding {
  rule: string;
  exact: string;
}

export interface CorpusFindingSurplus extends CorpusFinding {
  count: number;
}

export function findingsDiff(inPage: CorpusFinding[], fromCli: CorpusFinding[]): { onlyInPage: CorpusFindingSurplus[]; onlyInCli: CorpusFindingSurplus[] };
export function percentile(values: number[], p: number): number;
/** Samples as checkCorpusPages records them; see corpus-browser.mjs. */
export function summariseCorpus(
  samples: Record<string, unknown>[],
): { extractedOnPage: string[]; articleDisagreements: { id: string; state: string; cliFoundArticle: boolean }[] } & Record<string, unknown>;
export function formatCorpusDetails(samples: Record<string, unknown>[], summary: ReturnType<typeof summariseCorpus>): string[];
export const LONG_ARTICLE_WORDS: number;
export function servedCorpusHtml(html: string): string;
export function withGeckoTasks(
  samples: Record<string, unknown>[],
  tasksByUrl: Map<string | undefined, import('./main-thread-tasks.mjs').MainThreadTask[]>,
): Record<string, unknown>[];
export function corpusPath(id: string): string;
export function corpusPages(corpusDir: string): { id: string; file: string; html: string }[];
export function cliFindings(
  enginePath: string,
  pages: { id: string; html: string }[],
): Promise<Map<string, { article: boolean; words: number; findings: CorpusFinding[] }>>;
export function checkCorpusPages(options: {
  page: import('@playwright/test').Page;
  context: import('@playwright/test').BrowserContext;
  origin: string;
  pages: { id: string }[];
  cli: Awaited<ReturnType<typeof cliFindings>>;
  proxy: { held: () => number };
  onProgress?: (at: string) => void;
}): Promise<Record<string, unknown>[]>;
export function checkCorpusPagesInFirefox(options: {
  page: import('puppeteer-core').Page;
  origin: string;
  pages: { id: string }[];
  cli: Awaited<ReturnType<typeof cliFindings>>;
  proxy: { held: () => number };
  onProgress?: (at: string) => void;
}): Promise<Record<string, unknown>[]>;
