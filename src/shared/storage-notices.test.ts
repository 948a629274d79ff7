import { describe, expect, it } from 'vitest';
import type { StorageAreaLike } from './storage-area.ts';
import { acknowledgeRepairs, loadStorageNotices, recordRepairs, REPAIRED_KEY, SYNC_BASE_KEY, storageNotices } from './storage-notices.ts';

function memoryArea(initial: Record<string, unknown>): StorageAreaLike & { data: Record<string, unknown> } {
  const area = {
    data: { ...initial },
    get: async () => ({ ...area.data }),
    set: async (items: Record<string, unknown>) => void Object.assign(area.data, items),
    remove: async (keys: string | string[]) => {
      for (const key of typeof keys === 'string' ? [keys] : keys) delete area.data[key];
    },
  };
  return area;
}

describe('repair notices', () => {
  it('names every reset value for the reader until they acknowledge it', async () => {
    const local = memoryArea({ userWords: [] });
    await recordRepairs(local, ['settings.autoCheck']);
    await recordRepairs(local, ['userWords', 'dismissed:https://a.test/story', 'settings.autoCheck']);
    const { repair } = await loadStorageNotices(local);
    expect(repair).toContain('the automatic checking setting; the personal dictionary; the dismissals on https://a.test/story.');
    expect(local.data[REPAIRED_KEY]).toHaveLength(3);

    await acknowledgeRepairs(local);
    expect((await loadStorageNotices(local)).repair).toBeNull();
  });

  it('forgets the last synced copy, so the next sync restores from the other browsers instead of deleting', async () => {
    const local = memoryArea({ [SYNC_BASE_KEY]: { userWords: ['houtchins'] } });
    await recordRepairs(local, ['userWords']);
    expect(local.data[SYNC_BASE_KEY]).toBeUndefined();
  });

  it('records nothing when nothing was repaired', async () => {
    const local = memoryArea({ [SYNC_BASE_KEY]: { userWords: ['houtchins'] } });
    await recordRepairs(local, []);
    expect(local.data).toEqual({ [SYNC_BASE_KEY]: { userWords: ['houtchins'] } });
  });
});

describe('sync notices', () => {
  it('say nothing while everything syncs, and ignore a damaged state', () => {
    expect(storageNotices({ syncState: { status: 'synced' } })).toEqual({ repair: null, sync: null });
    expect(storageNotices({ syncState: 'partial' })).toEqual({ repair: null, sync: null });
  });

  it('say what stays on this computer', () => {
    expect(storageNotices({ syncState: { status: 'partial', localOnlyPages: 1, dictionaryLocalOnly: true } }).sync).toBe(
      'Sync is partial: the browser’s sync storage is full, so your personal dictionary and dismissals on 1 page stay on this computer only. Nothing is lost here.',
    );
  });
});
