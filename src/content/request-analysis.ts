// The first step of reading an article: the page is serialised and sent to the engine's host,
// which plans the article in a copy and analyses it.
import type { ArticleRoot } from '../extract/article-root.ts';
import { serializePageInSlices } from '../extract/serialize-page.ts';
import { sendToEngine } from '../shared/messaging.ts';
import { nextTask, slicer } from './next-task.ts';
import { pageParts } from '../shared/page-parts.ts';
import { MAX_PAGE_HTML_CHARS, type EngineOptions, type PageAnalysis } from '../shared/protocol.ts';
import { signalMeasure, signalsRequested } from './page-signals.ts';

/** Pages sent in parts from this frame; numbers them, as the host keys parts by frame and page. */
let pagesInParts = 0;

/**
 * Sends all but the last part of a long page, each in a task of its own, and says how the
 * analysis request names the page; nothing for a page that fits one message.
 */
async function sendEarlierParts(parts: readonly string[]): Promise<{ pageId?: string; parts?: number }> {
  if (parts.length === 1) return {};
  const pageId = String(++pagesInParts);
  for (const [index, part] of parts.slice(0, -1).entries()) {
    await nextTask();
    await sendToEngine('pagePart', { pageId, index, part });
  }
  await nextTask();
  return { pageId, parts: parts.length };
}

/**
 * The engine's plan and analysis of the page; null when it cannot plan this page. 'automatic'
 * for the page that has just opened: the engine reads the reader's options from its own copy.
 */
export async function requestPageAnalysis(root: ArticleRoot, options: EngineOptions | 'automatic'): Promise<PageAnalysis | null> {
  // Serialising the page starts in a task of its own, apart from the content script's start.
  await nextTask();
  const started = performance.now();
  const html = await serializePageInSlices(root, slicer());
  signalMeasure(document, 'copydesk:serialize', started);
  if (html.length > MAX_PAGE_HTML_CHARS) return null;
  const sent = performance.now();
  try {
    // Handing a page to the extension's messaging costs about as much as writing it: a long
    // page goes in parts, a task each.
    const parts = pageParts(html);
    const named = await sendEarlierParts(parts);
    const last = parts[parts.length - 1] as string;
    const baseUrl = root.baseURI;
    const analysis = await sendToEngine(
      'analyzePage',
      options === 'automatic' ? { html: last, baseUrl, automatic: true, ...named } : { html: last, baseUrl, options, ...named },
    );
    // The round trip, and the parts of it the engine reports (the rest is messaging).
    signalMeasure(document, 'copydesk:engine', sent);
    if (analysis && 'planMs' in analysis && signalsRequested(document)) {
      performance.measure('copydesk:engine-plan', { start: sent, duration: analysis.planMs });
      performance.measure('copydesk:engine-analyze', { start: sent, duration: analysis.engineMs });
    }
    return analysis;
  } catch (error) {
    console.warn('Copydesk: the engine could not plan this page; reading it here instead:', error);
    return null;
  }
}
