// The first step of reading an article, apart so the gate (index.ts) can start it while the page
// session's code is still loading: the page is serialised and sent to the background, which
// plans the article in a copy and analyses it.
import { serializePage } from '../extract/serialize-page.ts';
import { sendToBackground } from '../shared/messaging.ts';
import { MAX_PAGE_HTML_CHARS, type PageAnalysis } from '../shared/protocol.ts';

/** The background's plan and analysis of the page; null when it cannot plan this page. */
export async function requestPageAnalysis(doc: Document): Promise<PageAnalysis | null> {
  const started = performance.now();
  const html = serializePage(doc);
  performance.measure('copydesk:serialize', { start: started });
  if (html.length > MAX_PAGE_HTML_CHARS) return null;
  return sendToBackground('analyzePage', { html, baseUrl: doc.baseURI }).catch(() => null);
}
