/**
 * One page's Copydesk session: extract → analyse (in the engine's host) → paint → sidebar, and
 * everything the reader does afterwards. `reset()` takes every trace off the page again.
 */
import type { LanguageGuess } from '../core/language.ts';
import type { Finding, RuleId } from '../core/types.ts';
import { articleRoot, documentOf, type ArticleRoot } from '../extract/article-root.ts';
import type { ExtractedArticle } from '../extract/types.ts';
import { browser } from '../shared/extension-api.ts';
import { sendToBackground, sendToEngine } from '../shared/messaging.ts';
import type { EngineOptions, PageState, PageStatus } from '../shared/protocol.ts';
import { siteMatches, type Settings } from '../shared/settings.ts';
import { StorageWriteError } from '../shared/storage-area.ts';
import { loadDismissed, loadSettings, loadStoredData, loadUserWords, saveDismissed, saveUserWords, updateSettings } from '../shared/storage.ts';
import { displayOrder, groupByRule, moveSelection, selectionAfterRemoval, type RuleGroup, type SelectionMove } from '../sidebar/findings-view.ts';
import type { SidebarHandle } from '../sidebar/mount.tsx';
import { pageInfo, type PageInfo } from '../sidebar/report-export.ts';
import type { SidebarProps, SidebarStatus } from '../sidebar/Sidebar.tsx';
import { createPainter, placeFindings, rangeFor, type Painter, type PlacedFinding } from './highlights.ts';
import { findingAtPoint } from './hit-test.ts';
import { keepAttached, type AttachmentGuard } from './keep-attached.ts';
import { isEditable, pageShortcut } from './shortcuts.ts';
import { ArticleWatch, articleContainer, RecheckScheduler, unwatchedPainter } from './live-updates.ts';
import { loadDeferred } from './load-deferred.ts';
import { nextTask } from './next-task.ts';
import { highlightScope, installPageStyle, removePageStyle } from './page-style.ts';
import { pageOptedOut, signalMark, signalMeasure, signalsRequested } from './page-signals.ts';
import { readAndAnalyze } from './read-article.ts';
import { PracticeMode } from './practice.ts';

const FLASH_MS = 1200;
/**
 * Findings the sidebar's list draws in its first render (its code may still be cold: a few), and
 * then in each task after it until all are drawn.
 */
const FIRST_LIST_PART = 10;
const LIST_PART = 40;

/** Chromium's highlights inherit their styles from the parent element's; Gecko's (140) do not. */
const HIGHLIGHT_STYLES_INHERIT = !browser.runtime.getURL('').startsWith('moz-extension:');

export class PageSession {
  private state: PageState = 'idle';
  private settings: Settings | null = null;
  private extracted: ExtractedArticle | null = null;
  private page: { of: ExtractedArticle; info: PageInfo } | null = null;
  private findings: Finding[] = [];
  private ruleIds: RuleId[] = [];
  /** Rules the engine's time budget for this page left out. */
  private cutShort: RuleId[] = [];
  /** The article's language as the background's analysis read it (the page does not detect it again). */
  private language: LanguageGuess | null = null;
  private dismissed = new Set<string>();
  /** Visible findings that matched the live text, by rule and in display order, and their ranges. */
  private groups: RuleGroup[] = [];
  private shown: Finding[] = [];
  private placed = new Map<string, PlacedFinding>();
  private selectedKey: string | null = null;
  /** How much of the list is drawn (see FIRST_LIST_PART); a new analysis starts again from the first part. */
  private listLimit = FIRST_LIST_PART;
  private listGrowing = false;
  private highlightsVisible = true;
  private statusLine: SidebarStatus = { message: '', canUndo: false };
  private undo: (() => Promise<void>) | null = null;
  private painter: Painter | null = null;
  /** The reading of the article the page stylesheet was last scoped to. */
  private styledFor: ExtractedArticle | null = null;
  /** The sidebar's code (Preact and its components), loaded after the first paint. */
  private mountSidebar: typeof import('./deferred.ts').mountSidebar | null = null;
  private sidebar: SidebarHandle | null = null;
  /** Where the reader's keys and clicks are listened for: the page, and the frame holding the article. */
  private listenedDocuments: Document[] = [];
  private sidebarGuard: AttachmentGuard | null = null;
  /** Re-checks the article when the page changes it (a live blog); set up after the first check. */
  private watch: ArticleWatch | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every check and reset; a reply for an older generation is dropped. */
  private generation = 0;
  private readonly win: Window;
  private readonly practice: PracticeMode;

  /** Where the article is read and painted: the document, or the open shadow root holding the article. */
  private root: ArticleRoot;

  constructor(private readonly doc: Document) {
    this.root = doc;
    this.win = doc.defaultView as Window;
    this.practice = new PracticeMode(doc);
  }

  get site(): string {
    return this.win.location.hostname;
  }

  siteEnabled(settings: Settings): boolean {
    return !siteMatches(this.site, settings.neverRunSites);
  }

  status(): PageStatus {
    return {
      state: this.state,
      count: this.shown.length,
      site: this.site,
      siteEnabled: this.settings ? this.siteEnabled(this.settings) : true,
      highlightsVisible: this.highlightsVisible,
      sidebarCollapsed: this.settings?.sidebarCollapsed ?? false,
    };
  }

  get active(): boolean {
    return this.state === 'checking' || this.state === 'ready';
  }

  /**
   * Extracts and analyses the page; `fresh` extracts again (the reader asked, the page may have
   * changed), otherwise the last extraction is re-analysed. False if there is no article or the
   * reader's settings do not allow the check. `automatic`: the page just opened, nobody asked.
   */
  async check(fresh: boolean, automatic = false): Promise<boolean> {
    if (pageOptedOut(this.doc)) {
      this.state = 'opted-out';
      return false;
    }
    const generation = ++this.generation;
    const stored = loadStoredData();
    // The settings come first: a site on the never-run list is never read at all (not serialised,
    // not sent to the engine), not even when the reader asks for a check. An automatic check reads
    // only them (the engine applies the rest itself).
    const settings = automatic ? await loadSettings() : (await stored).settings;
    if (generation !== this.generation) return true;
    this.settings = settings;
    if (!this.siteEnabled(settings) || (automatic && !settings.autoCheck)) return false;
    const options = stored.then(({ settings, userWords }): EngineOptions => ({ disabledRules: settings.disabledRules, userWords }));
    if (fresh) {
      // Fallback marks split text nodes; the page must be whole again before it is read.
      this.painter?.clear();
      this.extracted = null;
      const root = articleRoot(this.doc);
      if (root !== this.root) {
        // The article moved to another tree: its stylesheet goes there with a new painter.
        removePageStyle(this.root);
        this.painter = null;
        this.root = root;
      }
    }
    const known = this.extracted;
    this.state = 'checking';
    // The page is marked only once it is known to have an article; a page without one keeps no trace.
    if (known) this.signalState('checking');
    try {
      const analyzeStart = performance.now();
      // The page's dismissals and settings are read while the article is found and analysed.
      const [checked, dismissed, { settings }] = await Promise.all([
        known
          ? options.then((read) => sendToEngine('analyze', { article: known.article, options: read })).then((reply) => ({ extracted: known, reply }))
          : readAndAnalyze(this.root, options, automatic),
        loadDismissed(this.win.location.href),
        stored,
      ]);
      signalMeasure(this.doc, 'copydesk:analyze', analyzeStart);
      if (generation !== this.generation) return true;
      this.settings = settings;
      // The engine's copy of the settings may be a moment behind the reader's.
      if (checked === 'declined' || !this.siteEnabled(settings) || (automatic && !settings.autoCheck)) {
        this.state = 'idle';
        return false;
      }
      if (!checked) {
        this.reset();
        this.state = 'not-article';
        return false;
      }
      const { extracted, reply } = checked;
      this.extracted = extracted;
      this.findings = reply.findings;
      this.ruleIds = reply.ruleIds;
      this.cutShort = reply.cutShort;
      this.language = reply.language;
      this.dismissed = new Set(dismissed);
      this.listLimit = FIRST_LIST_PART;
      this.state = 'ready';
      const paintStart = performance.now();
      this.placeAndPaint();
      signalMeasure(this.doc, 'copydesk:paint', paintStart);
      signalMark(this.doc, 'copydesk:painted');
      // The sidebar's code loads only now, so it does not compete with the highlights; it draws
      // the list a part per task (growList).
      await this.loadSidebar();
      if (generation !== this.generation) return true;
      // A re-analysis after add-word keeps that action's Undo in the status line.
      if (this.undo === null) this.announce(this.summary());
      else this.render();
      this.watchArticle(extracted);
    } catch (error) {
      if (generation !== this.generation) return true;
      this.state = 'failed';
      this.signalState('error');
      console.warn('Copydesk could not check this page:', error);
    }
    return true;
  }

  /** Takes everything off the page: highlights, marks, style, sidebar, attributes, badge. */
  reset(): void {
    this.generation++;
    const wasShown = this.sidebar !== null || this.state === 'checking' || this.state === 'ready';
    this.watch?.stop();
    this.watch = null;
    this.painter?.clear();
    this.painter = null;
    this.practice.stop();
    removePageStyle(this.root);
    this.styledFor = null;
    this.sidebarGuard?.stop();
    this.sidebarGuard = null;
    this.sidebar?.unmount();
    this.sidebar = null;
    for (const doc of this.listenedDocuments) {
      doc.removeEventListener('keydown', this.onKeyDown, true);
      doc.removeEventListener('click', this.onPageClick, true);
    }
    this.listenedDocuments = [];
    clearTimeout(this.flashTimer);
    this.doc.documentElement.removeAttribute('data-copydesk');
    this.doc.documentElement.removeAttribute('data-copydesk-count');
    this.extracted = null;
    this.page = null;
    this.findings = [];
    this.groups = [];
    this.shown = [];
    this.placed.clear();
    this.selectedKey = null;
    this.undo = null;
    this.statusLine = { message: '', canUndo: false };
    this.state = 'idle';
    if (wasShown) sendToBackground('showCount', { count: null }).catch(() => {});
  }

  setHighlightsVisible(visible: boolean): void {
    this.highlightsVisible = visible;
    if (this.state === 'ready') this.paint();
  }

  async setCollapsed(collapsed: boolean): Promise<void> {
    if (this.settings) this.settings = { ...this.settings, sidebarCollapsed: collapsed };
    this.render();
    await updateSettings({ sidebarCollapsed: collapsed });
  }

  async toggleSidebar(): Promise<void> {
    if (this.state !== 'ready') return;
    await this.setCollapsed(!(this.settings?.sidebarCollapsed ?? false));
  }

  /** Settings changed elsewhere (options page, popup, another tab). */
  async settingsChanged(next: Settings): Promise<void> {
    const before = this.settings;
    this.settings = next;
    if (!this.active) return;
    if (!this.siteEnabled(next)) this.reset();
    else if (before && before.disabledRules.join() !== next.disabledRules.join()) await this.check(false);
    else this.render();
  }

  /** The personal dictionary changed: the typo rule's answers may differ now. */
  async dictionaryChanged(): Promise<void> {
    if (this.active) await this.check(false);
  }

  move(move: SelectionMove, jump: boolean): void {
    const order = this.shown.map((finding) => finding.key);
    const key = moveSelection(order, this.selectedKey, move);
    if (key !== null) this.select(key, jump);
  }

  private select(key: string, jump: boolean): void {
    const placed = this.placed.get(key);
    if (!placed) return;
    this.selectedKey = key;
    this.painter?.mark('selected', this.highlightsVisible ? placed : null);
    if (jump) this.jumpTo(placed.range, key);
    const index = this.shown.findIndex((finding) => finding.key === key);
    // A finding the list has not drawn yet: draw it all now.
    if (index >= this.listLimit) this.listLimit = this.shown.length;
    const finding = this.shown[index];
    if (finding) this.announce(`${index + 1} of ${this.shown.length}: ${finding.quote.exact}. ${finding.reason}`, false);
    else this.render();
  }

  private jumpTo(range: Range, key?: string): void {
    const element = range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
    const box = range.getBoundingClientRect();
    // The article's own window: the page's, or the frame's it is read from.
    const view = documentOf(this.root).defaultView ?? this.win;
    const viewport = view.innerHeight;
    if (box.top < 0 || box.bottom > viewport) {
      view.scrollBy({ top: box.top - viewport / 2 + box.height / 2, behavior: 'instant' });
    }
    clearTimeout(this.flashTimer);
    this.painter?.mark('flash', key === undefined ? { range } : { range, key });
    this.flashTimer = setTimeout(() => this.painter?.mark('flash', null), FLASH_MS);
  }

  /** The dismissal is shown only once it is stored: a dismissal the browser did not keep would come back on the next visit. */
  private async dismiss(key: string): Promise<void> {
    const finding = this.shown.find((f) => f.key === key);
    if (!finding) return;
    const url = this.win.location.href;
    const exact = finding.quote.exact;
    if (!(await this.stored(() => saveDismissed(url, [...this.dismissed, key]), `“${exact}” was not dismissed`))) return;
    this.selectedKey = selectionAfterRemoval(
      this.shown.map((f) => f.key),
      this.selectedKey,
      key,
    );
    this.dismissed.add(key);
    this.offerUndo(`Dismissed “${exact}”.`, async () => {
      if (
        !(await this.stored(
          () =>
            saveDismissed(
              url,
              [...this.dismissed].filter((k) => k !== key),
            ),
          `“${exact}” stays dismissed`,
        ))
      )
        return;
      this.dismissed.delete(key);
      this.render();
      this.announce(`Restored “${exact}”.`);
    });
    this.render();
  }

  private async addWord(key: string): Promise<void> {
    const finding = this.shown.find((f) => f.key === key);
    if (!finding) return;
    const word = finding.quote.exact;
    const before = await loadUserWords();
    // The storage change re-analyses this tab and every other one showing an article, keeping this Undo.
    this.offerUndo(`Added “${word}” to your dictionary.`, async () => {
      if (await this.stored(() => saveUserWords(before.filter((w) => w !== word.toLowerCase())), `“${word}” stays in your dictionary`)) {
        this.announce(`Removed “${word}” from your dictionary.`);
      }
    });
    await this.stored(() => saveUserWords([...before, word]), `“${word}” was not added to your dictionary`);
  }

  /** Runs a write of the reader's data; when the browser refuses it, the status line says what did not happen and why. */
  private async stored(write: () => Promise<unknown>, notDone: string): Promise<boolean> {
    try {
      await write();
      return true;
    } catch (error) {
      this.announce(`${notDone}: ${error instanceof StorageWriteError ? error.message : `the browser did not save it (${String(error)}).`}`);
      return false;
    }
  }

  private showRelated(key: string, index: number): void {
    const finding = this.shown.find((f) => f.key === key);
    const related = finding?.related[index];
    if (!related || !this.extracted) return;
    const range = rangeFor(this.extracted.map, related, related.exact);
    if (range) this.jumpTo(range);
  }

  private offerUndo(message: string, undo: () => Promise<void>): void {
    this.undo = undo;
    this.statusLine = { message, canUndo: true };
  }

  private async runUndo(): Promise<void> {
    const undo = this.undo;
    this.undo = null;
    this.statusLine = { message: '', canUndo: false };
    if (undo) await undo();
  }

  private announce(message: string, clearUndo = true): void {
    if (clearUndo) this.undo = null;
    this.statusLine = { message, canUndo: this.undo !== null };
    this.render();
  }

  /** Practice hides the answers until the student reveals them; ending it shows them again. */
  private setPractice(on: boolean): void {
    if (on) {
      this.practice.start();
      this.selectedKey = null;
    } else {
      this.practice.stop();
    }
    this.announce(on ? 'Practice: mark what you think is wrong, then reveal.' : this.summary());
  }

  private summary(): string {
    const n = this.shown.length;
    return n === 0 ? 'Copydesk found nothing to flag.' : `Copydesk found ${n} ${n === 1 ? 'thing' : 'things'} to check.`;
  }

  private paint(): void {
    if (!this.painter) return;
    const visible = this.highlightsVisible && !this.practice.hidesFindings;
    const placed = visible ? [...this.placed.values()] : [];
    this.painter.paint(placed);
    const selected = this.selectedKey === null ? undefined : this.placed.get(this.selectedKey);
    this.painter.mark('selected', selected && visible ? selected : null);
  }

  /** Where the page stylesheet's highlight rules hang from (see pageCss): the article's container. */
  private highlightScope(extracted: ExtractedArticle): string {
    if (!HIGHLIGHT_STYLES_INHERIT) return '';
    const container = this.containerOf(extracted);
    const element = container.nodeType === Node.ELEMENT_NODE ? (container as Element) : container.parentElement;
    return element ? highlightScope(element, (ident) => CSS.escape(ident)) : ':root';
  }

  /** Recomputes what is shown from findings, dismissals and the live text, and paints it. */
  private placeAndPaint(): void {
    const extracted = this.extracted;
    if (this.state !== 'ready' || !extracted) return;
    const visible = this.findings.filter((finding) => !this.dismissed.has(finding.key));
    this.placed = new Map(placeFindings(visible, extracted.map).map((placed) => [placed.key, placed]));
    this.groups = groupByRule(
      visible.filter((finding) => this.placed.has(finding.key)),
      this.ruleIds,
    );
    this.shown = displayOrder(this.groups);
    if (this.selectedKey !== null && !this.placed.has(this.selectedKey)) this.selectedKey = null;

    // Each reading of the page may find the article in another container (a live page grew).
    if (this.styledFor !== extracted) {
      installPageStyle(this.root, this.highlightScope(extracted));
      this.styledFor = extracted;
    }
    if (!this.painter) {
      // Fallback marks change the article: the watch must not take them for the page's changes.
      this.painter = unwatchedPainter(createPainter(documentOf(this.root)), { ignoreOwnChanges: () => this.watch?.ignoreOwnChanges() });
    }
    this.paint();
  }

  /** The sidebar's page facts, counted once per extraction: on a long article they cost tens of ms. */
  private pageInfo(extracted: ExtractedArticle, language: LanguageGuess): PageInfo {
    if (this.page?.of !== extracted) {
      this.page = { of: extracted, info: pageInfo(extracted.article, this.win.location.href, language, extracted.partial, this.cutShort) };
    }
    return this.page.info;
  }

  /** Watches the container of the article just read, so text the page adds or changes later is checked too. */
  private watchArticle(extracted: ExtractedArticle): void {
    this.watch ??= new ArticleWatch(new RecheckScheduler(() => this.recheckChangedPage()));
    this.watch.watch(this.containerOf(extracted));
  }

  /** The node holding the whole article just read: its first block to its last. */
  private containerOf(extracted: ExtractedArticle): Node {
    const { blocks } = extracted.article;
    const first = blocks[0];
    const last = blocks[blocks.length - 1];
    return articleContainer(documentOf(this.root), first ? extracted.map.toRange(first) : null, last ? extracted.map.toRange(last) : null);
  }

  /** Practice marks are offsets into the text being practised on: a re-read would move them. */
  private async recheckChangedPage(): Promise<void> {
    if (this.state === 'ready' && !this.practice.active) await this.check(true);
  }

  /** Paints what is shown and draws the sidebar and the page's marks to match. */
  private async loadSidebar(): Promise<void> {
    this.mountSidebar ??= (await loadDeferred()).mountSidebar;
  }

  private render(): void {
    this.placeAndPaint();
    const { extracted, language, mountSidebar } = this;
    if (this.state !== 'ready' || !extracted || !language || !mountSidebar) return;
    const props: SidebarProps = {
      groups: this.groups,
      total: this.shown.length,
      listLimit: this.listLimit,
      selectedKey: this.selectedKey,
      collapsed: this.settings?.sidebarCollapsed ?? false,
      status: this.statusLine,
      onSelect: (key, jump) => this.select(key, jump),
      onMove: (move) => this.move(move, false),
      onDismiss: (key) => void this.dismiss(key),
      onAddWord: (key) => void this.addWord(key),
      onShowRelated: (key, index) => this.showRelated(key, index),
      onUndo: () => void this.runUndo(),
      onCollapse: (collapsed) => void this.setCollapsed(collapsed),
      page: this.pageInfo(extracted, language),
      ruleIds: this.ruleIds,
      practice: this.practice.view(),
      onNotice: (message) => this.announce(message),
      onPractice: (on) => this.setPractice(on),
      onMarkSelection: () => this.announce(this.practice.markSelection(extracted.map, extracted.article.text)),
      onRemoveMark: (index) => {
        this.practice.removeMark(index, extracted.map);
        this.render();
      },
      onReveal: () => {
        const { overall } = this.practice.reveal(this.shown, this.ruleIds);
        this.announce(`You caught ${overall.caught} of ${overall.total}.`);
      },
    };
    if (this.sidebar) this.sidebar.update(props);
    else {
      this.sidebar = mountSidebar(this.doc, props);
      this.sidebarGuard = keepAttached(this.sidebar.host, this.doc.documentElement);
      // Keys and clicks inside a frame the article is read from do not reach the page's document.
      this.listenedDocuments = [...new Set([this.doc, documentOf(this.root)])];
      for (const doc of this.listenedDocuments) {
        doc.addEventListener('keydown', this.onKeyDown, true);
        doc.addEventListener('click', this.onPageClick, true);
      }
    }
    // The page is marked ready once the list shows every finding.
    if (this.listLimit < this.shown.length) {
      this.growList();
      return;
    }
    this.signalState('ready', this.shown.length);
    sendToBackground('showCount', { count: this.shown.length }).catch(() => {});
  }

  /**
   * `data-copydesk` (and the count once ready) on <html>, for a page that asked for signals: any
   * other page must not be able to tell that Copydesk is installed.
   */
  private signalState(state: 'checking' | 'ready' | 'error', count?: number): void {
    if (!signalsRequested(this.doc)) return;
    const html = this.doc.documentElement;
    if (count !== undefined) html.setAttribute('data-copydesk-count', String(count));
    html.setAttribute('data-copydesk', state);
  }

  /** Draws the next part of a long list in a task of its own, so no one render holds the page up. */
  private growList(): void {
    if (this.listGrowing) return;
    this.listGrowing = true;
    const generation = this.generation;
    void nextTask().then(() => {
      this.listGrowing = false;
      if (generation !== this.generation || this.state !== 'ready') return;
      this.listLimit += LIST_PART;
      this.render();
    });
  }

  // Only the reader's own keys and clicks count: a page's script can dispatch events that look
  // like them (isTrusted false), and Alt+Shift+S changes a stored setting.
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!event.isTrusted) return;
    const shortcut = pageShortcut(event);
    if (!shortcut || event.repeat || isEditable(event.composedPath()[0] ?? event.target)) return;
    if (shortcut !== 'toggle-sidebar' && this.practice.hidesFindings) return;
    event.preventDefault();
    event.stopPropagation();
    if (shortcut === 'toggle-sidebar') void this.toggleSidebar();
    else this.move(shortcut, true);
  };

  private readonly onPageClick = (event: MouseEvent): void => {
    const extracted = this.extracted;
    if (!event.isTrusted || !extracted || !this.painter || !this.highlightsVisible || this.practice.hidesFindings || event.button !== 0) return;
    if (this.sidebar && event.composedPath().includes(this.sidebar.host)) return;
    // The clicked node itself: a click inside a shadow tree reaches the document as one on its host.
    const keys = this.painter.keysAt(event.composedPath()[0] ?? event.target);
    const finding =
      keys === null
        ? findingAtPoint(this.root, extracted.map, this.shown, (f) => this.placed.get(f.key)?.range, event.clientX, event.clientY)
        : (this.shown.find((f) => keys.includes(f.key)) ?? null);
    if (finding) this.select(finding.key, false);
  };
}
