/**
 * What Copydesk keeps in `storage.local`, and how older layouts are read. Pure: the functions
 * here take and return plain objects; `storage.ts` does the I/O.
 *
 * Layout (schema version 1):
 *   schemaVersion: 1
 *   settings:      Settings
 *   userWords:     string[]              the personal dictionary, lower-cased, sorted
 *   "dismissed:<page key>": string[]     finding keys the reader dismissed on that page
 * Dismissals get a key per page so that one write never rewrites every page's list.
 * Beside them, the keys of `storage-notices.ts` (what was repaired, how sync went) and of
 * `storage-sync.ts` (the last synced copy) hold no user data of their own.
 */
import { RULE_IDS, type RuleId } from '../core/types.ts';

export type StoredLayout = Record<string, unknown>;

/**
 * MIGRATIONS[v] turns a layout of version v into one of version v + 1; a store is carried up
 * the chain from whichever version wrote it, so every layout ever released stays readable
 * after any number of updates. A new layout adds one step here and nothing else.
 */
export const MIGRATIONS: readonly ((stored: StoredLayout) => StoredLayout)[] = [
  // 0 → 1: a store from before versioning (or a first run's empty one) already had these keys.
  (stored) => stored,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export interface Settings {
  /** Rules the reader switched off. Stored as the exceptions so new rules start on. */
  disabledRules: RuleId[];
  /** Check articles as they open; off means only when asked (popup or shortcut). */
  autoCheck: boolean;
  /** Host names where Copydesk never runs; "example.com" also covers its subdomains. */
  neverRunSites: string[];
  sidebarCollapsed: boolean;
}

/** The storage.local keys StoredData is read from. */
export const STORED_DATA_KEYS = ['schemaVersion', 'settings', 'userWords'] as const;

export interface StoredData {
  schemaVersion: number;
  settings: Settings;
  userWords: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  disabledRules: [],
  autoCheck: true,
  neverRunSites: [],
  sidebarCollapsed: false,
});

export const DISMISSED_PREFIX = 'dismissed:';

export const isRuleId = (value: unknown): value is RuleId =>
  typeof value === 'string' && (RULE_IDS as readonly string[]).includes(value);

/** A stored list of strings; `damaged` when it was not a list or held something else too. */
export function readStringList(value: unknown): { list: string[]; damaged: boolean } {
  if (value === undefined) return { list: [], damaged: false };
  if (!Array.isArray(value)) return { list: [], damaged: true };
  const list = value.filter((item): item is string => typeof item === 'string');
  return { list, damaged: list.length !== value.length };
}

/** A host name as typed by a person ("https://www.Example.com/x", "*.example.com") → "example.com". */
export function normalizeSite(input: string): string {
  let site = input.trim().toLowerCase();
  site = site.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#:].*$/, '');
  return site.replace(/^\*\./, '').replace(/^www\./, '').replace(/\.$/, '');
}

/** Lower-cased, trimmed, without duplicates or blanks, sorted: the dictionary's one form. */
export function normalizeWords(words: Iterable<string>): string[] {
  const set = new Set<string>();
  for (const word of words) {
    const clean = word.trim().toLowerCase();
    if (clean !== '' && !/\s/.test(clean)) set.add(clean);
  }
  return [...set].sort();
}

/** Larger than any real word list (the English dictionary itself is ~1 MB); bigger is a wrong file. */
export const MAX_IMPORT_BYTES = 1_000_000;
const MAX_WORD_LENGTH = 64;
/** A dictionary entry: letters with marks, digits, apostrophes, hyphens, dots ("U.S."), one letter at least. */
const WORD = /^(?=.*\p{L})[\p{L}\p{M}\p{N}'’.\-]+$/u;
/** Control characters a text file never holds (tab, line feed, form feed and carriage return aside). */
const BINARY = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

export type DictionaryImport = { ok: true; words: string[] } | { ok: false; error: string };

/**
 * The words of an imported dictionary file (one per line, or separated by white space, commas
 * or semicolons — what Export writes and what other spell-checkers' word lists look like), or
 * why the file is not one. All or nothing: a file with one bad entry is refused whole, since
 * it is far more likely the wrong file than a list with a typo.
 */
export function parseDictionaryFile(bytes: Uint8Array): DictionaryImport {
  if (bytes.length > MAX_IMPORT_BYTES) {
    return { ok: false, error: `The file is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB: that is not a word list.` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, error: 'The file is not UTF-8 text: choose a plain-text word list.' };
  }
  if (BINARY.test(text)) return { ok: false, error: 'The file is binary, not text: choose a plain-text word list.' };
  const lines = text.split(/\r\n|\r|\n/);
  const words: string[] = [];
  for (const [index, line] of lines.entries()) {
    for (const entry of line.split(/[\s,;]+/)) {
      if (entry === '') continue;
      if (entry.length > MAX_WORD_LENGTH || !WORD.test(entry)) {
        const shown = entry.length > 40 ? `${entry.slice(0, 40)}…` : entry;
        return { ok: false, error: `Line ${index + 1} holds “${shown}”, which is not a word: a dictionary file lists one word per line.` };
      }
      words.push(entry);
    }
  }
  if (words.length === 0) return { ok: false, error: 'The file holds no words.' };
  return { ok: true, words: normalizeWords(words) };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Stored settings in the current shape, and the names of the values that were damaged (wrong
 * type, unparseable, missing) and so reset to their defaults: a damaged field costs only
 * itself. Absent settings are a first run, not damage; unknown rule ids are dropped quietly
 * (a rule removed by an update is not the reader's loss).
 */
export function readSettings(value: unknown): { settings: Settings; damaged: string[] } {
  if (value === undefined) return { settings: { ...DEFAULT_SETTINGS }, damaged: [] };
  if (!isPlainObject(value)) return { settings: { ...DEFAULT_SETTINGS }, damaged: ['settings'] };
  const damaged: string[] = [];
  const list = (field: 'disabledRules' | 'neverRunSites'): string[] => {
    const { list: items, damaged: bad } = readStringList(value[field] ?? null);
    if (bad) damaged.push(`settings.${field}`);
    return items;
  };
  const flag = (field: 'autoCheck' | 'sidebarCollapsed'): boolean => {
    if (typeof value[field] === 'boolean') return value[field];
    damaged.push(`settings.${field}`);
    return DEFAULT_SETTINGS[field];
  };
  const settings: Settings = {
    disabledRules: [...new Set(list('disabledRules').filter(isRuleId))],
    autoCheck: flag('autoCheck'),
    neverRunSites: [...new Set(list('neverRunSites').map(normalizeSite).filter((s) => s !== ''))],
    sidebarCollapsed: flag('sidebarCollapsed'),
  };
  return { settings, damaged };
}

export const sanitizeSettings = (value: unknown): Settings => readSettings(value).settings;

function storedVersion(stored: StoredLayout): number {
  const version = stored.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}

/** Carries a stored layout up `migrations` from its own version to the newest. */
export function upgrade(stored: StoredLayout, migrations = MIGRATIONS): StoredLayout {
  let layout = stored;
  for (let version = storedVersion(stored); version < migrations.length; version++) {
    layout = (migrations[version] as (stored: StoredLayout) => StoredLayout)(layout);
  }
  return { ...layout, schemaVersion: Math.max(storedVersion(stored), migrations.length) };
}

export interface Migration {
  data: StoredData;
  /** Keys to store back when the layout was older or damaged; null when it is fine as it is. */
  write: Record<string, unknown> | null;
  /** Names of the stored values that were damaged and reset (see readSettings). */
  repaired: string[];
}

/**
 * Reads whatever is stored into the current shape. A layout from a newer version is read as
 * well as it can be and never written over (the newer extension may come back after a
 * downgrade), and what looks damaged there is only unknown to this version.
 */
export function migrate(stored: StoredLayout): Migration {
  const version = storedVersion(stored);
  const layout = upgrade(stored);
  const settings = readSettings(layout.settings);
  const words = readStringList(layout.userWords);
  const data: StoredData = {
    schemaVersion: layout.schemaVersion as number,
    settings: settings.settings,
    userWords: normalizeWords(words.list),
  };
  if (version > SCHEMA_VERSION) return { data, write: null, repaired: [] };
  const repaired = [...settings.damaged, ...(words.damaged ? ['userWords'] : [])];
  const write = { schemaVersion: SCHEMA_VERSION, settings: data.settings, userWords: data.userWords };
  const unchanged =
    version === SCHEMA_VERSION &&
    JSON.stringify(stored.settings) === JSON.stringify(write.settings) &&
    JSON.stringify(stored.userWords) === JSON.stringify(write.userWords);
  return { data, write: unchanged ? null : write, repaired };
}

/** True if `hostname` is one of `sites` or a subdomain of one. */
export function siteMatches(hostname: string, sites: readonly string[]): boolean {
  const host = normalizeSite(hostname);
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}

/**
 * The page a dismissal belongs to: origin, path and query, without the fragment (an in-page
 * anchor is the same article). Also what client-side navigation is compared by.
 */
export function pageKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}${parsed.search}`;
}

export function dismissedStorageKey(url: string): string {
  return `${DISMISSED_PREFIX}${pageKey(url)}`;
}
