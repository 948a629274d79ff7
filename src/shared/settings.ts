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
 */
import { RULE_IDS, type RuleId } from '../core/types.ts';

export const SCHEMA_VERSION = 1;

export interface Settings {
  /** Rules the reader switched off. Stored as the exceptions so new rules start on. */
  disabledRules: RuleId[];
  /** Check articles as they open; off means only when asked (popup or shortcut). */
  autoCheck: boolean;
  /** Host names where Copydesk never runs; "example.com" also covers its subdomains. */
  neverRunSites: string[];
  sidebarCollapsed: boolean;
}

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

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
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

/** Words from an imported text file: one per line or separated by white space or commas. */
export function parseWordList(text: string): string[] {
  return normalizeWords(text.split(/[\s,;]+/));
}

export function sanitizeSettings(value: unknown): Settings {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    disabledRules: [...new Set(stringList(raw.disabledRules).filter(isRuleId))],
    autoCheck: typeof raw.autoCheck === 'boolean' ? raw.autoCheck : DEFAULT_SETTINGS.autoCheck,
    neverRunSites: [...new Set(stringList(raw.neverRunSites).map(normalizeSite).filter((s) => s !== ''))],
    sidebarCollapsed:
      typeof raw.sidebarCollapsed === 'boolean' ? raw.sidebarCollapsed : DEFAULT_SETTINGS.sidebarCollapsed,
  };
}

/**
 * Reads whatever is stored into the current shape. `write` holds the keys to store back when
 * the stored layout was older or damaged; a layout from a newer version is read as well as
 * it can be and never written over (the newer extension may come back after a downgrade).
 */
export function migrate(stored: Record<string, unknown>): { data: StoredData; write: Record<string, unknown> | null } {
  const version = typeof stored.schemaVersion === 'number' ? stored.schemaVersion : 0;
  const data: StoredData = {
    schemaVersion: Math.max(version, SCHEMA_VERSION),
    settings: sanitizeSettings(stored.settings),
    userWords: normalizeWords(stringList(stored.userWords)),
  };
  if (version > SCHEMA_VERSION) return { data, write: null };
  const write = { schemaVersion: SCHEMA_VERSION, settings: data.settings, userWords: data.userWords };
  const unchanged =
    version === SCHEMA_VERSION &&
    JSON.stringify(stored.settings) === JSON.stringify(write.settings) &&
    JSON.stringify(stored.userWords) === JSON.stringify(write.userWords);
  return { data, write: unchanged ? null : write };
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
