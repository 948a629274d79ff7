// The one place pages and the background read and write their data in browser.storage.local;
// every reader gets sanitised data, and a damaged value is reset alone and reported.
import { browser } from './extension-api.ts';
import {
  dismissedStorageKey,
  limitDictionary,
  migrate,
  readStringList,
  sanitizeSettings,
  SCHEMA_VERSION,
  STORED_DATA_KEYS,
  type Settings,
  type StoredData,
} from './settings.ts';
import { acknowledgeRepairs, loadStorageNotices, recordRepairs, type StorageNotices } from './storage-notices.ts';
import { saveDismissedTo } from './dismissal-store.ts';
import { reasonOf, StorageWriteError, type StorageAreaLike } from './storage-area.ts';

export function loadStoredData(): Promise<StoredData> {
  return loadStoredDataFrom(browser.storage.local);
}

/** The reader's data from `local`, migrated and sanitised; what needed it is written back (see writeUnlessChanged). */
export async function loadStoredDataFrom(local: StorageAreaLike): Promise<StoredData> {
  let read = await local.get([...STORED_DATA_KEYS]);
  // An older layout is migrated whole: its dismissals may be renamed too.
  if (read.schemaVersion !== SCHEMA_VERSION) read = await local.get(null);
  const { data, write, remove, repaired } = migrate(read);
  if (write) await writeUnlessChanged(local, read, write);
  if (remove.length > 0) await local.remove(remove);
  await recordRepairs(local, repaired);
  return data;
}

/**
 * Writes the keys of `write` that still hold what `read` found. On the first run the background
 * and the engine's host migrate at once: a setting the reader saved between one's read and its
 * write must not be overwritten with what that read made of the empty store.
 */
async function writeUnlessChanged(local: StorageAreaLike, read: Record<string, unknown>, write: Record<string, unknown>): Promise<void> {
  const now = await local.get(Object.keys(write));
  const unchanged = Object.entries(write).filter(([key]) => JSON.stringify(now[key]) === JSON.stringify(read[key]));
  if (unchanged.length > 0) await local.set(Object.fromEntries(unchanged));
}

export async function loadSettings(): Promise<Settings> {
  const { settings } = await browser.storage.local.get('settings');
  return sanitizeSettings(settings);
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await loadSettings()), ...change });
  await browser.storage.local.set({ settings: next });
  return next;
}

export async function loadUserWords(): Promise<string[]> {
  return (await loadStoredData()).userWords;
}

/** Saves the personal dictionary; a StorageWriteError when it is over MAX_USER_WORDS or storage refuses it. */
export async function saveUserWords(words: Iterable<string>): Promise<string[]> {
  const limited = limitDictionary(words);
  if (!limited.ok) throw new StorageWriteError(limited.error);
  try {
    await browser.storage.local.set({ userWords: limited.words });
  } catch (error) {
    throw new StorageWriteError(`The browser’s storage refused it (${reasonOf(error)}).`);
  }
  return limited.words;
}

export async function loadDismissed(url: string): Promise<string[]> {
  const local = browser.storage.local;
  const key = dismissedStorageKey(url);
  const { list, damaged } = readStringList((await local.get(key))[key]);
  if (damaged) {
    if (list.length === 0) await local.remove(key);
    else await local.set({ [key]: list });
    await recordRepairs(local, [key]);
  }
  return list;
}

export function saveDismissed(url: string, keys: Iterable<string>): Promise<void> {
  return saveDismissedTo(browser.storage.local, url, keys, Date.now());
}

/** Damage found and reset, and how sync goes: for the options page and the popup. */
export async function loadNotices(): Promise<StorageNotices> {
  await loadStoredData(); // finds and records damage the pages would otherwise only paper over
  return loadStorageNotices(browser.storage.local);
}

export const dismissRepairNotice = (): Promise<void> => acknowledgeRepairs(browser.storage.local);
