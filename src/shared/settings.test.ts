import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  dismissedStorageKey,
  migrate,
  normalizeSite,
  pageKey,
  parseWordList,
  SCHEMA_VERSION,
  siteMatches,
} from './settings.ts';

describe('migrate', () => {
  it('fills an empty store (first run) with defaults and asks to write them', () => {
    const { data, write } = migrate({});
    expect(data).toEqual({ schemaVersion: SCHEMA_VERSION, settings: DEFAULT_SETTINGS, userWords: [] });
    expect(write).toEqual({ schemaVersion: SCHEMA_VERSION, settings: DEFAULT_SETTINGS, userWords: [] });
  });

  it('writes nothing when the store is already current and clean', () => {
    const stored = { schemaVersion: SCHEMA_VERSION, settings: { ...DEFAULT_SETTINGS, autoCheck: false }, userWords: ['baldwin'] };
    const { data, write } = migrate(stored);
    expect(write).toBeNull();
    expect(data.settings.autoCheck).toBe(false);
  });

  it('reads a store without a version and repairs damaged fields', () => {
    const { data, write } = migrate({
      settings: {
        disabledRules: ['typo', 'no-such-rule', 7, 'typo'],
        autoCheck: 'yes',
        neverRunSites: ['https://www.Example.com/path', '', 42],
        sidebarCollapsed: true,
      },
      userWords: ['Houtchins', ' houtchins ', 'two words', 3],
    });
    expect(data.settings).toEqual({
      disabledRules: ['typo'],
      autoCheck: true,
      neverRunSites: ['example.com'],
      sidebarCollapsed: true,
    });
    expect(data.userWords).toEqual(['houtchins']);
    expect(write).not.toBeNull();
  });

  it('never writes over a layout from a newer version', () => {
    const { data, write } = migrate({ schemaVersion: SCHEMA_VERSION + 1, settings: { autoCheck: false }, userWords: ['x'] });
    expect(write).toBeNull();
    expect(data.schemaVersion).toBe(SCHEMA_VERSION + 1);
    expect(data.settings.autoCheck).toBe(false);
  });
});

describe('sites', () => {
  it.each([
    ['example.com', 'example.com'],
    ['https://www.Example.com/news?id=1', 'example.com'],
    ['*.example.co.uk', 'example.co.uk'],
    ['localhost:8080', 'localhost'],
  ])('normalises %s to %s', (input, expected) => {
    expect(normalizeSite(input)).toBe(expected);
  });

  it('matches a site and its subdomains, not look-alikes', () => {
    expect(siteMatches('news.example.com', ['example.com'])).toBe(true);
    expect(siteMatches('www.example.com', ['example.com'])).toBe(true);
    expect(siteMatches('example.com', ['example.com'])).toBe(true);
    expect(siteMatches('notexample.com', ['example.com'])).toBe(false);
    expect(siteMatches('example.com.evil.net', ['example.com'])).toBe(false);
  });
});

describe('page keys', () => {
  it('ignore the fragment but keep path and query', () => {
    expect(pageKey('https://a.test/news/1?page=2#comments')).toBe('https://a.test/news/1?page=2');
    expect(pageKey('https://a.test/news/1')).not.toBe(pageKey('https://a.test/news/2'));
    expect(dismissedStorageKey('https://a.test/x#y')).toBe('dismissed:https://a.test/x');
  });
});

describe('parseWordList', () => {
  it('reads one word per line, commas or spaces, de-duplicated and lower-cased', () => {
    expect(parseWordList('Houtchins\r\ncrewmembers, Halyna;halyna\n\n')).toEqual(['crewmembers', 'halyna', 'houtchins']);
  });
});
