/**
 * What Copydesk keeps in `storage.local`, and how older layouts are read. Pure: the functions
 * here take and return plain objects; `storage.ts` does the I/O.
 *
 * Layout (schema version 2):
 *   schemaVersion:  2
 *   settings:       Settings
 *   userWords:      string[]                 the personal dictionary, lower-cased, sorted
 *   "dismissed:<origin + path>": string[]    finding keys the reader dismissed on that page
 *   dismissalTimes: { [origin + path]: ms }  when the reader last dismissed something there
 * Dismissals get a key per page so that one write never rewrites every page's list. A page is
 * named by its origin and path only: a query string carries session ids, tokens and tracking,
 * which must not be kept or synced. They expire (DISMISSAL_MAX_AGE_MS after the last one on the
 * page) and only the most recent MAX_DISMISSED_PAGES pages are kept; dismissalTimes stays local.
 * Version 1 keyed dismissals by origin + path + query.
 * Beside them, the keys of `storage-notices.ts` (what was repaired, how sync went) and of
 * `storage-sync.ts` (the last synced copy) hold no user data of their own.
 */
import type { RuleId } from '../core/types.ts';
import { RULE_IDS } from '../rules/metas.ts';

export type StoredLayout = Record<string, unknown>;

/**
 * MIGRATIONS[v] turns a layout of version v into one of version v + 1; a store is carried up
 * the chain from whichever version wrote it, so every layout ever released stays readable
 * after any number of updates. A new layout adds one step here and nothing else.
 */
export const MIGRATIONS: readonly ((stored: StoredLayout) => StoredLayout)[] = [
  // 0 → 1: a store from before versioning (or a first run's empty one) already had these keys.
  (stored) => stored,
  // 1 → 2: dismissals keyed by origin + path, the query and fragment dropped; the lists of the
  // addresses that now name one page are merged.
  (stored) => {
    const layout: StoredLayout = {};
    for (const [key, value] of Object.entries(stored)) {
      if (!key.startsWith(DISMISSED_PREFIX)) layout[key] = value;
    }
    for (const [key, value] of Object.entries(stored)) {
      if (!key.startsWith(DISMISSED_PREFIX)) continue;
      const page = dismissalPageOfKey(key);
      const merged = readStringList(layout[page]).list;
      layout[page] = [...new Set([...merged, ...readStringList(value).list])];
    }
    return layout;
  },
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

/**
 * The personal dictionary's one limit: what an import may bring, what is stored and what an
 * analysis request may carry. Larger than any real word list a reader keeps.
 */
export const MAX_USER_WORDS = 100_000;

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
/** When the reader last dismissed something on each page (storage.local only, never synced). */
export const DISMISSAL_TIMES_KEY = 'dismissalTimes';
/** A page's dismissals are forgotten this long after the last one made there. */
export const DISMISSAL_MAX_AGE_MS = 180 * 24 * 60 * 60 * 1000;
/** The most pages whose dismissals are kept: the least recently dismissed go first. */
export const MAX_DISMISSED_PAGES = 1_000;

export const isRuleId = (value: unknown): value is RuleId => typeof value === 'string' && (RULE_IDS as readonly string[]).includes(value);

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
  return site
    .replace(/^\*\./, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
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
  return limitDictionary(words);
}

/** The dictionary in its one form, or why it is too large to keep (see MAX_USER_WORDS). */
export function limitDictionary(words: Iterable<string>): DictionaryImport {
  const clean = normalizeWords(words);
  if (clean.length <= MAX_USER_WORDS) return { ok: true, words: clean };
  const count = (n: number) => n.toLocaleString('en-US');
  return {
    ok: false,
    error: `That makes ${count(clean.length)} words, and the personal dictionary holds at most ${count(MAX_USER_WORDS)}: remove ${count(clean.length - MAX_USER_WORDS)} first.`,
  };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

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
    neverRunSites: [
      ...new Set(
        list('neverRunSites')
          .map(normalizeSite)
          .filter((s) => s !== ''),
      ),
    ],
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
  /** Keys to remove from storage: dismissals an older layout kept under another name. */
  remove: string[];
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
  const allWords = normalizeWords(words.list);
  const data: StoredData = {
    schemaVersion: layout.schemaVersion as number,
    settings: settings.settings,
    // A dictionary stored over the limit (before there was one) is used up to it and kept whole.
    userWords: allWords.length > MAX_USER_WORDS ? allWords.slice(0, MAX_USER_WORDS) : allWords,
  };
  if (version > SCHEMA_VERSION) return { data, write: null, remove: [], repaired: [] };
  const repaired = [...settings.damaged, ...(words.damaged ? ['userWords'] : [])];
  const dismissals = Object.fromEntries(Object.entries(layout).filter(([key]) => key.startsWith(DISMISSED_PREFIX)));
  const remove = Object.keys(stored).filter((key) => key.startsWith(DISMISSED_PREFIX) && !(key in dismissals));
  const write = {
    schemaVersion: SCHEMA_VERSION,
    settings: data.settings,
    userWords: allWords,
    ...(version < SCHEMA_VERSION ? dismissals : {}),
  };
  const unchanged =
    version === SCHEMA_VERSION &&
    JSON.stringify(stored.settings) === JSON.stringify(write.settings) &&
    JSON.stringify(stored.userWords) === JSON.stringify(write.userWords);
  return { data, write: unchanged ? null : write, remove, repaired };
}

/** True if `hostname` is one of `sites` or a subdomain of one. */
export function siteMatches(hostname: string, sites: readonly string[]): boolean {
  const host = normalizeSite(hostname);
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}

/**
 * Whether Copydesk may check a page on `site`: never on the never-run list, not even when the
 * reader asks; an `automatic` check (the page just opened, nobody asked) only with autoCheck on.
 * The page decides, before it reads anything.
 */
export function allowsCheck(settings: Settings, site: string, automatic: boolean): boolean {
  return !siteMatches(site, settings.neverRunSites) && (!automatic || settings.autoCheck);
}

/**
 * What client-side navigation is compared by: origin, path and query, without the fragment (an
 * in-page anchor is the same article). Dismissals are kept by `dismissalPage`.
 */
export function pageKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}${parsed.search}`;
}

/**
 * The page a dismissal belongs to: origin and path. Not the query string, which carries session
 * ids, tokens and tracking (and is never stored or synced), nor the fragment (an in-page anchor).
 */
export function dismissalPage(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

export function dismissedStorageKey(url: string): string {
  return `${DISMISSED_PREFIX}${dismissalPage(url)}`;
}

/** A stored dismissal key of any version under its current name (one that is not an address stays as it is). */
export function dismissalPageOfKey(key: string): string {
  try {
    return dismissedStorageKey(key.slice(DISMISSED_PREFIX.length));
  } catch {
    return key;
  }
}

/**
 * The dismissal keys to forget at `now`: pages whose last dismissal is older than
 * DISMISSAL_MAX_AGE_MS, then the least recently dismissed beyond MAX_DISMISSED_PAGES, and
 * `room` more of the least recent (to make space when storage is full). `keys` are the stored "dismissed:" keys;
 * `times` the stored DISMISSAL_TIMES_KEY value. A page with no time (it came from another
 * browser through sync) counts as dismissed now. `keep` is never forgotten.
 */
export function expiredDismissals(keys: readonly string[], times: unknown, now: number, keep?: string, room = 0): string[] {
  const known = isPlainObject(times) ? times : {};
  const when = (key: string): number => {
    const time = known[key.slice(DISMISSED_PREFIX.length)];
    return typeof time === 'number' && Number.isFinite(time) && time <= now ? time : now;
  };
  const candidates = keys.filter((key) => key !== keep);
  const expired = candidates.filter((key) => now - when(key) > DISMISSAL_MAX_AGE_MS);
  const alive = candidates.filter((key) => now - when(key) <= DISMISSAL_MAX_AGE_MS).sort((a, b) => when(a) - when(b));
  const limit = MAX_DISMISSED_PAGES - (keep === undefined ? 0 : 1);
  const excess = Math.max(0, alive.length - limit) + room;
  return [...expired, ...alive.slice(0, excess)];
}
