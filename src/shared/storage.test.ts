import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SCHEMA_VERSION } from './settings.ts';
import type { StorageAreaLike } from './storage-area.ts';
import { loadStoredDataFrom } from './storage.ts';

/** An in-memory storage area; `afterFirstRead` runs once its first read has been taken. */
function memoryArea(
  initial: Record<string, unknown>,
  afterFirstRead?: (data: Record<string, unknown>) => void,
): StorageAreaLike & { data: Record<string, unknown> } {
  let reads = 0;
  const area = {
    data: { ...initial },
    get: async (keys?: null | string | string[]) => {
      const wanted = keys === null || keys === undefined ? Object.keys(area.data) : typeof keys === 'string' ? [keys] : keys;
      const result = Object.fromEntries(wanted.filter((key) => key in area.data).map((key) => [key, structuredClone(area.data[key])]));
      if (++reads === 1) afterFirstRead?.(area.data);
      return result;
    },
    set: async (items: Record<string, unknown>) => void Object.assign(area.data, structuredClone(items)),
    remove: async (keys: string | string[]) => {
      for (const key of typeof keys === 'string' ? [keys] : keys) delete area.data[key];
    },
  };
  return area;
}

describe('loadStoredDataFrom', () => {
  it('writes the first run’s layout to an empty store', async () => {
    const local = memoryArea({});
    const data = await loadStoredDataFrom(local);
    expect(local.data).toEqual({ schemaVersion: SCHEMA_VERSION, settings: DEFAULT_SETTINGS, userWords: [] });
    expect(data.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a setting saved between its read and its write (the background and a page migrating at once)', async () => {
    const saved = { ...DEFAULT_SETTINGS, neverRunSites: ['news.example'] };
    const local = memoryArea({}, (data) => {
      data.settings = saved;
    });
    await loadStoredDataFrom(local);
    expect(local.data.settings).toEqual(saved);
    // What nobody else wrote is still written.
    expect(local.data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(local.data.userWords).toEqual([]);
  });
});
