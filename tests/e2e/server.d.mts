// Types for tests/e2e/server.mjs (plain JS so `npm start` and the benchmark can run it with node).
export declare function startServer(options?: { port?: number; generated?: Record<string, string> }): Promise<{ origin: string; close: () => Promise<void> }>;
/** The page with `<meta name="copydesk" content="signals">` first in its head, unless it has a copydesk meta of its own. */
export declare function withSignals(html: string): string;
/** A page file as the browser receives it: each `<!-- partial: NAME -->` line replaced by tests/e2e/pages/partials/NAME.html. */
export declare function pageAsServed(file: string): Promise<string>;
