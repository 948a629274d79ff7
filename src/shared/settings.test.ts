import { describe, expect, it } from 'vitest';
import { MAX_USER_WORDS as PROTOCOL_MAX_USER_WORDS } from './protocol.ts';
import {
  allowsCheck,
  DEFAULT_SETTINGS,
  DISMISSAL_MAX_AGE_MS,
  dismissalPage,
  dismissedStorageKey,
  expiredDismissals,
  limitDictionary,
  MAX_DISMISSED_PAGES,
  MAX_USER_WORDS,
  migrate,
  normalizeSite,
  MAX_IMPORT_BYTES,
  pageKey,
  parseDictionaryFile,
  readSettings,
  SCHEMA_VERSION,
  siteMatches,
  upgrade,
  type StoredLayout,
} from './settings.ts';

/**
 * storage.local exactly as version 1 (the first release, 0.1.0) left it, frozen here: later
 * versions must keep reading it. Never edit it; a new layout adds its own fixture beside it.
 */
const RELEASED_V1: StoredLayout = Object.freeze(
  JSON.parse(`{
  "schemaVersion": 1,
  "settings": {
    "disabledRules": ["name-variant"],
    "autoCheck": false,
    "neverRunSites": ["example.com", "news.example.org"],
    "sidebarCollapsed": true
  },
  "userWords": ["crewmembers", "halyna", "houtchins"],
  "dismissed:https://news.example.org/2024/05/story?id=7": ["typo:1520:Houtchins", "repeated-word:88:the the"]
}`),
);

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

describe('migrating from the first released layout', () => {
  it('reads version 1 as stored by 0.1.0 into the current shape, losing nothing', () => {
    const { data, repaired } = migrate(structuredClone(RELEASED_V1));
    expect(data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(data.settings).toEqual(RELEASED_V1.settings);
    expect(data.userWords).toEqual(RELEASED_V1.userWords);
    expect(repaired).toEqual([]);
  });

  it('keys version 1’s dismissals by origin and path: the query (ids, tokens) is dropped from storage', () => {
    const { write, remove } = migrate(structuredClone(RELEASED_V1));
    expect(write).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      'dismissed:https://news.example.org/2024/05/story': ['typo:1520:Houtchins', 'repeated-word:88:the the'],
    });
    expect(remove).toEqual(['dismissed:https://news.example.org/2024/05/story?id=7']);
    expect(JSON.stringify(write)).not.toContain('id=7');
  });

  it('merges the dismissals of addresses that differ only in their query', () => {
    const { write, remove } = migrate({
      schemaVersion: 1,
      'dismissed:https://a.test/story?session=1': ['k1', 'k2'],
      'dismissed:https://a.test/story?session=2': ['k2', 'k3'],
      'dismissed:https://a.test/story': ['k4'],
    });
    expect([...(write?.['dismissed:https://a.test/story'] as string[])].sort()).toEqual(['k1', 'k2', 'k3', 'k4']);
    expect(remove.sort()).toEqual(['dismissed:https://a.test/story?session=1', 'dismissed:https://a.test/story?session=2']);
  });

  it('touches no dismissal once the layout is current', () => {
    const current = { schemaVersion: SCHEMA_VERSION, settings: DEFAULT_SETTINGS, userWords: [], 'dismissed:https://a.test/x': ['k'] };
    expect(migrate(current)).toMatchObject({ write: null, remove: [] });
  });
});

describe('dismissal pages', () => {
  it('are origin and path: no query string, no fragment', () => {
    expect(dismissalPage('https://a.test/news/1?token=secret&utm_source=x#comments')).toBe('https://a.test/news/1');
    expect(dismissedStorageKey('https://a.test/news/1?sid=42')).toBe('dismissed:https://a.test/news/1');
    expect(dismissalPage('https://a.test/news/1')).not.toBe(dismissalPage('https://a.test/news/2'));
    expect(dismissalPage('http://a.test/news/1')).not.toBe(dismissalPage('https://a.test/news/1'));
  });
});

describe('expiredDismissals', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const now = 1_000 * DAY;
  const key = (n: number) => `dismissed:https://a.test/${n}`;
  const times = (entries: [number, number][]) => Object.fromEntries(entries.map(([n, t]) => [`https://a.test/${n}`, t]));

  it('forgets a page whose last dismissal is older than the maximum age, keeps a recent one', () => {
    const old = now - DISMISSAL_MAX_AGE_MS - DAY;
    expect(
      expiredDismissals(
        [key(1), key(2)],
        times([
          [1, old],
          [2, now - DAY],
        ]),
        now,
      ),
    ).toEqual([key(1)]);
  });

  it('keeps the most recently dismissed pages up to the cap, and never the page being saved', () => {
    const keys = Array.from({ length: MAX_DISMISSED_PAGES + 2 }, (_, i) => key(i));
    const when = times(keys.map((_, i) => [i, now - (keys.length - i) * 1000]));
    expect(expiredDismissals(keys, when, now)).toEqual([key(0), key(1)]);
    expect(expiredDismissals(keys, when, now, key(0))).toEqual([key(1), key(2)]);
  });

  it('makes extra room when asked, oldest first', () => {
    const when = times([
      [1, now - 3000],
      [2, now - 2000],
      [3, now - 1000],
    ]);
    expect(expiredDismissals([key(3), key(1), key(2)], when, now, undefined, 2)).toEqual([key(1), key(2)]);
  });

  it('counts a page without a time (it came through sync) or with a damaged one as dismissed now', () => {
    expect(expiredDismissals([key(1), key(2)], { 'https://a.test/2': 'yesterday' }, now)).toEqual([]);
    expect(expiredDismissals([key(1)], null, now)).toEqual([]);
  });
});

describe('the personal dictionary’s limit', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i.toString(36)}`);

  it('takes a dictionary of exactly the limit', () => {
    expect(limitDictionary(words(MAX_USER_WORDS))).toMatchObject({ ok: true });
  });

  it('refuses one word more, saying how many and how many to remove', () => {
    const limited = limitDictionary(words(MAX_USER_WORDS + 5));
    expect(limited.ok).toBe(false);
    if (!limited.ok) expect(limited.error).toBe('That makes 100,005 words, and the personal dictionary holds at most 100,000: remove 5 first.');
  });

  it('refuses an import file over the limit', () => {
    const file = new TextEncoder().encode(words(MAX_USER_WORDS + 1).join('\n'));
    expect(parseDictionaryFile(file)).toMatchObject({ ok: false });
  });

  it('is the limit analysis requests are validated against', () => {
    expect(PROTOCOL_MAX_USER_WORDS).toBe(MAX_USER_WORDS);
  });

  it('uses a stored dictionary over the limit up to it, and keeps it whole in storage', () => {
    const stored = { schemaVersion: SCHEMA_VERSION, settings: DEFAULT_SETTINGS, userWords: words(MAX_USER_WORDS + 3).sort() };
    const { data, write } = migrate(stored);
    expect(data.userWords).toHaveLength(MAX_USER_WORDS);
    expect(write).toBeNull();
  });
});

describe('the migration chain', () => {
  const chain = [
    (stored: StoredLayout) => ({ ...stored, trail: ['0→1'] }),
    (stored: StoredLayout) => ({ ...stored, trail: [...(stored.trail as string[]), '1→2'] }),
    (stored: StoredLayout) => ({ ...stored, trail: [...((stored.trail as string[] | undefined) ?? []), '2→3'] }),
  ];

  it.each([
    [0, ['0→1', '1→2', '2→3']],
    [1, ['1→2', '2→3']],
    [2, ['2→3']],
  ])('runs every step after version %i, in order', (version, trail) => {
    const stored = version === 0 ? {} : { schemaVersion: version, ...(version === 2 ? {} : { trail: [] }) };
    const upgraded = upgrade(stored, chain);
    expect(upgraded.schemaVersion).toBe(3);
    expect((upgraded.trail as string[]).slice(-trail.length)).toEqual(trail);
    expect(upgraded.trail).toHaveLength(trail.length);
  });

  it('leaves a layout from a newer version as it is', () => {
    expect(upgrade({ schemaVersion: 7, x: 1 }, chain)).toEqual({ schemaVersion: 7, x: 1 });
  });
});

describe('damaged stored values', () => {
  const good = RELEASED_V1.settings as Record<string, unknown>;

  it('resets only the damaged field of the settings and names it', () => {
    const { settings, damaged } = readSettings({ ...good, autoCheck: 'no' });
    expect(damaged).toEqual(['settings.autoCheck']);
    expect(settings).toEqual({ ...good, autoCheck: DEFAULT_SETTINGS.autoCheck });
  });

  it('treats a missing field as damage, and absent settings (a first run) as none', () => {
    const { neverRunSites: _dropped, ...withoutSites } = good;
    expect(readSettings(withoutSites)).toEqual({ settings: { ...good, neverRunSites: [] }, damaged: ['settings.neverRunSites'] });
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, damaged: [] });
  });

  it.each([
    ['unparseable JSON text', '{"autoCheck": fal'],
    ['a number', 42],
    ['a list', [true]],
    ['null', null],
  ])('resets settings that are %s as a whole', (_why, value) => {
    expect(readSettings(value)).toEqual({ settings: DEFAULT_SETTINGS, damaged: ['settings'] });
  });

  it('keeps the dictionary when only the settings are damaged, and the settings when only the dictionary is', () => {
    const settingsBroken = migrate({ ...structuredClone(RELEASED_V1), settings: 'garbage' });
    expect(settingsBroken.data.userWords).toEqual(RELEASED_V1.userWords);
    expect(settingsBroken.repaired).toEqual(['settings']);
    expect(settingsBroken.write).toMatchObject({ settings: DEFAULT_SETTINGS, userWords: RELEASED_V1.userWords });

    const wordsBroken = migrate({ ...structuredClone(RELEASED_V1), userWords: 'houtchins\nhalyna' });
    expect(wordsBroken.data.settings).toEqual(RELEASED_V1.settings);
    expect(wordsBroken.data.userWords).toEqual([]);
    expect(wordsBroken.repaired).toEqual(['userWords']);
  });

  it('drops the junk from a list but keeps its good entries', () => {
    const { data, repaired } = migrate({ ...structuredClone(RELEASED_V1), userWords: ['houtchins', null, 7, 'halyna'] });
    expect(data.userWords).toEqual(['halyna', 'houtchins']);
    expect(repaired).toEqual(['userWords']);
  });

  it('does not call a newer version’s fields damage', () => {
    expect(migrate({ schemaVersion: SCHEMA_VERSION + 1, settings: { autoCheck: 'ask' } }).repaired).toEqual([]);
  });
});

describe('parseDictionaryFile', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const refused = (input: Uint8Array): string => {
    const result = parseDictionaryFile(input);
    if (result.ok) throw new Error(`accepted ${result.words.join(', ')}`);
    return result.error;
  };

  it('reads one word per line, commas or spaces, de-duplicated and lower-cased', () => {
    expect(parseDictionaryFile(bytes('\uFEFFHoutchins\r\ncrewmembers, Halyna;halyna\n\n'))).toEqual({
      ok: true,
      words: ['crewmembers', 'halyna', 'houtchins'],
    });
  });

  it('reads what Export writes, with accents, apostrophes, hyphens and dots', () => {
    const exported = ['côte-d’ivoire', 'mcdonald’s', "o'neill", 'u.s.', 'zelenskyy'];
    expect(parseDictionaryFile(bytes(`${exported.join('\n')}\n`))).toEqual({ ok: true, words: exported });
  });

  it('refuses an empty file or one of blank lines', () => {
    expect(refused(bytes(''))).toMatch(/no words/);
    expect(refused(bytes(' \n\t\n'))).toMatch(/no words/);
  });

  it('refuses a binary file', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(refused(png)).toMatch(/binary|UTF-8/);
    expect(refused(bytes('word\u0000other'))).toMatch(/binary/);
    expect(refused(Uint8Array.from([0x77, 0xff, 0xfe, 0x6f]))).toMatch(/UTF-8/);
  });

  it('refuses a huge file without decoding it', () => {
    expect(refused(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61))).toMatch(/larger than/);
  });

  it.each([
    ['JSON', '{"words": ["houtchins"]}', 1],
    ['HTML', '<html><body>houtchins</body></html>', 1],
    ['a CSV with numbers only in a column', 'houtchins\n2024\n', 2],
    ['a run-on line', `houtchins\n${'x'.repeat(200)}`, 2],
  ])('refuses %s, naming the line', (_format, text, line) => {
    expect(refused(bytes(text))).toContain(`Line ${line} `);
  });
});

describe('allowsCheck', () => {
  const settings = (autoCheck: boolean, neverRunSites: string[] = []) => ({ ...DEFAULT_SETTINGS, autoCheck, neverRunSites });
  it.each([
    // settings, site, automatic, allowed
    [settings(true), 'news.example', true, true],
    [settings(true), 'news.example', false, true],
    [settings(false), 'news.example', true, false],
    [settings(false), 'news.example', false, true],
    [settings(true, ['example.com']), 'example.com', false, false],
    [settings(true, ['example.com']), 'www.example.com', true, false],
    [settings(true, ['example.com']), 'live.example.com', false, false],
    [settings(false, ['example.com']), 'example.com', true, false],
    [settings(true, ['example.com']), 'example.org', true, true],
    [settings(true, ['example.com']), 'notexample.com', false, true],
  ])('%o on %s, automatic %s: %s', (stored, site, automatic, allowed) => {
    expect(allowsCheck(stored, site, automatic)).toBe(allowed);
  });
});
