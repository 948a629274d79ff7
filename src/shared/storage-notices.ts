/**
 * What the reader must be told about their stored data, kept in `storage.local` so that the
 * options page and the popup show it whenever they open, whichever part found it:
 *   repairedValues: string[]   stored values found damaged and reset, until the reader says OK
 *   syncState:      SyncState  how the last sync went (written by storage-sync.ts)
 */
import { DISMISSED_PREFIX } from './settings.ts';
import type { StorageAreaLike } from './storage-area.ts';

export const REPAIRED_KEY = 'repairedValues';
export const SYNC_STATE_KEY = 'syncState';
/** storage-sync.ts's copy of what was last synced; here because a repair must forget it. */
export const SYNC_BASE_KEY = 'syncBase';

export type SyncState =
  | { status: 'synced' }
  /** Sync storage is full: `localOnly` dismissal pages, and maybe the dictionary, stay on this computer. */
  | { status: 'partial'; localOnlyPages: number; dictionaryLocalOnly: boolean }
  | { status: 'unavailable'; reason: string };

const VALUE_NAMES: Readonly<Record<string, string>> = {
  settings: 'all settings',
  'settings.disabledRules': 'the rules you switched off',
  'settings.autoCheck': 'the automatic checking setting',
  'settings.neverRunSites': 'the sites where Copydesk never runs',
  'settings.sidebarCollapsed': 'whether the sidebar starts collapsed',
  userWords: 'the personal dictionary',
};

function describeValue(name: string): string {
  if (name.startsWith(DISMISSED_PREFIX)) return `the dismissals on ${name.slice(DISMISSED_PREFIX.length)}`;
  return VALUE_NAMES[name] ?? name;
}

/**
 * Records values that were reset. It also forgets the last synced copy: measured against it,
 * an emptied value would read as "deleted here" and delete the synced copy too, whereas
 * without it the next sync merges both sides and brings back what the other browsers have.
 */
export async function recordRepairs(local: StorageAreaLike, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  const before = (await local.get(REPAIRED_KEY))[REPAIRED_KEY];
  const known = Array.isArray(before) ? before.filter((item): item is string => typeof item === 'string') : [];
  await local.set({ [REPAIRED_KEY]: [...new Set([...known, ...names])] });
  await local.remove(SYNC_BASE_KEY);
}

export async function acknowledgeRepairs(local: StorageAreaLike): Promise<void> {
  await local.remove(REPAIRED_KEY);
}

function isSyncState(value: unknown): value is SyncState {
  if (typeof value !== 'object' || value === null) return false;
  const status = (value as { status?: unknown }).status;
  return status === 'synced' || status === 'partial' || status === 'unavailable';
}

export interface StorageNotices {
  /** Shown until acknowledged: data was lost and reset. */
  repair: string | null;
  /** Shown while it holds: not everything reaches the reader's other browsers. */
  sync: string | null;
}

/** The sentences to show, from the stored notice keys (as `storage.local.get` returns them). */
export function storageNotices(stored: Record<string, unknown>): StorageNotices {
  const repaired = Array.isArray(stored[REPAIRED_KEY]) ? (stored[REPAIRED_KEY] as unknown[]).filter((item): item is string => typeof item === 'string') : [];
  const repair =
    repaired.length === 0
      ? null
      : `Some stored Copydesk data was damaged and has been reset to its default: ${repaired.map(describeValue).join('; ')}. Everything else was kept.`;
  const state = stored[SYNC_STATE_KEY];
  let sync: string | null = null;
  if (isSyncState(state) && state.status === 'partial') {
    const parts = [
      ...(state.dictionaryLocalOnly ? ['your personal dictionary'] : []),
      ...(state.localOnlyPages > 0 ? [`dismissals on ${state.localOnlyPages} page${state.localOnlyPages === 1 ? '' : 's'}`] : []),
    ];
    sync = `Sync is partial: the browser’s sync storage is full, so ${parts.join(' and ')} stay on this computer only. Nothing is lost here.`;
  } else if (isSyncState(state) && state.status === 'unavailable') {
    sync = `Your dictionary and dismissals are kept on this computer only: ${state.reason}`;
  }
  return { repair, sync };
}

export async function loadStorageNotices(local: StorageAreaLike): Promise<StorageNotices> {
  return storageNotices(await local.get([REPAIRED_KEY, SYNC_STATE_KEY]));
}
