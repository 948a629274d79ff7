import { describe, expect, it } from 'vitest';
import type { StorageAreaLike } from './storage-area.ts';
import { FakeArea } from './testing/fake-storage-area.ts';
import { SYNC_BASE_KEY, SYNC_STATE_KEY, storageNotices } from './storage-notices.ts';
import { keepInSync, mergeThreeWay, SYNC_QUOTAS, syncOnce, type SyncQuotas } from './storage-sync.ts';

const words = (count: number, prefix = 'word'): string[] => Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(5, '0')}`);

async function device(stored: Record<string, unknown> = {}): Promise<FakeArea> {
  const local = new FakeArea();
  await local.set(stored);
  return local;
}

describe('mergeThreeWay', () => {
  it('applies what this side added and removed since the base to the other side', () => {
    expect(mergeThreeWay(['a', 'c', 'new'], ['a', 'b', 'c', 'theirs'], ['a', 'b', 'c']).sort()).toEqual(['a', 'c', 'new', 'theirs']);
  });

  it('keeps both sides when there is no base (first sync)', () => {
    expect(mergeThreeWay(['mine'], ['theirs'], []).sort()).toEqual(['mine', 'theirs']);
  });
});

describe('syncing two browsers through storage.sync', () => {
  it('carries words and dismissals across, and a removal too', async () => {
    const sync = new FakeArea(SYNC_QUOTAS);
    const a = await device({ userWords: ['halyna', 'houtchins'], 'dismissed:https://a.test/1': ['typo:1:x'] });
    const b = await device({ userWords: ['zelenskyy'] });

    await syncOnce(a, sync);
    await syncOnce(b, sync);
    expect((await b.get('userWords')).userWords).toEqual(['halyna', 'houtchins', 'zelenskyy']);
    expect((await b.get('dismissed:https://a.test/1'))['dismissed:https://a.test/1']).toEqual(['typo:1:x']);

    await syncOnce(a, sync);
    expect((await a.get('userWords')).userWords).toEqual(['halyna', 'houtchins', 'zelenskyy']);

    await a.set({ userWords: ['halyna', 'zelenskyy'] }); // the reader removes a word on A
    await a.remove('dismissed:https://a.test/1'); // and undoes the dismissal
    await syncOnce(a, sync);
    await syncOnce(b, sync);
    expect((await b.get('userWords')).userWords).toEqual(['halyna', 'zelenskyy']);
    expect(await b.get('dismissed:https://a.test/1')).toEqual({});
    expect((await b.get(SYNC_STATE_KEY))[SYNC_STATE_KEY]).toEqual({ status: 'synced' });
  });

  it('shards a dictionary bigger than one sync item, and reads it back whole', async () => {
    const sync = new FakeArea(SYNC_QUOTAS);
    const many = words(3000);
    await syncOnce(await device({ userWords: many }), sync);
    const shardKeys = [...sync.data.keys()].filter((key) => key.startsWith('userWords#'));
    expect(shardKeys.length).toBeGreaterThan(1);
    const other = await device();
    await syncOnce(other, sync);
    expect((await other.get('userWords')).userWords).toEqual(many);
  });

  it('a quiet round writes nothing', async () => {
    const sync = new FakeArea(SYNC_QUOTAS);
    const local = await device({ userWords: ['houtchins'], 'dismissed:https://a.test/1': ['k'] });
    await syncOnce(local, sync);
    const before = { local: local.writes, sync: sync.writes };
    await syncOnce(local, sync);
    expect({ local: local.writes, sync: sync.writes }).toEqual(before);
  });
});

describe('the quota path', () => {
  it('keeps every dismissal locally when sync storage runs out of items, and says sync is partial', async () => {
    const sync = new FakeArea(SYNC_QUOTAS);
    const pages = Object.fromEntries(Array.from({ length: SYNC_QUOTAS.items + 40 }, (_, i) => [`dismissed:https://a.test/story/${i}`, [`typo:${i}:x`]]));
    const local = await device({ userWords: ['houtchins'], ...pages });
    const state = await syncOnce(local, sync);

    expect(state).toMatchObject({ status: 'partial', dictionaryLocalOnly: false });
    expect(sync.data.size).toBeLessThanOrEqual(SYNC_QUOTAS.items);
    expect(sync.data.get('userWords#0')).toEqual(['houtchins']);
    const kept = await local.get(null);
    for (const [key, value] of Object.entries(pages)) expect(kept[key]).toEqual(value);
    const localOnly = state.status === 'partial' ? state.localOnlyPages : 0;
    expect(localOnly).toBe(Object.keys(pages).length - (sync.data.size - 2));
    expect(storageNotices(kept).sync).toMatch(/partial.*dismissals on \d+ pages/);
  });

  it('keeps a dictionary too big for sync locally, whole, and never a truncated copy in sync', async () => {
    const sync = new FakeArea(SYNC_QUOTAS);
    const huge = words(12_000, 'longerword');
    const local = await device({ userWords: huge, 'dismissed:https://a.test/1': ['k'] });
    const state = await syncOnce(local, sync);

    expect(state).toEqual({ status: 'partial', localOnlyPages: 0, dictionaryLocalOnly: true });
    expect((await local.get('userWords')).userWords).toEqual(huge);
    expect([...sync.data.keys()]).toEqual(['dismissed:https://a.test/1']);
    expect(storageNotices(await local.get(null)).sync).toMatch(/personal dictionary/);
  });

  it('does not drop a synced page to make room for a grown dictionary (elsewhere that would read as a deletion)', async () => {
    const quotas = { bytes: 400, bytesPerItem: 200, items: 10 };
    const sync = new FakeArea(quotas);
    const local = await device({ userWords: ['houtchins'], 'dismissed:https://a.test/1': ['typo:1:x'] });
    await syncOnce(local, sync, quotas);
    await local.set({ userWords: words(40) });
    const state = await syncOnce(local, sync, quotas);

    expect(state).toMatchObject({ status: 'partial', dictionaryLocalOnly: true });
    expect(sync.data.get('dismissed:https://a.test/1')).toEqual(['typo:1:x']);
    expect(sync.data.get('userWords#0')).toEqual(['houtchins']);
    // Measured against what really is in sync, the words stay: the next round loses nothing.
    await syncOnce(local, sync, quotas);
    expect((await local.get('userWords')).userWords).toEqual(words(40));
  });

  it('leaves local data alone when sync cannot be used at all', async () => {
    const broken: StorageAreaLike = {
      get: async () => Promise.reject(new Error('Sync is disabled by policy')),
      set: async () => Promise.reject(new Error('unreachable')),
      remove: async () => Promise.reject(new Error('unreachable')),
    };
    const local = await device({ userWords: ['houtchins'] });
    expect(await syncOnce(local, broken)).toMatchObject({ status: 'unavailable' });
    expect((await local.get('userWords')).userWords).toEqual(['houtchins']);
    expect(await syncOnce(local, undefined)).toMatchObject({ status: 'unavailable' });
  });
});

describe('keepInSync', () => {
  it('syncs at start and again when a synced local value changes, not for other keys', async () => {
    const sync = new FakeArea(SYNC_QUOTAS);
    const local = await device({ userWords: ['houtchins'] });
    const listeners: ((changes: Record<string, unknown>, area: string) => void)[] = [];
    const settled = keepInSync({ local, sync, onChanged: { addListener: (listener) => listeners.push(listener) } });
    await settled();
    expect(sync.data.get('userWords#0')).toEqual(['houtchins']);

    await local.set({ userWords: ['halyna', 'houtchins'] });
    for (const listener of listeners) listener({ settings: {} }, 'local');
    await settled();
    expect(sync.data.get('userWords#0')).toEqual(['houtchins']);

    for (const listener of listeners) listener({ userWords: {} }, 'local');
    await settled();
    expect(sync.data.get('userWords#0')).toEqual(['halyna', 'houtchins']);
    expect((await local.get(SYNC_BASE_KEY))[SYNC_BASE_KEY]).toEqual({ userWords: ['halyna', 'houtchins'] });
  });
});
