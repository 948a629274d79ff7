// Dismissals over time: when each page's were made, which are forgotten (expired, or the least
// recent beyond the cap, or to make room when storage is full). Storage I/O on a StorageAreaLike,
// so the page session, the sync rounds and the tests share it.
import { DISMISSAL_TIMES_KEY, DISMISSED_PREFIX, dismissedStorageKey, expiredDismissals } from './settings.ts';
import { reasonOf, StorageWriteError, type StorageAreaLike } from './storage-area.ts';

/** When storage is full, this share of the pages kept (the least recently dismissed) makes room: 10 → a tenth. */
const ROOM_SHARE = 10;

const readTimes = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};

/**
 * Forgets the dismissals expiredDismissals names among `keys` (all of them, or those with a time),
 * and their times; gives a page without a time (it came through sync) `now`. Returns how many
 * pages were forgotten.
 */
export async function forgetExpiredDismissals(
  local: StorageAreaLike,
  keys: readonly string[],
  storedTimes: unknown,
  now: number,
  keep?: string,
  room = 0,
): Promise<number> {
  const times = readTimes(storedTimes);
  const expired = expiredDismissals(keys, times, now, keep, room);
  if (expired.length > 0) await local.remove(expired);
  const forgotten = new Set(expired.map((key) => key.slice(DISMISSED_PREFIX.length)));
  const pages = new Set(keys.map((key) => key.slice(DISMISSED_PREFIX.length)));
  const next: Record<string, unknown> = {};
  for (const [page, time] of Object.entries(times)) if (!forgotten.has(page)) next[page] = time;
  for (const page of pages) if (!forgotten.has(page) && typeof next[page] !== 'number') next[page] = now;
  if (JSON.stringify(next) !== JSON.stringify(times)) await local.set({ [DISMISSAL_TIMES_KEY]: next });
  return expired.length;
}

/**
 * Stores the page's dismissals and when they were made, forgetting expired pages' (among those
 * with a time: reading every key here would cost the page's main thread). When storage is full,
 * the least recently dismissed pages (a tenth of those kept, see ROOM_SHARE) make room and the write is tried
 * once more; if it still fails, a StorageWriteError, so the reader is told and the finding stays.
 */
export async function saveDismissedTo(local: StorageAreaLike, url: string, keys: Iterable<string>, now: number): Promise<void> {
  const list = [...new Set(keys)];
  const key = dismissedStorageKey(url);
  const page = key.slice(DISMISSED_PREFIX.length);
  const stored = (await local.get(DISMISSAL_TIMES_KEY))[DISMISSAL_TIMES_KEY];
  const timed = Object.keys(readTimes(stored)).map((name) => DISMISSED_PREFIX + name);
  if (list.length === 0) {
    const times = readTimes(stored);
    delete times[page];
    await local.remove(key);
    await local.set({ [DISMISSAL_TIMES_KEY]: times });
    return;
  }
  const write = async (): Promise<void> => {
    const times = readTimes((await local.get(DISMISSAL_TIMES_KEY))[DISMISSAL_TIMES_KEY]);
    await local.set({ [key]: list, [DISMISSAL_TIMES_KEY]: { ...times, [page]: now } });
  };
  try {
    await write();
  } catch (error) {
    const freed = await forgetExpiredDismissals(local, timed, stored, now, key, Math.ceil(timed.length / ROOM_SHARE)).catch(() => 0);
    if (freed === 0) throw new StorageWriteError(`The browser’s storage for Copydesk is full (${reasonOf(error)}).`);
    try {
      await write();
    } catch (retryError) {
      throw new StorageWriteError(`The browser’s storage for Copydesk is full (${reasonOf(retryError)}).`);
    }
    return;
  }
  await forgetExpiredDismissals(local, [...new Set([...timed, key])], { ...readTimes(stored), [page]: now }, now, key);
}
