/**
 * The content script, injected into every http(s) page at document_idle. On a page that is not
 * an article, opts out or is on the never-run list it adds nothing to the page: it only answers
 * the popup and watches for client-side navigation, both costing next to nothing.
 */
import { looksLikeArticle } from '../extract/looks-like-article.ts';
import { listenInContent } from '../shared/messaging.ts';
import { sanitizeSettings } from '../shared/settings.ts';
import { PageSession, pageOptedOut, watchStorage } from './session.ts';
import { watchUrl, whenSettled } from './url-watch.ts';

// Marks on the page's performance timeline (shared with the page): when the content script
// started, and when it finished with the page whatever it decided. Benchmarks and tests wait on
// them; a page Copydesk leaves alone has no other sign.
performance.mark('copydesk:start');

const session = new PageSession(document);
let navigation = new AbortController();

/** Automatic checking: only articles, only where the reader allows it. */
async function autoCheck(signal: AbortSignal): Promise<void> {
  try {
    if (pageOptedOut(document) || !looksLikeArticle(document)) return;
    const settings = await session.loadSettings();
    if (!settings.autoCheck || !session.siteEnabled(settings)) return;
    // No idle wait: document_idle is already after the page's own start-up, and the heavy part
    // (parsing, Readability, the rules) runs in the background while the page stays responsive.
    if (signal.aborted) return;
    await session.check(true);
  } finally {
    if (!signal.aborted) performance.mark('copydesk:done');
  }
}

function ignoreAbort(error: unknown): void {
  if (!(error instanceof DOMException && error.name === 'AbortError')) console.warn('Copydesk:', error);
}

listenInContent({
  getStatus: async () => session.status(),
  checkPage: async () => {
    await session.loadSettings();
    await session.check(true);
    return session.status();
  },
  setHighlightsVisible: async ({ visible }) => {
    session.setHighlightsVisible(visible);
    return session.status();
  },
  toggleSidebar: async () => {
    await session.toggleSidebar();
    return session.status();
  },
});

watchStorage(
  (settings) => {
    void session.settingsChanged(sanitizeSettings(settings)).then(async () => {
      // Switched back on for this site: check it as if it had just opened.
      if (!session.active) await autoCheck(navigation.signal);
    }).catch(ignoreAbort);
  },
  () => void session.dictionaryChanged().catch(ignoreAbort),
);

watchUrl(window, () => {
  navigation.abort();
  navigation = new AbortController();
  const { signal } = navigation;
  session.reset();
  whenSettled(document, signal)
    .then(() => autoCheck(signal))
    .catch(ignoreAbort);
});

autoCheck(navigation.signal).catch(ignoreAbort);
