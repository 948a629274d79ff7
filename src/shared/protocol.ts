/**
 * The typed message protocol between the extension's parts, named by direction, and the
 * checks every received message passes before a handler sees it. Pure (no browser API):
 * `messaging.ts` wires it to the extension API.
 */
import type { LanguageGuess } from '../core/language.ts';
import type { ArticleText, BlockKind, Finding, RuleId } from '../core/types.ts';
import type { PortablePlan } from '../extract/portable-plan.ts';
import { isRuleId, MAX_USER_WORDS, type StoredData } from './settings.ts';

export const PROTOCOL_VERSION = 1;

/** Longest article the background accepts, in UTF-16 units (a long feature is ~100k). */
export const MAX_ARTICLE_CHARS = 2_000_000;

/** Longest serialised page the background parses; a bigger page is extracted on the page itself. */
export const MAX_PAGE_HTML_CHARS = 16_000_000;

export interface RuleInfo {
  id: RuleId;
  description: string;
}

export interface AnalyzeReply {
  findings: Finding[];
  /** The rules that ran (enabled ones), so the sidebar can show a zero for a clean rule. */
  ruleIds: RuleId[];
  /** The language the engine read the article as (what English-only rules were checked against). */
  language: LanguageGuess;
  /** Engine time in the background, milliseconds. */
  engineMs: number;
  errors: { ruleId: RuleId; message: string }[];
  /**
   * Enabled rules the page's time budget left out (a hostile or enormous page can only delay
   * itself): they found nothing because they did not run, and the sidebar says so.
   */
  cutShort: RuleId[];
}

/**
 * A page planned and analysed off its main thread; `plan: null` when it has no article.
 * `planMs`: parsing and planning time in the engine's host, milliseconds.
 */
export type PageAnalysis = { plan: null } | ({ plan: PortablePlan; planMs: number } & AnalyzeReply);

/** Most personal-dictionary words an analysis request may carry: the dictionary's one limit. */
export { MAX_USER_WORDS };

/**
 * What the reader's stored data changes about an analysis. A page that asks for a check sends
 * what it read; the check of a page that has just opened does not wait for storage: the engine's
 * host uses its own copy (kept current by the background, as an offscreen document has no
 * storage). Whether a page is checked at all the page decides, before it is read.
 */
export interface EngineOptions {
  disabledRules: RuleId[];
  userWords: string[];
}

/**
 * Sent by content scripts to the engine's host: the offscreen document in Chromium (it outlives
 * the service worker's naps, so the dictionary is parsed once per browser session, and it has a
 * DOM parser), the background page in Firefox. It answers the page directly, in one hop.
 */
export interface ToEngine {
  /** Answered once the engine has its dictionary and has warmed up. */
  ready: { request: Record<string, never>; response: null };
  /** From the background: the reader's stored data changed, read it again. */
  storedChanged: { request: Record<string, never>; response: null };
  analyze: { request: { article: ArticleText; options: EngineOptions }; response: AnalyzeReply };
  /**
   * Parse a serialised page, plan its article and analyse it; null if the host cannot parse HTML.
   * Either `options`, or `automatic: true` for the page that has just opened (see EngineOptions).
   */
  analyzePage: {
    /**
     * `parts`: the page came in that many parts (shared/page-parts.ts), the earlier ones as
     * `pagePart` messages with the same `pageId`, and `html` is the last.
     */
    request: { html: string; baseUrl: string; options?: EngineOptions; automatic?: true; pageId?: string; parts?: number };
    response: PageAnalysis | null;
  };
  /** Part `index` of a page too long for one message, held until its analyzePage comes. */
  pagePart: { request: { pageId: string; index: number; part: string }; response: null };
}

/** Sent by content scripts (and extension pages) to the background. */
export interface ToBackground {
  /** The engine's host (Chromium's offscreen document, which has no storage) asks for the reader's stored data. */
  storedData: { request: Record<string, never>; response: StoredData };
  /** Nobody answered an analysis: open the engine's host (Chromium's offscreen document) and say when it listens. */
  openEngine: { request: Record<string, never>; response: null };
  /** Findings shown on the sender's tab, for the badge; null clears it. */
  showCount: { request: { count: number | null }; response: null };
  listRules: { request: Record<string, never>; response: RuleInfo[] };
}

export type PageState = 'idle' | 'not-article' | 'opted-out' | 'checking' | 'ready' | 'failed';

export interface PageStatus {
  state: PageState;
  /** Findings shown (after dismissals). */
  count: number;
  /** The page's host name, for "on/off for this site". */
  site: string;
  siteEnabled: boolean;
  highlightsVisible: boolean;
  sidebarCollapsed: boolean;
}

/** Sent by the background (commands) and the popup to a tab's content script. */
export interface ToContent {
  getStatus: { request: Record<string, never>; response: PageStatus };
  /** Check now, even if automatic checking is off or the page did not look like an article. */
  checkPage: { request: Record<string, never>; response: PageStatus };
  setHighlightsVisible: { request: { visible: boolean }; response: PageStatus };
  toggleSidebar: { request: Record<string, never>; response: PageStatus };
}

export type Envelope<P, K extends keyof P = keyof P> = K extends keyof P
  ? { copydesk: typeof PROTOCOL_VERSION; type: K; request: P[K] extends { request: infer R } ? R : never }
  : never;

type Validators<P> = { [K in keyof P]: (request: unknown) => boolean };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isEmpty = (value: unknown): boolean => isObject(value) && Object.keys(value).length === 0;
const isCount = (value: unknown): boolean => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const optionalString = (value: unknown): boolean => value === undefined || typeof value === 'string';
const isPageId = (value: unknown): boolean => typeof value === 'string' && value.length > 0 && value.length <= 64;

const BLOCK_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['title', 'heading', 'standfirst', 'paragraph', 'list-item', 'blockquote', 'caption']);

/** An ArticleText whose blocks are in order, inside the text and of a known kind. */
export function isArticleText(value: unknown): value is ArticleText {
  if (!isObject(value) || typeof value.text !== 'string' || value.text.length > MAX_ARTICLE_CHARS) return false;
  if (!optionalString(value.title) || !optionalString(value.lang) || !optionalString(value.url)) return false;
  if (!Array.isArray(value.blocks)) return false;
  const length = value.text.length;
  let previousEnd = 0;
  for (const block of value.blocks as unknown[]) {
    if (!isObject(block) || !BLOCK_KINDS.has(block.kind as BlockKind)) return false;
    const { start, end } = block;
    if (!isCount(start) || !isCount(end)) return false;
    if ((start as number) < previousEnd || (start as number) > (end as number) || (end as number) > length) return false;
    previousEnd = end as number;
  }
  return true;
}

const isEngineOptions = (value: unknown): boolean =>
  isObject(value) &&
  Array.isArray(value.disabledRules) &&
  value.disabledRules.every(isRuleId) &&
  Array.isArray(value.userWords) &&
  value.userWords.length <= MAX_USER_WORDS &&
  value.userWords.every((word) => typeof word === 'string');

export const TO_ENGINE: Validators<ToEngine> = {
  ready: isEmpty,
  storedChanged: isEmpty,
  analyze: (request) => isObject(request) && isArticleText(request.article) && isEngineOptions(request.options),
  analyzePage: (request) =>
    isObject(request) &&
    typeof request.html === 'string' &&
    request.html.length <= MAX_PAGE_HTML_CHARS &&
    typeof request.baseUrl === 'string' &&
    (request.automatic === true ? request.options === undefined : request.automatic === undefined && isEngineOptions(request.options)) &&
    (request.pageId === undefined ? request.parts === undefined : isPageId(request.pageId) && isCount(request.parts) && (request.parts as number) >= 2),
  pagePart: (request) =>
    isObject(request) && isPageId(request.pageId) && isCount(request.index) && typeof request.part === 'string' && request.part.length <= MAX_PAGE_HTML_CHARS,
};

export const TO_BACKGROUND: Validators<ToBackground> = {
  storedData: isEmpty,
  openEngine: isEmpty,
  showCount: (request) => isObject(request) && (request.count === null || isCount(request.count)),
  listRules: isEmpty,
};

export const TO_CONTENT: Validators<ToContent> = {
  getStatus: isEmpty,
  checkPage: isEmpty,
  setHighlightsVisible: (request) => isObject(request) && typeof request.visible === 'boolean',
  toggleSidebar: isEmpty,
};

/** The message if it is one of ours, of a known type, with a well-formed request; else null. */
export function parseMessage<P>(message: unknown, validators: Validators<P>): Envelope<P> | null {
  if (!isObject(message) || message.copydesk !== PROTOCOL_VERSION || typeof message.type !== 'string') return null;
  if (!Object.hasOwn(validators, message.type)) return null;
  const validate = validators[message.type as keyof P];
  return validate(message.request) ? (message as Envelope<P>) : null;
}

/** What a receiver knows of a message's sender (the part of runtime.MessageSender used here). */
export interface SenderInfo {
  id?: string;
  tab?: { id?: number };
}

/** Requests about a page: they must come from a content script, which runs in a tab. */
const TAB_BOUND: ReadonlySet<keyof ToBackground> = new Set<keyof ToBackground>(['showCount']);

/** Whether the background may act on a `type` message from `sender`: ours, and from a tab if it is about one. */
export function backgroundAccepts(type: keyof ToBackground, sender: SenderInfo, ownId: string): boolean {
  return sender.id === ownId && (!TAB_BOUND.has(type) || typeof sender.tab?.id === 'number');
}

/** Whether the engine's host may act for `sender`: analyses only for our content scripts, in a tab. */
export function engineAccepts(type: keyof ToEngine, sender: SenderInfo, ownId: string): boolean {
  const fromTab = typeof sender.tab?.id === 'number';
  return sender.id === ownId && (type === 'analyze' || type === 'analyzePage' || type === 'pagePart' ? fromTab : !fromTab);
}

/** Whether a content script may act on a message: from our background or an extension page, never a tab. */
export function contentAccepts(sender: SenderInfo, ownId: string): boolean {
  return sender.id === ownId && sender.tab === undefined;
}
