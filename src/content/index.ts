/**
 * The content script's gate, injected into every http(s) page at document_idle, so it is kept
 * small: it only decides whether the page is an article Copydesk should check. On a page that is
 * not one, opts out or is on the never-run list it adds nothing to the page and loads nothing
 * more: it only answers the popup and watches for client-side navigation. On an article it loads
 * the page session (content-main.js: extraction, painting, the sidebar) as a module.
 */
import { looksLikeArticle } from '../extract/looks-like-article.ts';
import { browser } from '../shared/extension-api.ts';
import { listenInContent } from '../shared/messaging.ts';
import type { PageStatus } from '../shared/protocol.ts';
import { sanitizeSettings, siteMatches } from '../shared/settings.ts';
import { loadSettings } from '../shared/storage.ts';
import { pageOptedOut, watchStorage } from './page-signals.ts';
import { requestAutomaticCheck } from './request-analysis.ts';
import type { PageSession } from './session.ts';
import { watchUrl, whenSettled } from './url-watch.ts';

// Marks on the page's performance timeline (shared with the page): when the content script
// started, and when it finished with the page whatever it decided. Benchmarks and tests wait on
// them; a page Copydesk leaves alone has no other sign.
performance.mark('copydesk:start');

/** Built from src/content/session.ts; listed in the manifest's web_accessible_resources. */
const SESSION_MODULE = 'content-main.js';

let sessionLoad: Promise<PageSession> | null = null;
let navigation = new AbortController();

/** The page session, loaded on first need: an article to check, or the reader asked. */
function pageSession(): Promise<PageSession> {
  if (!sessionLoad) {
    const started = performance.now();
    sessionLoad = (import(browser.runtime.getURL(SESSION_MODULE)) as Promise<typeof import('./session.ts')>).then(({ PageSession }) => {
      performance.measure('copydesk:load-session', { start: started });
      return new PageSession(document);
    });
  }
  return sessionLoad;
}

/** What the popup shows for a page no session has been loaded for: nothing checked, nothing shown. */
async function gateStatus(): Promise<PageStatus> {
  const settings = await loadSettings();
  const site = location.hostname;
  return {
    state: pageOptedOut(document) ? 'opted-out' : 'idle',
    count: 0,
    site,
    siteEnabled: !siteMatches(site, settings.neverRunSites),
    highlightsVisible: true,
    sidebarCollapsed: settings.sidebarCollapsed,
  };
}

/** Automatic checking: only articles, only where the reader allows it. */
async function autoCheck(signal: AbortSignal): Promise<void> {
  try {
    if (pageOptedOut(document) || !looksLikeArticle(document)) return;
    // The page goes to the background at once and the session's code loads meanwhile (loading
    // it changes nothing on the page). The background has the reader's settings and declines
    // a page they do not allow, so nothing here waits for storage. No idle wait either:
    // document_idle is already after the page's own start-up, and the heavy part (parsing,
    // Readability, the rules) runs in the background while the page stays responsive.
    const pending = requestAutomaticCheck(document);
    const session = pageSession();
    const analysis = await pending;
    if (signal.aborted || (analysis !== null && 'declined' in analysis)) return;
    const loaded = await session;
    if (signal.aborted) return;
    await loaded.check(true, Promise.resolve(analysis));
  } finally {
    if (!signal.aborted) performance.mark('copydesk:done');
  }
}

function ignoreAbort(error: unknown): void {
  if (!(error instanceof DOMException && error.name === 'AbortError')) console.warn('Copydesk:', error);
}

listenInContent({
  getStatus: async () => (sessionLoad ? (await sessionLoad).status() : gateStatus()),
  checkPage: async () => {
    const session = await pageSession();
    await session.loadSettings();
    await session.check(true);
    return session.status();
  },
  setHighlightsVisible: async ({ visible }) => {
    const session = await pageSession();
    session.setHighlightsVisible(visible);
    return session.status();
  },
  toggleSidebar: async () => {
    if (!sessionLoad) return gateStatus();
    const session = await sessionLoad;
    await session.toggleSidebar();
    return session.status();
  },
});

watchStorage(
  (settings) => {
    const changed = sessionLoad ? sessionLoad.then((session) => session.settingsChanged(sanitizeSettings(settings)).then(() => session.active)) : Promise.resolve(false);
    // Switched back on for this site: check it as if it had just opened.
    changed.then(async (active) => (active ? undefined : autoCheck(navigation.signal))).catch(ignoreAbort);
  },
  () => void sessionLoad?.then((session) => session.dictionaryChanged()).catch(ignoreAbort),
);

watchUrl(window, () => {
  navigation.abort();
  navigation = new AbortController();
  const { signal } = navigation;
  void sessionLoad?.then((session) => session.reset());
  whenSettled(document, signal)
    .then(() => autoCheck(signal))
    .catch(ignoreAbort);
});

autoCheck(navigation.signal).catch(ignoreAbort);
