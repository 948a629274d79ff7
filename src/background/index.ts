/**
 * The background (a service worker in Chromium, an event page in Firefox): it runs the engine,
 * so the typo rule's dictionary is loaded once per browser rather than once per tab, and pages
 * pay only for extraction and painting. It also keeps the toolbar badge and relays shortcuts.
 */
import type { Runtime } from 'webextension-polyfill';
import { analyze } from '../core/analyze.ts';
import { fromPlainText } from '../core/article-text.ts';
import type { ArticleText } from '../core/types.ts';
import { WARM_UP_ARTICLE } from '../offscreen/warm-up-article.ts';
import { rules } from '../rules/index.ts';
import { DICTIONARY_FILE, installDictionary, toDictionaryData } from '../rules/typo/dictionary.ts';
import { browser } from '../shared/extension-api.ts';
import { listenInBackground, sendToTab } from '../shared/messaging.ts';
import type { AnalyzeReply, ToContent } from '../shared/protocol.ts';
import { siteMatches, type Settings, type StoredData } from '../shared/settings.ts';
import { loadStoredData } from '../shared/storage.ts';
import { keepInSync } from '../shared/storage-sync.ts';
import { planPage, preparePlanner } from './plan-page.ts';

const BADGE_COLOR = '#0b5cad';

/** Command names in manifest.json → what the content script is asked to do. */
const COMMANDS: Readonly<Record<string, keyof ToContent>> = {
  'check-page': 'checkPage',
  'toggle-sidebar': 'toggleSidebar',
};

/**
 * The typo rule's word lists are a data file of the extension itself (no network), fetched and
 * parsed here once: far cheaper than compiling them as part of this script before it can answer
 * the first page. Then the engine runs once on a made-up story, so the first page does not pay
 * for compiling the rules either.
 */
const engineReady: Promise<void> = fetch(browser.runtime.getURL(DICTIONARY_FILE))
  .then((response) => response.json())
  .then((parsed: unknown) => {
    installDictionary(toDictionaryData(parsed));
    analyze(fromPlainText(WARM_UP_ARTICLE.paragraphs.join('\n\n')), rules);
  });

async function analyzeArticle(article: ArticleText, stored = loadStoredData()): Promise<AnalyzeReply> {
  const [{ settings, userWords }] = await Promise.all([stored, engineReady]);
  const disabled = new Set(settings.disabledRules);
  const enabled = rules.filter((rule) => !disabled.has(rule.meta.id)).map((rule) => rule.meta.id);
  const started = performance.now();
  const analysis = analyze(article, rules, {
    only: enabled,
    userWords,
    onRuleError: (ruleId, error) => console.error(`Copydesk rule ${ruleId} failed:`, error),
  });
  return {
    findings: analysis.findings,
    ruleIds: enabled,
    language: analysis.language,
    engineMs: performance.now() - started,
    errors: analysis.errors,
  };
}

/** Whether the reader lets Copydesk check the sender's page by itself, as it opens. */
function allowsAutomaticCheck(settings: Settings, sender: Runtime.MessageSender): boolean {
  const url = sender.url ?? sender.tab?.url;
  const site = url && URL.canParse(url) ? new URL(url).hostname : '';
  return settings.autoCheck && !siteMatches(site, settings.neverRunSites);
}

listenInBackground({
  analyze: async ({ article }) => analyzeArticle(article),
  analyzePage: async ({ html, baseUrl, automatic }, sender) => {
    const stored: Promise<StoredData> = loadStoredData();
    // Decided before the page is parsed: a page the reader keeps Copydesk off is not even read here.
    if (automatic && !allowsAutomaticCheck((await stored).settings, sender)) return { declined: true };
    const planStarted = performance.now();
    const plan = await planPage(html, baseUrl).catch((error: unknown) => {
      console.warn('Copydesk could not plan the page here:', error);
      return undefined;
    });
    if (plan === undefined) return null;
    if (plan === null) return { plan: null };
    return { plan, planMs: performance.now() - planStarted, ...(await analyzeArticle(plan.article, stored)) };
  },
  showCount: async ({ count }, sender) => {
    const tabId = sender.tab?.id as number;
    await browser.action.setBadgeText({ tabId, text: count === null || count === 0 ? '' : String(count) });
    if (count) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    return null;
  },
  listRules: async () => rules.map((rule) => ({ id: rule.meta.id, description: rule.meta.description })),
});

browser.commands.onCommand.addListener(async (command, tab) => {
  const type = COMMANDS[command];
  if (!type) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  // A tab without our content script (a browser page, or opened before install) has no one to ask.
  await sendToTab(tabId, type, {}).catch(() => {});
});

browser.runtime.onInstalled.addListener(() => {
  // Writes the current schema (or migrates an older one) once, not on every page.
  void loadStoredData();
});

// The dictionary and dismissals follow the reader to their other browsers (storage.local stays
// the source of truth; see shared/storage-sync.ts).
keepInSync(browser.storage);

// The first page should not pay for compiling the extractor either.
preparePlanner();
