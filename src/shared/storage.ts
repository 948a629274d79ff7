// The one place that touches browser.storage.local; every reader gets sanitised data.
import browser from 'webextension-polyfill';
import {
  dismissedStorageKey,
  migrate,
  normalizeWords,
  sanitizeSettings,
  type Settings,
  type StoredData,
} from './settings.ts';

export async function loadStoredData(): Promise<StoredData> {
  const { data, write } = migrate(await browser.storage.local.get(['schemaVersion', 'settings', 'userWords']));
  if (write) await browser.storage.local.set(write);
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
  const key = dismissedStorageKey(url);
  const value = (await browser.storage.local.get(key))[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export async function saveDismissed(url: string, keys: Iterable<string>): Promise<void> {
  const list = [...new Set(keys)];
  const key = dismissedStorageKey(url);
  if (list.length === 0) await browser.storage.local.remove(key);
  else await browser.storage.local.set({ [key]: list });
}
