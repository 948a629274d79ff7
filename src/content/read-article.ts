/**
 * Finds the page's article and has it analysed, keeping the page's main thread free: the page is
 * serialised and the background (an offscreen document in Chromium) parses the copy, runs
 * Readability and the rules, and names the article's elements by path. Here the paths are
 * followed on the live page and the text read from its own nodes; if that text is not exactly
 * the text that was analysed (the live DOM is not what its HTML parses to), the page is
 * extracted here instead, as it is where the background cannot parse HTML.
 */
import { extractArticle, readArticle } from '../extract/extract-article.ts';
import { resolvePlan } from '../extract/portable-plan.ts';
import type { ExtractedArticle } from '../extract/types.ts';
import { sendToBackground } from '../shared/messaging.ts';
import type { AnalyzeReply } from '../shared/protocol.ts';
import { nextTask } from './next-task.ts';
import { requestPageAnalysis } from './request-analysis.ts';

export interface ReadAndAnalyzed {
  extracted: ExtractedArticle;
  reply: AnalyzeReply;
}

function sameArticle(a: ExtractedArticle['article'], b: ExtractedArticle['article']): boolean {
  return a.text === b.text && JSON.stringify(a.blocks) === JSON.stringify(b.blocks);
}

/**
 * The article and its analysis; null when the page has no article. `pending` is the background's
 * answer when the request was already sent (the gate sends it before this code has loaded).
 */
export async function readAndAnalyze(doc: Document, pending = requestPageAnalysis(doc)): Promise<ReadAndAnalyzed | null> {
  const remote = await pending;
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
      return { extracted: { article: read.article, map: read.map, partial: read.partial }, reply };
    }
  }
  const started = performance.now();
  const extracted = extractArticle(doc);
  performance.measure('copydesk:extract', { start: started });
  if (!extracted) return null;
  return { extracted, reply: await sendToBackground('analyze', { article: extracted.article }) };
}
