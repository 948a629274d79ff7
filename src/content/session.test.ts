// @vitest-environment jsdom
// The session against a fake painter, storage, engine and sidebar: what it paints, and how often.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleLanguage } from '../core/language.ts';
import type { Finding } from '../core/types.ts';
import { extractArticle } from '../extract/extract-article.ts';
import type { ExtractedArticle } from '../extract/types.ts';
import { DEFAULT_SETTINGS } from '../shared/settings.ts';
import type { SidebarProps } from '../sidebar/Sidebar.tsx';
import type { Painter, PlacedFinding } from './highlights.ts';

const fake = vi.hoisted(() => ({
  painter: null as unknown as Painter,
  sidebar: { props: null as SidebarProps | null },
  analysis: null as unknown,
  /** What the engine answers a re-analysis of the page already read. */
  engineReply: undefined as unknown,
}));

vi.mock('../shared/extension-api.ts', () => ({ browser: { runtime: { getURL: (path: string) => `moz-extension://copydesk/${path}` } } }));
vi.mock('../shared/messaging.ts', () => ({ sendToBackground: async () => undefined, sendToEngine: async () => fake.engineReply }));
vi.mock('../shared/storage.ts', () => ({
  loadSettings: async () => ({ ...DEFAULT_SETTINGS }),
  loadStoredData: async () => ({ schemaVersion: 2, settings: { ...DEFAULT_SETTINGS }, userWords: [] }),
  loadDismissed: async () => [],
  saveDismissed: async () => undefined,
  loadUserWords: async () => [],
  saveUserWords: async () => [],
  updateSettings: async () => ({ ...DEFAULT_SETTINGS }),
}));
vi.mock('./read-article.ts', () => ({ readAndAnalyze: async () => fake.analysis }));
vi.mock('./load-deferred.ts', () => ({
  loadDeferred: async () => ({
    mountSidebar: (doc: Document, props: SidebarProps) => {
      fake.sidebar.props = props;
      const host = doc.createElement('copydesk-sidebar');
      doc.documentElement.append(host);
      return { host, update: (next: SidebarProps) => (fake.sidebar.props = next), unmount: () => host.remove() };
    },
  }),
}));
vi.mock('./highlights.ts', async (original) => ({ ...(await original<typeof import('./highlights.ts')>()), createPainter: () => fake.painter }));

const { PageSession } = await import('./session.ts');

const WORDS = ['harbour', 'wall', 'council', 'residents', 'flooding', 'storm', 'engineers', 'budget', 'repairs', 'winter', 'mayor', 'vote'];
const ARTICLE = `<article><h1>The harbour wall</h1>${[1, 2, 3, 4]
  .map(
    (n) =>
      `<p>In part ${n}, the council met again to discuss the harbour wall, which has been failing for years; residents spoke about the flooding after each storm, engineers about the budget for repairs before winter, and the mayor called a vote.</p>`,
  )
  .join('')}</article>`;

/** One finding per word of WORDS, at its first place in the article: more than the list draws at first. */
function findingsIn({ article }: ExtractedArticle): Finding[] {
  return WORDS.map((word, i) => {
    const start = article.text.indexOf(` ${word}`) + 1;
    const span = { start, end: start + word.length };
    return {
      ruleId: i % 2 === 0 ? 'typo' : 'repeated-word',
      messageId: 'm',
      data: {},
      span,
      quote: { exact: word, prefix: '', suffix: '' },
      reason: `About ${word}.`,
      suggestions: [],
      related: [],
      url: '',
      key: `key-${word}`,
    };
  });
}

let painted: (readonly PlacedFinding[])[];
let selected: (string | null)[];

// jsdom lays nothing out: a jump to a finding has nowhere to scroll.
Element.prototype.scrollIntoView = () => {};
Range.prototype.getBoundingClientRect = () => new DOMRect();

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = ARTICLE;
  painted = [];
  selected = [];
  fake.painter = {
    paint: (placed) => painted.push(placed),
    mark: (kind, target) => {
      if (kind === 'selected') selected.push(target?.key ?? null);
    },
    keysAt: () => null,
    clear: () => {},
  };
  fake.sidebar.props = null;
  const extracted = extractArticle(document) as ExtractedArticle;
  fake.analysis = {
    extracted,
    reply: {
      findings: findingsIn(extracted),
      ruleIds: ['typo', 'repeated-word'],
      language: articleLanguage(extracted.article),
      engineMs: 0,
      errors: [],
      cutShort: [],
    },
  };
});

let session: InstanceType<typeof PageSession>;
afterEach(() => session.reset());

/** A checked page whose sidebar has drawn its whole list (the list grows a part per task). */
async function checkedPage(): Promise<SidebarProps> {
  session = new PageSession(document);
  expect(await session.check(true, true)).toBe(true);
  await vi.waitFor(() => expect(fake.sidebar.props?.listLimit).toBeGreaterThanOrEqual(WORDS.length));
  return fake.sidebar.props as SidebarProps;
}

describe('painting the page session', () => {
  it('paints the rule highlights once for the first check, whatever the sidebar draws after', async () => {
    const props = await checkedPage();
    expect(props.total).toBe(WORDS.length);
    expect(painted).toHaveLength(1);
    expect(painted[0]?.map((placed) => placed.range.toString())).toEqual(WORDS);
  });

  it('moves only the selected mark when the selection moves, and repaints nothing for a status message', async () => {
    const props = await checkedPage();
    session.move('next', true);
    session.move('next', true);
    props.onSelect('key-vote', false);
    props.onNotice('Report copied.');
    expect(painted).toHaveLength(1);
    expect(selected.slice(-3)).toEqual(['key-harbour', 'key-council', 'key-vote']);
    expect(fake.sidebar.props?.selectedKey).toBe('key-vote');
  });

  it('repaints once for a dismissal, without the dismissed finding, the selection moved on', async () => {
    const props = await checkedPage();
    props.onSelect('key-wall', false);
    props.onDismiss('key-wall');
    await vi.waitFor(() => expect(fake.sidebar.props?.total).toBe(WORDS.length - 1));
    expect(painted).toHaveLength(2);
    expect(painted[1]?.map((placed) => placed.key)).not.toContain('key-wall');
    // The list's order is by rule: the next after "wall" is the next repeated word.
    expect(fake.sidebar.props?.selectedKey).toBe('key-residents');
    expect(selected.at(-1)).toBe('key-residents');
  });

  it('tells the sidebar which rules a re-analysis of the same reading left out', async () => {
    await checkedPage();
    expect(fake.sidebar.props?.page.cutShort).toBeUndefined();
    fake.engineReply = { ...(fake.analysis as { reply: object }).reply, cutShort: ['typo'] };
    expect(await session.check(false)).toBe(true);
    await vi.waitFor(() => expect(fake.sidebar.props?.page.cutShort).toEqual(['typo']));
  });

  it('paints nothing while the highlights are hidden, and all of them again when shown', async () => {
    await checkedPage();
    session.setHighlightsVisible(false);
    session.setHighlightsVisible(false);
    session.setHighlightsVisible(true);
    expect(painted.map((placed) => placed.length)).toEqual([WORDS.length, 0, WORDS.length]);
  });
});
