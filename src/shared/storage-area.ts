// The part of a browser storage area Copydesk uses, so the modules that take one can be tested
// with an in-memory area (webextension-polyfill cannot load outside a browser).
export interface StorageAreaLike {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** A write that did not happen (storage full, or the dictionary over its limit); the message says why, for the reader. */
export class StorageWriteError extends Error {}

/** An error's message, for a sentence shown to the reader. */
export const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
