// The one place pages and the background read and write their data in browser.storage.local;
// every reader gets sanitised data, and a damaged value is reset alone and reported.
import { browser } from './extension-api.ts';
import {
  dismissedStorageKey,
  migrate,
  normalizeWords,
  readStringList,
  sanitizeSettings,
  STORED_DATA_KEYS,
  type Settings,
  type StoredData,
} from './settings.ts';
import { acknowledgeRepairs, loadStorageNotices, recordRepairs, type StorageNotices } from './storage-notices.ts';

export async function loadStoredData(): Promise<StoredData> {
  const local = browser.storage.local;
  const { data, write, repaired } = migrate(await local.get([...STORED_DATA_KEYS]));
  if (write) await local.set(write);
  await recordRepairs(local, repaired);
  return data;
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

export async function saveUserWords(words: Iterable<string>): Promise<string[]> {
  const clean = normalizeWords(words);
  await browser.storage.local.set({ userWords: clean });
  return clean;
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

export async function saveDismissed(url: string, keys: Iterable<string>): Promise<void> {
  const list = [...new Set(keys)];
  const key = dismissedStorageKey(url);
  if (list.length === 0) await browser.storage.local.remove(key);
  else await browser.storage.local.set({ [key]: list });
}

/** Damage found and reset, and how sync goes: for the options page and the popup. */
export async function loadNotices(): Promise<StorageNotices> {
  await loadStoredData(); // finds and records damage the pages would otherwise only paper over
  return loadStorageNotices(browser.storage.local);
}

export const dismissRepairNotice = (): Promise<void> => acknowledgeRepairs(browser.storage.local);
