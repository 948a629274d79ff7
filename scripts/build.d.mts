// Types for build.mjs, so tests can bundle the CLI or build a private copy of the extension under `strict`.
export declare function buildNode(): Promise<void>;
export declare function buildExtension(options?: { outdir?: string }): Promise<void>;
