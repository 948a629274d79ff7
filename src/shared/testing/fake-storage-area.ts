// For unit tests: an in-memory storage area with optional quotas.
import type { SyncQuotas } from '../storage-sync.ts';
import type { StorageAreaLike } from '../storage-area.ts';

const byteLength = (text: string) => new TextEncoder().encode(text).length;

/** An in-memory storage area that refuses writes past the quotas, as chrome.storage.sync does. */
export class FakeArea implements StorageAreaLike {
  data = new Map<string, unknown>();
  writes = 0;
  constructor(private readonly quotas?: SyncQuotas) {}

  async get(keys?: null | string | string[]): Promise<Record<string, unknown>> {
    const wanted = keys === null || keys === undefined ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(wanted.filter((key) => this.data.has(key)).map((key) => [key, structuredClone(this.data.get(key))]));
  }

  async set(items: Record<string, unknown>): Promise<void> {
    const next = new Map(this.data);
    for (const [key, value] of Object.entries(items)) next.set(key, structuredClone(value));
    if (this.quotas) {
      let total = 0;
      for (const [key, value] of next) {
        const size = byteLength(key) + byteLength(JSON.stringify(value));
        if (size > this.quotas.bytesPerItem) throw new Error(`QUOTA_BYTES_PER_ITEM quota exceeded by ${key}`);
        total += size;
      }
      if (total > this.quotas.bytes) throw new Error('QUOTA_BYTES quota exceeded');
      if (next.size > this.quotas.items) throw new Error('MAX_ITEMS quota exceeded');
    }
    this.data = next;
    this.writes += 1;
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const key of typeof keys === 'string' ? [keys] : keys) this.data.delete(key);
    this.writes += 1;
  }
}
