/**
 * Finds the page's article and has it analysed, keeping the page's main thread free: the page is
 * serialised and the engine's host parses the copy, runs Readability and the rules, and names the
 * article's elements by path. Here the paths are followed on the live page and the text read from
 * its own nodes; if that text is not exactly the text that was analysed (the live DOM is not what
 * its HTML parses to), the page is extracted here instead, as it is where the engine cannot parse HTML.
 */
import type { ArticleRoot } from '../extract/article-root.ts';
import { readArticleInSlices } from '../extract/extract-article.ts';
import { resolvePlan } from '../extract/portable-plan.ts';
import type { ExtractedArticle } from '../extract/types.ts';
import { sendToEngine } from '../shared/messaging.ts';
import type { AnalyzeReply, EngineOptions } from '../shared/protocol.ts';
import { loadDeferred } from './load-deferred.ts';
import { nextTask, slicer } from './next-task.ts';
import { signalMeasure } from './page-signals.ts';
import { requestPageAnalysis } from './request-analysis.ts';

export interface ReadAndAnalyzed {
  extracted: ExtractedArticle;
  reply: AnalyzeReply;
}

function sameArticle(a: ExtractedArticle['article'], b: ExtractedArticle['article']): boolean {
  if (a.text !== b.text || a.blocks.length !== b.blocks.length) return false;
  return a.blocks.every((block, i) => {
    const other = b.blocks[i];
    return other !== undefined && block.kind === other.kind && block.start === other.start && block.end === other.end;
  });
}

/**
 * The article and its analysis; null when the page has no article. `automatic`: the page has just
 * opened, and the engine reads the reader's options from its own copy, so the request does not
 * wait for `options` to be read.
 */
export async function readAndAnalyze(root: ArticleRoot, options: Promise<EngineOptions>, automatic: boolean): Promise<ReadAndAnalyzed | null> {
  const remote = await requestPageAnalysis(root, automatic ? 'automatic' : await options);
  if (remote?.plan === null) return null;
  if (remote) {
    const { plan, ...reply } = remote;
    // The engine's reply was a task's worth of work to receive; reading the page starts afresh.
    await nextTask();
    const started = performance.now();
    const resolved = resolvePlan(root, plan);
    const read = resolved && (await readArticleInSlices(root, resolved, slicer()));
    signalMeasure(document, 'copydesk:read', started);
    if (read && sameArticle(read.article, plan.article)) return { extracted: { article: read.article, map: read.map, partial: read.partial }, reply };
  }
  const { extractArticle } = await loadDeferred();
  const started = performance.now();
  const extracted = extractArticle(root);
  signalMeasure(document, 'copydesk:extract', started);
  if (!extracted) return null;
  return { extracted, reply: await sendToEngine('analyze', { article: extracted.article, options: await options }) };
}
