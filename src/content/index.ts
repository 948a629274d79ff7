/**
 * The content script, injected into every http(s) page at document_end (see whenArticleDomIsThere
 * for when it starts checking). It first decides whether the page is an article Copydesk should
 * check; on a page that is not one, opts out or is on the never-run list it adds nothing to the
 * page and loads nothing more: it only answers the popup and watches for client-side navigation.
 * On an article the page session has the engine analyse it, paints the highlights, and only then
 * loads the sidebar (content-deferred.js, a module).
 */
import { findArticleRoot, loadingFrames } from '../extract/article-root.ts';
import { mayHoldArticle } from '../extract/looks-like-article.ts';
import { listenInContent } from '../shared/messaging.ts';
import type { PageStatus } from '../shared/protocol.ts';
import { allowsCheck, sanitizeSettings } from '../shared/settings.ts';
import { loadSettings } from '../shared/storage.ts';
import { pageOptedOut, signalMark, signalMeasure, watchStorage } from './page-signals.ts';
import { PageSession } from './session.ts';
import { watchUrl, whenSettled } from './url-watch.ts';

// Marks on the page's performance timeline (shared with the page), only on a page that asked for
// them (tests and benchmarks): when the content script started, and when it finished with the page
// whatever it decided.
signalMark(document, 'copydesk:start');

let session: PageSession | null = null;
let navigation = new AbortController();

/** The page session, made on first need: an article to check, or the reader asked. */
function pageSession(): PageSession {
  if (!session) {
    session = new PageSession(document);
    // Only a page with a session cares what the reader changes elsewhere (and a page without one
    // does not pay for the storage API's first use).
    watchStorage(
      (settings) => {
        const changed = session ? session.settingsChanged(sanitizeSettings(settings)).then(() => session?.active ?? false) : Promise.resolve(false);
        // Switched back on for this site: check it as if it had just opened.
        changed.then(async (active) => (active ? undefined : autoCheck(navigation.signal))).catch(ignoreAbort);
      },
      () => void session?.dictionaryChanged().catch(ignoreAbort),
    );
  }
  return session;
}

/** What the popup shows for a page no session has been loaded for: nothing checked, nothing shown. */
async function gateStatus(): Promise<PageStatus> {
  const settings = await loadSettings();
  const site = location.hostname;
  return {
    state: pageOptedOut(document) ? 'opted-out' : 'idle',
    count: 0,
    site,
    siteEnabled: allowsCheck(settings, site, false),
    highlightsVisible: true,
    sidebarCollapsed: settings.sidebarCollapsed,
  };
}

/** How long a page without an article waits for its same-origin frames to load. */
const FRAME_WAIT_MS = 5_000;

/** Resolves true once every frame has loaded, false if that takes too long or the page navigates. */
function framesLoaded(frames: HTMLIFrameElement[], signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    let waiting = frames.length;
    const timer = setTimeout(() => resolve(false), FRAME_WAIT_MS);
    signal.addEventListener('abort', () => resolve(false), { once: true });
    for (const frame of frames) {
      frame.addEventListener(
        'load',
        () => {
          if (--waiting > 0) return;
          clearTimeout(timer);
          resolve(true);
        },
        { once: true },
      );
    }
  });
}

/**
 * How long the first check waits, once the DOM is there, for an idle slot of the main thread (the
 * page's own first style, layout and paint go first). Chromium's document_idle is this moment — at
 * most 200 ms after DOMContentLoaded; Firefox's is the load event, which on a news page waits for
 * every ad, tracker and embed, seconds after the article is there. So the script is injected at
 * document_end in both and waits here, whatever the page's subresources are doing.
 */
const IDLE_WAIT_MS = 200;

/** Resolves once the page's DOM is parsed (DOMContentLoaded) and the main thread has had an idle slot or IDLE_WAIT_MS passed. */
function whenArticleDomIsThere(doc: Document): Promise<void> {
  const idleSlot = (): Promise<void> =>
    new Promise((resolve) => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS });
      else setTimeout(resolve, 0);
    });
  if (doc.readyState !== 'loading') return idleSlot();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(idleSlot()), { once: true }));
}

/** Automatic checking: only articles, only where the reader allows it (the session reads that). */
async function autoCheck(signal: AbortSignal): Promise<void> {
  try {
    if (pageOptedOut(document)) return;
    const started = performance.now();
    // Most pages are ruled out before any of their elements is touched (see mayHoldArticle).
    const possible = mayHoldArticle(document);
    let article = possible && findArticleRoot(document) !== null;
    signalMeasure(document, 'copydesk:gate', started);
    if (!possible) return;
    // A page without an article of its own may be a shell showing one in a frame still loading.
    const frames = article ? [] : loadingFrames(document);
    if (frames.length > 0 && (await framesLoaded(frames, signal))) article = findArticleRoot(document) !== null;
    if (article && !signal.aborted) await pageSession().check(true, true);
  } finally {
    if (!signal.aborted) signalMark(document, 'copydesk:done');
  }
}

function ignoreAbort(error: unknown): void {
  if (!(error instanceof DOMException && error.name === 'AbortError')) console.warn('Copydesk:', error);
}

listenInContent({
  getStatus: async () => (session ? session.status() : gateStatus()),
  checkPage: async () => {
    const checked = pageSession();
    await checked.check(true);
    return checked.status();
  },
  setHighlightsVisible: async ({ visible }) => {
    const shown = pageSession();
    shown.setHighlightsVisible(visible);
    return shown.status();
  },
  toggleSidebar: async () => {
    if (!session) return gateStatus();
    await session.toggleSidebar();
    return session.status();
  },
});

watchUrl(window, () => {
  navigation.abort();
  navigation = new AbortController();
  const { signal } = navigation;
  session?.reset();
  whenSettled(document, signal)
    .then(() => autoCheck(signal))
    .catch(ignoreAbort);
});

const firstPage = navigation.signal;
whenArticleDomIsThere(document)
  .then(() => autoCheck(firstPage))
  .catch(ignoreAbort);
