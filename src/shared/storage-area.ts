// The part of a browser storage area Copydesk uses, so the modules that take one can be tested
// with an in-memory area (webextension-polyfill cannot load outside a browser).
export interface StorageAreaLike {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}
