/**
 * The engine's host: the extension context that answers the pages' analysis requests — the
 * offscreen document in Chromium, the background page in Firefox. It holds the rules and the
 * typo dictionary, parses the serialised pages and plans their articles, so a page pays only for
 * serialising itself and painting.
 */
import { analyze, analyzeYielding } from '../core/analyze.ts';
import type { ArticleText, RuleId } from '../core/types.ts';
import { WARM_UP_BASE_URL, WARM_UP_PAGES } from './warm-up-pages.ts';
import { planHere } from './planner.ts';
import { rules } from '../rules/index.ts';
import { DICTIONARY_FILE, Lexicon, toDictionaryData } from '../core/lexicon/lexicon.ts';
import type { Runtime } from 'webextension-polyfill';
import { browser } from '../shared/extension-api.ts';
import { PendingPages } from '../shared/page-parts.ts';
import { listenForAnalysis } from '../shared/messaging.ts';
import type { AnalyzeReply, EngineOptions } from '../shared/protocol.ts';
import type { StoredData } from '../shared/settings.ts';

/** Rounds of the warm-up after the first: V8 optimises code only once it has run hot. */
const EXTRA_WARM_UP_ROUNDS = 60;

/**
 * Milliseconds of the engine's work one page may take: a long feature takes a few hundred. Once
 * spent, the page's remaining rules are skipped and the reply says which, so a hostile page
 * (tens of thousands of quotation marks, say) can only ever delay itself.
 */
const PAGE_BUDGET_MS = 3_000;

/** One round: a warm-up page through the path a reader's page takes, from its HTML to findings. */
function warmUp(round: number, lexicon: Lexicon): void {
  const plan = planHere(WARM_UP_PAGES[round % WARM_UP_PAGES.length]!, WARM_UP_BASE_URL);
  if (plan) analyze(plan.article, rules, { budgetMs: PAGE_BUDGET_MS, lexicon });
}

/**
 * Hands the thread back until the next task: messages from other pages that arrived meanwhile
 * are taken first. A message channel, not a timer: nested timers are clamped to 4 ms.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Runs the rest of the warm-up a round per task, so a page's request can come between two. */
async function keepWarmingUp(rounds: number, lexicon: Lexicon): Promise<void> {
  for (let round = 1; round <= rounds; round++) {
    await nextTask();
    warmUp(round, lexicon);
  }
}

/**
 * The typo rule's word lists are a data file of the extension itself (no network), fetched and
 * parsed once: far cheaper than compiling them as part of a script. Then the warm-up pages run
 * through the planner and the rules (warm-up-pages.ts), so the first page does not
 * pay for compiling them: once before pages are answered (`loaded`), then more rounds between
 * them (`warmed`).
 */
function prepareEngine(): { loaded: Promise<Lexicon>; warmed: Promise<void> } {
  const loaded = fetch(browser.runtime.getURL(DICTIONARY_FILE))
    .then((response) => response.json())
    .then((parsed: unknown) => {
      const lexicon = new Lexicon(toDictionaryData(parsed));
      warmUp(0, lexicon);
      return lexicon;
    });
  return { loaded, warmed: loaded.then((lexicon) => keepWarmingUp(EXTRA_WARM_UP_ROUNDS, lexicon)) };
}

/**
 * Checks an article a rule at a time, giving other pages' requests their turn between rules,
 * within the page's budget. Rules the budget left out are not among `ruleIds` (the sidebar shows
 * no zero for them) but in `cutShort`, and the sidebar says they did not run.
 */
async function analyzeArticle(article: ArticleText, { disabledRules, userWords }: EngineOptions, lexicon: Lexicon): Promise<AnalyzeReply> {
  const disabled = new Set(disabledRules);
  const enabled = rules.filter((rule) => !disabled.has(rule.meta.id)).map((rule) => rule.meta.id);
  const started = performance.now();
  const analysis = await analyzeYielding(
    article,
    rules,
    {
      only: enabled,
      userWords,
      lexicon,
      budgetMs: PAGE_BUDGET_MS,
      onRuleError: (ruleId, error) => console.error(`Copydesk rule ${ruleId} failed:`, error),
    },
    nextTask,
  );
  const notRun = new Set<RuleId>(analysis.cutShort);
  return {
    findings: analysis.findings,
    ruleIds: enabled.filter((ruleId) => !notRun.has(ruleId)),
    language: analysis.language,
    engineMs: performance.now() - started,
    errors: analysis.errors,
    cutShort: analysis.cutShort,
  };
}

/** Whose page a part belongs to: the frame that sent it, and its id for the page. */
const partsKey = (sender: Runtime.MessageSender, pageId: string): string => `${sender.tab?.id}:${sender.frameId ?? 0}:${pageId}`;

export interface EngineHost {
  /** Resolves when the engine has started and warmed up. */
  ready: Promise<void>;
  /** The reader's stored data changed: read it again before the next automatic check. */
  refreshStored(): void;
}

/**
 * Starts answering analysis requests (they wait for the dictionary if it is still loading).
 * `readStored`: how this context reads the reader's stored data, for pages that have just opened.
 */
export function hostEngine(readStored: () => Promise<StoredData>): EngineHost {
  const { loaded, warmed } = prepareEngine();
  let stored = readStored();
  const refreshStored = (): void => {
    stored = readStored();
  };
  const pending = new PendingPages();
  listenForAnalysis({
    ready: async () => {
      await warmed;
      return null;
    },
    storedChanged: async () => {
      refreshStored();
      return null;
    },
    analyze: async ({ article, options }) => {
      return analyzeArticle(article, options, await loaded);
    },
    pagePart: async ({ pageId, index, part }, sender) => {
      pending.add(partsKey(sender, pageId), index, part);
      return null;
    },
    analyzePage: async ({ html: lastPart, baseUrl, options, pageId, parts }, sender) => {
      const html = pageId === undefined ? lastPart : pending.take(partsKey(sender, pageId), parts ?? 0, lastPart);
      // The page reads it here instead (request-analysis.ts).
      if (html === null) throw new Error('parts of the page did not arrive');
      // A page that has just opened has decided that it may be checked, and sends no options:
      // they are the reader's stored ones, which this context holds already.
      let use = options;
      if (!use) {
        const { settings, userWords } = await stored;
        use = { disabledRules: settings.disabledRules, userWords };
      }
      const lexicon = await loaded;
      const planStarted = performance.now();
      const plan = planHere(html, baseUrl);
      if (plan === null) return { plan: null };
      const planMs = performance.now() - planStarted;
      return { plan, planMs, ...(await analyzeArticle(plan.article, use, lexicon)) };
    },
  });
  return { ready: warmed, refreshStored };
}
