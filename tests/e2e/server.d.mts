// Types for tests/e2e/server.mjs (plain JS so `npm start` and the benchmark can run it with node).
export declare function startServer(options?: { port?: number; generated?: Record<string, string> }): Promise<{ origin: string; close: () => Promise<void> }>;
/** The page with `<meta name="copydesk" content="signals">` first in its head, unless it has a copydesk meta of its own. */
export declare function withSignals(html: string): string;
