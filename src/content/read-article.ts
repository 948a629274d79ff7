/**
 * Finds the page's article and has it analysed, keeping the page's main thread free: the page is
 * serialised and the background (an offscreen document in Chromium) parses the copy, runs
 * Readability and the rules, and names the article's elements by path. Here the paths are
 * followed on the live page and the text read from its own nodes; if that text is not exactly
 * the text that was analysed (the live DOM is not what its HTML parses to), the page is
 * extracted here instead, as it is where the background cannot parse HTML.
 */
import { extractArticle, readArticle } from '../extract/extract-article.ts';
import { resolvePlan, serializePage } from '../extract/portable-plan.ts';
import type { ExtractedArticle } from '../extract/types.ts';
import { sendToBackground } from '../shared/messaging.ts';
import { MAX_PAGE_HTML_CHARS, type AnalyzeReply, type PageAnalysis } from '../shared/protocol.ts';

export interface ReadAndAnalyzed {
  extracted: ExtractedArticle;
  reply: AnalyzeReply;
}

/** Ends the current task so the page can run its own work (input, frames) before ours continues. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function sameArticle(a: ExtractedArticle['article'], b: ExtractedArticle['article']): boolean {
  return a.text === b.text && JSON.stringify(a.blocks) === JSON.stringify(b.blocks);
}

async function planned(doc: Document): Promise<PageAnalysis | null> {
  const started = performance.now();
  const html = serializePage(doc);
  performance.measure('copydesk:serialize', { start: started });
  if (html.length > MAX_PAGE_HTML_CHARS) return null;
  return sendToBackground('analyzePage', { html, baseUrl: doc.baseURI }).catch(() => null);
}

/** The article and its analysis; null when the page has no article. */
export async function readAndAnalyze(doc: Document): Promise<ReadAndAnalyzed | null> {
  const remote = await planned(doc);
  if (remote?.plan === null) return null;
  if (remote) {
    const { plan, ...reply } = remote;
    const started = performance.now();
    const resolved = resolvePlan(doc, plan);
    const read = resolved && readArticle(doc, resolved);
    performance.measure('copydesk:read', { start: started });
    if (read && sameArticle(read.article, plan.article)) {
      // Reading the page and painting it are two tasks, so neither holds the page up for long.
      await nextTask();
      return { extracted: { article: read.article, map: read.map }, reply };
    }
  }
  const started = performance.now();
  const extracted = extractArticle(doc);
  performance.measure('copydesk:extract', { start: started });
  if (!extracted) return null;
  return { extracted, reply: await sendToBackground('analyze', { article: extracted.article }) };
}
