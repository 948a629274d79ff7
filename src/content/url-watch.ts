/**
 * Notices client-side navigation. A content script lives in an isolated world and cannot wrap
 * the page's `history.pushState`, so it watches for the URL to differ: the Navigation API's
 * `currententrychange` where the browser has it, otherwise any DOM change (single-page sites
 * re-render when they navigate), plus popstate. The check is one string comparison.
 */
import { pageKey } from '../shared/settings.ts';

export function watchUrl(win: Window, onChange: (url: string) => void): () => void {
  let current = pageKey(win.location.href);
  const check = (): void => {
    const next = pageKey(win.location.href);
    if (next === current) return;
    current = next;
    onChange(win.location.href);
  };
  win.addEventListener('popstate', check);
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  let observer: MutationObserver | null = null;
  if (navigation) navigation.addEventListener('currententrychange', check);
  else {
    observer = new MutationObserver(check);
    observer.observe(win.document, { childList: true, subtree: true });
  }
  return () => {
    win.removeEventListener('popstate', check);
    navigation?.removeEventListener('currententrychange', check);
    observer?.disconnect();
  };
}

/**
 * Resolves once the page has stopped changing for `quietMs` (the new article has rendered), or
 * after `maxMs` on a page that never settles. Rejects when `signal` aborts.
 */
export function whenSettled(doc: Document, signal: AbortSignal, quietMs = 200, maxMs = 2000): Promise<void> {
  return new Promise((resolve, reject) => {
    let quietTimer = setTimeout(done, quietMs);
    const maxTimer = setTimeout(done, maxMs);
    const observer = new MutationObserver(() => {
      clearTimeout(quietTimer);
      quietTimer = setTimeout(done, quietMs);
    });
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
    const abort = (): void => {
      finish();
      reject(signal.reason);
    };
    signal.addEventListener('abort', abort, { once: true });
    function finish(): void {
      clearTimeout(quietTimer);
      clearTimeout(maxTimer);
      observer.disconnect();
      signal.removeEventListener('abort', abort);
    }
    function done(): void {
      finish();
      resolve();
    }
  });
}
