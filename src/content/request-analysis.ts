// The first step of reading an article: the page is serialised and sent to the engine's host,
// which plans the article in a copy and analyses it.
import type { ArticleRoot } from '../extract/article-root.ts';
import { serializePage } from '../extract/serialize-page.ts';
import { sendToEngine } from '../shared/messaging.ts';
import { nextTask } from './next-task.ts';
import { MAX_PAGE_HTML_CHARS, type AutomaticCheckDeclined, type EngineOptions, type PageAnalysis } from '../shared/protocol.ts';

/** Past this size a serialised page is sent in a task after the one that wrote it. */
const LONG_PAGE_HTML_CHARS = 200_000;

/**
 * The engine's plan and analysis of the page; null when it cannot plan this page. 'automatic'
 * for the page that has just opened: the engine applies the reader's settings itself, and may decline.
 */
export async function requestPageAnalysis(root: ArticleRoot, options: EngineOptions | 'automatic'): Promise<PageAnalysis | AutomaticCheckDeclined | null> {
  // Serialising a long page is a task of its own, apart from the content script's start.
  await nextTask();
  const started = performance.now();
  const html = serializePage(root);
  performance.measure('copydesk:serialize', { start: started });
  if (html.length > MAX_PAGE_HTML_CHARS) return null;
  // Handing a long page to the extension's messaging costs as much again: a task of its own too.
  if (html.length > LONG_PAGE_HTML_CHARS) await nextTask();
  const sent = performance.now();
  try {
    const baseUrl = root.baseURI;
    const analysis = await sendToEngine('analyzePage', options === 'automatic' ? { html, baseUrl, automatic: true } : { html, baseUrl, options });
    // The round trip, and the parts of it the engine reports (the rest is messaging).
    performance.measure('copydesk:engine', { start: sent });
    if (analysis && 'planMs' in analysis) {
      performance.measure('copydesk:engine-plan', { start: sent, duration: analysis.planMs });
      performance.measure('copydesk:engine-analyze', { start: sent, duration: analysis.engineMs });
    }
    return analysis;
  } catch (error) {
    console.warn('Copydesk: the engine could not plan this page; reading it here instead:', error);
    return null;
  }
}
