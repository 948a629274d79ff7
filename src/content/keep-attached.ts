/**
 * Some pages remove elements they did not put there: a framework re-rendering the document, an
 * "anti-tamper" script. The sidebar host is put back when that happens, a bounded number of
 * times: a page that removes it every time wins, and Copydesk gives up quietly (highlights and
 * the keyboard keep working without the sidebar) instead of fighting it forever.
 */

/** Enough for a page that re-renders a couple of times while it starts up. */
export const MAX_REATTACHMENTS = 3;

export interface AttachmentGuard {
  stop(): void;
}

/** Appends `element` to `parent` again each time it is taken out, `limit` times at most. */
export function keepAttached(element: Element, parent: Element, limit = MAX_REATTACHMENTS): AttachmentGuard {
  let reattached = 0;
  const observer = new MutationObserver(() => {
    if (element.parentNode === parent) return;
    if (reattached >= limit) {
      observer.disconnect();
      return;
    }
    reattached++;
    parent.append(element);
  });
  observer.observe(parent, { childList: true });
  return { stop: () => observer.disconnect() };
}
