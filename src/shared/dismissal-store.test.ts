import { describe, expect, it } from 'vitest';
import { saveDismissedTo } from './dismissal-store.ts';
import { DISMISSAL_MAX_AGE_MS, DISMISSAL_TIMES_KEY, MAX_DISMISSED_PAGES } from './settings.ts';
import { StorageWriteError } from './storage-area.ts';
import { syncOnce } from './storage-sync.ts';
import { FakeArea } from './testing/fake-storage-area.ts';

const DAY = 24 * 60 * 60 * 1000;
const NOW = 2_000 * DAY;
const page = (n: number) => `https://news.test/story/${n}`;

/** A local area with `count` pages of dismissals, the n-th last dismissed n minutes ago. */
async function withPages(count: number, quotas?: { bytes: number; bytesPerItem: number; items: number }): Promise<FakeArea> {
  const local = new FakeArea(quotas);
  const items: Record<string, unknown> = {};
  const times: Record<string, number> = {};
  for (let n = 1; n <= count; n++) {
    items[`dismissed:${page(n)}`] = [`typo:${n}:word`];
    times[page(n)] = NOW - n * 60_000;
  }
  local.data = new Map(Object.entries({ ...items, [DISMISSAL_TIMES_KEY]: times }));
  return local;
}

const bytesOf = (area: FakeArea) => [...area.data].reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);

describe('saving dismissals', () => {
  it('stores them under the page without its query, with the time they were made', async () => {
    const local = new FakeArea();
    await saveDismissedTo(local, 'https://news.test/story/1?session=abc123#top', ['typo:1:word'], NOW);
    expect(Object.fromEntries(local.data)).toEqual({
      'dismissed:https://news.test/story/1': ['typo:1:word'],
      [DISMISSAL_TIMES_KEY]: { 'https://news.test/story/1': NOW },
    });
  });

  it('forgets pages whose last dismissal is older than the maximum age', async () => {
    const local = await withPages(3);
    local.data.set(DISMISSAL_TIMES_KEY, { ...(local.data.get(DISMISSAL_TIMES_KEY) as object), [page(3)]: NOW - DISMISSAL_MAX_AGE_MS - DAY });
    await saveDismissedTo(local, page(9), ['k'], NOW);
    expect(local.data.has(`dismissed:${page(3)}`)).toBe(false);
    expect(local.data.has(`dismissed:${page(1)}`)).toBe(true);
    expect(Object.keys(local.data.get(DISMISSAL_TIMES_KEY) as object)).not.toContain(page(3));
  });

  it('keeps at most MAX_DISMISSED_PAGES pages, forgetting the least recently dismissed', async () => {
    const local = await withPages(MAX_DISMISSED_PAGES);
    await saveDismissedTo(local, page(0), ['k'], NOW);
    expect([...local.data.keys()].filter((key) => key.startsWith('dismissed:'))).toHaveLength(MAX_DISMISSED_PAGES);
    expect(local.data.has(`dismissed:${page(MAX_DISMISSED_PAGES)}`)).toBe(false);
    expect(local.data.has(`dismissed:${page(0)}`)).toBe(true);
  });

  it('when storage is full, makes room from the oldest pages and saves', async () => {
    const probe = await withPages(200);
    const local = await withPages(200, { bytes: bytesOf(probe) + 40, bytesPerItem: 1_000_000, items: 10_000 });
    await expect(local.set({ 'dismissed:https://news.test/new': ['typo:9:a-longer-key-than-fits'] })).rejects.toThrow(/QUOTA/);
    await saveDismissedTo(local, 'https://news.test/new', ['typo:9:a-longer-key-than-fits'], NOW);
    expect(local.data.get('dismissed:https://news.test/new')).toEqual(['typo:9:a-longer-key-than-fits']);
    // The oldest went, the most recent stayed.
    expect(local.data.has(`dismissed:${page(200)}`)).toBe(false);
    expect(local.data.has(`dismissed:${page(1)}`)).toBe(true);
  });

  it('when nothing can make room, says so instead of pretending the dismissal was saved', async () => {
    const local = new FakeArea({ bytes: 10, bytesPerItem: 1_000_000, items: 10_000 });
    await expect(saveDismissedTo(local, page(1), ['typo:1:word'], NOW)).rejects.toBeInstanceOf(StorageWriteError);
    expect(local.data.size).toBe(0);
  });
});

describe('a sync round', () => {
  it('forgets expired dismissals (also those that came through sync, timed when first seen) and does not sync them', async () => {
    const local = await withPages(2);
    local.data.set(DISMISSAL_TIMES_KEY, { [page(1)]: NOW - DAY, [page(2)]: NOW - DISMISSAL_MAX_AGE_MS - DAY });
    local.data.set(`dismissed:${page(3)}`, ['from another browser']);
    const sync = new FakeArea();
    await syncOnce(local, sync, undefined, NOW);
    expect(local.data.has(`dismissed:${page(2)}`)).toBe(false);
    expect(sync.data.has(`dismissed:${page(2)}`)).toBe(false);
    expect(local.data.get(DISMISSAL_TIMES_KEY)).toEqual({ [page(1)]: NOW - DAY, [page(3)]: NOW });
    expect(sync.data.has(`dismissed:${page(1)}`)).toBe(true);
    expect(sync.data.has(DISMISSAL_TIMES_KEY)).toBe(false);
  });
});
