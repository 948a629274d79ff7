import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  dismissedStorageKey,
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
const RELEASED_V1: StoredLayout = Object.freeze(JSON.parse(`{
  "schemaVersion": 1,
  "settings": {
    "disabledRules": ["name-variant"],
    "autoCheck": false,
    "neverRunSites": ["example.com", "news.example.org"],
    "sidebarCollapsed": true
  },
  "userWords": ["crewmembers", "halyna", "houtchins"],
  "dismissed:https://news.example.org/2024/05/story?id=7": ["typo:1520:Houtchins", "repeated-word:88:the the"]
}`));

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

  it('writes the current layout back only if the chain changed something, and never touches dismissals', () => {
    const { write } = migrate(structuredClone(RELEASED_V1));
    if (SCHEMA_VERSION === 1) expect(write).toBeNull();
    else expect(write).toMatchObject({ schemaVersion: SCHEMA_VERSION });
    expect(Object.keys(write ?? {}).some((key) => key.startsWith('dismissed:'))).toBe(false);
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
    const exported = ['côte-d’ivoire', 'mcdonald’s', 'o\'neill', 'u.s.', 'zelenskyy'];
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
