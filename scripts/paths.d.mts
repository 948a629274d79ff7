/** The repository's root folder, found from the scripts' own place. */
export declare const repoRoot: string;
