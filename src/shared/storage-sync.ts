/**
 * Carries the personal dictionary and the dismissals to the reader's other browsers through
 * `storage.sync`, within its quotas. `storage.local` stays the source of truth: every reader
 * and writer uses it, and sync is a replica merged into it, so a browser without sync (or one
 * whose sync storage is full) loses nothing.
 *
 * Merging is three-way per collection (the dictionary, each page's dismissals) against the copy
 * last synced from this browser (`syncBase` in storage.local): what this browser added or
 * removed since then is applied to what sync holds now. So a word removed elsewhere goes away
 * here too, and a browser meeting sync for the first time keeps its words and gains the others'.
 *
 * Sync layout: "userWords" = number of shards, "userWords#<i>" = a shard of the sorted word list
 * (no item may exceed QUOTA_BYTES_PER_ITEM); "dismissed:<page key>" = that page's keys, as in
 * storage.local. When something does not fit, its previous synced value (or nothing) stays in
 * sync — a synced value is never dropped to make room, which would read as a deletion elsewhere.
 */
import { forgetExpiredDismissals } from './dismissal-store.ts';
import { DISMISSAL_TIMES_KEY, DISMISSED_PREFIX, normalizeWords, readStringList } from './settings.ts';
import { reasonOf, type StorageAreaLike } from './storage-area.ts';
import { SYNC_BASE_KEY, SYNC_STATE_KEY, type SyncState } from './storage-notices.ts';

/** chrome.storage.sync's limits; Firefox applies the same numbers. */
export interface SyncQuotas {
  bytes: number;
  bytesPerItem: number;
  items: number;
}
export const SYNC_QUOTAS: Readonly<SyncQuotas> = Object.freeze({ bytes: 102_400, bytesPerItem: 8_192, items: 512 });

const WORDS = 'userWords';
const SHARD = `${WORDS}#`;

type Items = Record<string, unknown>;
type Collections = Map<string, string[]>;

/** The storage.local keys that are synced. */
export const isSyncedKey = (key: string): boolean => key === WORDS || key.startsWith(DISMISSED_PREFIX);

const encoder = new TextEncoder();
/** As Chrome counts it (key plus JSON of the value), in UTF-8 bytes to be safe. */
const itemBytes = (key: string, value: unknown): number => encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;

const canonical = (name: string, list: Iterable<string>): string[] => (name === WORDS ? normalizeWords(list) : [...new Set(list)].sort());

const same = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean => (a ?? []).join('\n') === (b ?? []).join('\n');

/** A collection as sync items: the dictionary in shards that each fit one item. */
function encode(name: string, list: readonly string[], quotas: SyncQuotas): Items {
  if (list.length === 0) return {};
  if (name !== WORDS) return { [name]: [...list] };
  const shards: string[][] = [];
  let shard: string[] = [];
  // Per word: its JSON plus a comma; the shard's brackets and key are reserved once.
  let size = itemBytes(`${SHARD}${quotas.items}`, []);
  for (const word of list) {
    const cost = itemBytes('', word) + 1;
    if (shard.length > 0 && size + cost > quotas.bytesPerItem) {
      shards.push(shard);
      shard = [];
      size = itemBytes(`${SHARD}${quotas.items}`, []);
    }
    shard.push(word);
    size += cost;
  }
  shards.push(shard);
  return Object.fromEntries([[WORDS, shards.length], ...shards.map((words, i) => [`${SHARD}${i}`, words])]);
}

/**
 * Collections held in sync, and the names whose items are incomplete (another browser is half
 * way through writing them): those are left alone this round.
 */
function decode(items: Items): { collections: Collections; unsettled: Set<string> } {
  const collections: Collections = new Map();
  const unsettled = new Set<string>();
  for (const [key, value] of Object.entries(items)) {
    if (key.startsWith(DISMISSED_PREFIX)) {
      const { list, damaged } = readStringList(value);
      if (damaged) unsettled.add(key);
      else collections.set(key, canonical(key, list));
    }
  }
  if (WORDS in items) {
    const count = items[WORDS];
    const shards =
      typeof count === 'number' && Number.isInteger(count) && count >= 0 ? Array.from({ length: count }, (_, i) => items[`${SHARD}${i}`]) : [undefined];
    if (shards.every((shard) => Array.isArray(shard) && !readStringList(shard).damaged)) {
      collections.set(WORDS, canonical(WORDS, (shards as string[][]).flat()));
    } else unsettled.add(WORDS);
  }
  return { collections, unsettled };
}

/** The sync items that belong to collection `name`. */
const belongsTo = (name: string, key: string): boolean => key === name || (name === WORDS && key.startsWith(SHARD));

/** (remote ∪ added here) − removed here, where added/removed are measured against `base`. */
export function mergeThreeWay(local: readonly string[], remote: readonly string[], base: readonly string[]): string[] {
  const localSet = new Set(local);
  const baseSet = new Set(base);
  const merged = new Set(remote);
  for (const item of local) if (!baseSet.has(item)) merged.add(item);
  for (const item of base) if (!localSet.has(item)) merged.delete(item);
  return [...merged];
}

export interface SyncPlan {
  /** What sync should hold afterwards. */
  next: Items;
  /** Collections whose current value stays on this computer only. */
  localOnly: string[];
}

/**
 * What to store in sync for the `desired` collections, given what it holds now (`current`,
 * assumed within quotas). Collections already synced are placed first at the smaller of their
 * old and new size, then grown where room allows, then new ones are added (the dictionary
 * first, pages in key order) while they fit.
 */
export function planSync(current: Items, desired: Collections, quotas: SyncQuotas = SYNC_QUOTAS): SyncPlan {
  const { collections: synced, unsettled } = decode(current);
  const itemsOf = (name: string): Items => Object.fromEntries(Object.entries(current).filter(([key]) => belongsTo(name, key)));
  const footprint = (encoded: Items): { bytes: number; items: number } => ({
    bytes: Object.entries(encoded).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0),
    items: Object.keys(encoded).length,
  });
  const chosen = new Map<string, Items>();
  const used = { bytes: 0, items: 0 };
  const choose = (name: string, encoded: Items): void => {
    const before = chosen.get(name);
    if (before) {
      const { bytes, items } = footprint(before);
      used.bytes -= bytes;
      used.items -= items;
    }
    const { bytes, items } = footprint(encoded);
    used.bytes += bytes;
    used.items += items;
    chosen.set(name, encoded);
  };
  /** Whether `encoded` can replace collection `name`'s current choice within the quotas. */
  const fits = (name: string, encoded: Items): boolean => {
    if (Object.entries(encoded).some(([key, value]) => itemBytes(key, value) > quotas.bytesPerItem)) return false;
    const before = chosen.has(name) ? footprint(chosen.get(name) as Items) : { bytes: 0, items: 0 };
    const after = footprint(encoded);
    return used.bytes - before.bytes + after.bytes <= quotas.bytes && used.items - before.items + after.items <= quotas.items;
  };
  for (const name of unsettled) choose(name, itemsOf(name));

  const wanted = (name: string): Items => encode(name, desired.get(name) ?? [], quotas);
  const toGrow: string[] = [];
  for (const name of [...synced.keys()].sort()) {
    const old = footprint(itemsOf(name));
    const fresh = wanted(name);
    const grown = footprint(fresh);
    if (grown.bytes <= old.bytes && grown.items <= old.items) choose(name, fresh);
    else {
      choose(name, itemsOf(name));
      toGrow.push(name);
    }
  }
  for (const name of toGrow) {
    const fresh = wanted(name);
    if (fits(name, fresh)) choose(name, fresh);
  }
  const newcomers = [...desired.keys()]
    .filter((name) => !synced.has(name) && !unsettled.has(name) && (desired.get(name)?.length ?? 0) > 0)
    .sort((a, b) => (a === WORDS ? -1 : b === WORDS ? 1 : a < b ? -1 : a > b ? 1 : 0));
  for (const name of newcomers) {
    const fresh = wanted(name);
    if (fits(name, fresh)) choose(name, fresh);
  }

  const next: Items = Object.assign({}, ...chosen.values());
  const landed = decode(next).collections;
  const localOnly = [...desired.keys()].filter((name) => !unsettled.has(name) && !same(landed.get(name), desired.get(name)));
  return { next, localOnly };
}

function localCollections(stored: Items): Collections {
  const collections: Collections = new Map();
  for (const [key, value] of Object.entries(stored)) {
    if (isSyncedKey(key)) collections.set(key, canonical(key, readStringList(value).list));
  }
  return collections;
}

function readBase(value: unknown): Collections {
  const base: Collections = new Map();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return base;
  for (const [key, list] of Object.entries(value)) {
    if (isSyncedKey(key)) base.set(key, canonical(key, readStringList(list).list));
  }
  return base;
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

async function setIfChanged(area: StorageAreaLike, stored: Items, items: Items): Promise<void> {
  const changed = Object.fromEntries(Object.entries(items).filter(([key, value]) => !sameJson(stored[key], value)));
  if (Object.keys(changed).length > 0) await area.set(changed);
}

/** One round: merge sync into local, then write local's collections to sync as far as they fit. */
export async function syncOnce(
  local: StorageAreaLike,
  sync: StorageAreaLike | undefined,
  quotas: SyncQuotas = SYNC_QUOTAS,
  now = Date.now(),
): Promise<SyncState> {
  // Expired dismissals go first (here every key is read anyway), so they are not synced again
  // and their removal reaches the other browsers.
  const before = await local.get(null);
  const dismissalKeys = Object.keys(before).filter((key) => key.startsWith(DISMISSED_PREFIX));
  const forgotten = await forgetExpiredDismissals(local, dismissalKeys, before[DISMISSAL_TIMES_KEY], now);
  const stored = forgotten > 0 ? await local.get(null) : before;
  const recordState = async (state: SyncState): Promise<SyncState> => {
    await setIfChanged(local, stored, { [SYNC_STATE_KEY]: state });
    return state;
  };
  if (sync === undefined) return recordState({ status: 'unavailable', reason: 'this browser has no sync storage.' });
  let remoteItems: Items;
  try {
    remoteItems = await sync.get(null);
  } catch (error) {
    return recordState({ status: 'unavailable', reason: `sync storage cannot be read (${reasonOf(error)}).` });
  }

  const here = localCollections(stored);
  const base = readBase(stored[SYNC_BASE_KEY]);
  const { collections: remote, unsettled } = decode(remoteItems);
  const merged: Collections = new Map();
  for (const name of new Set([...here.keys(), ...remote.keys(), ...base.keys()])) {
    merged.set(
      name,
      unsettled.has(name) ? (here.get(name) ?? []) : canonical(name, mergeThreeWay(here.get(name) ?? [], remote.get(name) ?? [], base.get(name) ?? [])),
    );
  }

  // Apply the merge as a change to what local holds now, not as an overwrite of what was read:
  // a dismissal or a word saved by a page meanwhile survives.
  const changed = [...merged.keys()].filter((name) => !same(merged.get(name), here.get(name)));
  if (changed.length > 0) {
    const fresh = localCollections(await local.get(changed));
    const toSet: Items = {};
    const toRemove: string[] = [];
    for (const name of changed) {
      const was = here.get(name) ?? [];
      const now = canonical(name, mergeThreeWay(merged.get(name) ?? [], fresh.get(name) ?? [], was));
      merged.set(name, now);
      if (now.length === 0 && name !== WORDS) toRemove.push(name);
      else toSet[name] = now;
    }
    if (Object.keys(toSet).length > 0) await local.set(toSet);
    if (toRemove.length > 0) await local.remove(toRemove);
  }

  const { next, localOnly } = planSync(remoteItems, merged, quotas);
  try {
    await setIfChanged(sync, remoteItems, next);
    const stale = Object.keys(remoteItems).filter((key) => !(key in next));
    if (stale.length > 0) await sync.remove(stale);
  } catch (error) {
    return recordState({ status: 'unavailable', reason: `sync storage refused the update (${reasonOf(error)}).` });
  }
  const landed = decode(next).collections;
  await setIfChanged(local, stored, { [SYNC_BASE_KEY]: Object.fromEntries(landed) });
  if (localOnly.length === 0) return recordState({ status: 'synced' });
  return recordState({
    status: 'partial',
    localOnlyPages: localOnly.filter((name) => name !== WORDS).length,
    dictionaryLocalOnly: localOnly.includes(WORDS),
  });
}

interface StorageLike {
  local: StorageAreaLike;
  sync?: StorageAreaLike;
  onChanged: { addListener(listener: (changes: Record<string, unknown>, area: string) => void): void };
}

/**
 * In the background: sync now, and again whenever a synced value changes here or in sync.
 * Rounds run one at a time and changes during a round coalesce into one more; a round that
 * finds nothing to do writes nothing, so the changes a round makes end in a quiet round.
 */
export function keepInSync(storage: StorageLike, quotas: SyncQuotas = SYNC_QUOTAS): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  let queued = false;
  const schedule = (): void => {
    if (queued) return;
    queued = true;
    running = running
      .then(async () => {
        queued = false;
        await syncOnce(storage.local, storage.sync, quotas);
      })
      .catch((error: unknown) => console.warn('Copydesk sync failed:', error));
  };
  storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' || (area === 'local' && Object.keys(changes).some(isSyncedKey))) schedule();
  });
  schedule();
  return () => running;
}
