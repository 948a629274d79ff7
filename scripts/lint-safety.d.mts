// Types for scripts/lint-safety.mjs, so its unit test can import it under `strict`.
export interface SafetyProblem {
  file: string;
  line: number;
  message: string;
}
export declare const FORBIDDEN: { pattern: RegExp; message: string }[];
export declare const PERMISSION_REASONS: Record<string, string>;
export declare const WEB_ACCESSIBLE_REASONS: Record<string, string>;
export declare function lintSource(text: string, file: string): SafetyProblem[];
export declare function lintManifest(manifest: unknown, file?: string): SafetyProblem[];
export declare function lintTree(root?: string): SafetyProblem[];
export declare const STORE_LINT_WARNINGS: { code: string; files: string[]; reason: string }[];
