// The first step of reading an article, apart so the gate (index.ts) can start it while the page
// session's code is still loading: the page is serialised and sent to the background, which
// plans the article in a copy and analyses it.
import { serializePage } from '../extract/serialize-page.ts';
import { sendToBackground } from '../shared/messaging.ts';
import { MAX_PAGE_HTML_CHARS, type AutomaticCheckDeclined, type PageAnalysis } from '../shared/protocol.ts';

function sendPage(doc: Document, automatic: boolean): Promise<PageAnalysis | AutomaticCheckDeclined | null> {
  const started = performance.now();
  const html = serializePage(doc);
  performance.measure('copydesk:serialize', { start: started });
  if (html.length > MAX_PAGE_HTML_CHARS) return Promise.resolve(null);
  const sent = performance.now();
  return sendToBackground('analyzePage', { html, baseUrl: doc.baseURI, automatic }).then(
    (analysis) => {
      // The round trip, and the parts of it the background reports (the rest is messaging).
      performance.measure('copydesk:background', { start: sent });
      if (analysis && 'planMs' in analysis) {
        performance.measure('copydesk:background-plan', { start: sent, duration: analysis.planMs });
        performance.measure('copydesk:background-engine', { start: sent, duration: analysis.engineMs });
      }
      return analysis;
    },
    () => null,
  );
}

/** The background's plan and analysis of the page; null when it cannot plan this page. */
export async function requestPageAnalysis(doc: Document): Promise<PageAnalysis | null> {
  const analysis = await sendPage(doc, false);
  return analysis && 'declined' in analysis ? null : analysis;
}

/**
 * The same for a page that has just opened: sent at once, without reading the settings here
 * first; the background declines when the reader's settings do not allow an automatic check.
 */
export function requestAutomaticCheck(doc: Document): Promise<PageAnalysis | AutomaticCheckDeclined | null> {
  return sendPage(doc, true);
}
