// Types for build.mjs, so tests can build a private copy of the extension under `strict`.
export declare function buildNode(options?: { outdir?: string }): Promise<void>;
export declare function buildExtension(options?: { outdir?: string }): Promise<void>;
