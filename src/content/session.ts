/**
 * One page's Copydesk session: extract → analyse (in the engine's host) → view model → highlights
 * and sidebar, and everything the reader does afterwards. `reset()` takes every trace off the page again.
 */
import type { LanguageGuess } from '../core/language.ts';
import type { Finding, RuleId } from '../core/types.ts';
import { articleRoot, documentOf, type ArticleRoot } from '../extract/article-root.ts';
import type { ExtractedArticle } from '../extract/types.ts';
import { browser } from '../shared/extension-api.ts';
import { sendToBackground, sendToEngine } from '../shared/messaging.ts';
import type { EngineOptions, PageState, PageStatus } from '../shared/protocol.ts';
import { allowsCheck, type Settings } from '../shared/settings.ts';
import { StorageWriteError } from '../shared/storage-area.ts';
import { loadDismissed, loadSettings, loadStoredData, loadUserWords, saveDismissed, saveUserWords, updateSettings } from '../shared/storage.ts';
import type { SelectionMove } from '../sidebar/findings-view.ts';
import { pageInfo, type PageInfo } from '../sidebar/report-export.ts';
import type { SidebarProps, SidebarStatus } from '../sidebar/Sidebar.tsx';
import { createPainter, PageHighlights, rangeFor, type PlacedFinding } from './highlights.ts';
import { findingAtPoint } from './hit-test.ts';
import type { PageShortcut } from './shortcuts.ts';
import { ArticleWatch, articleContainer, RecheckScheduler, unwatchedPainter } from './live-updates.ts';
import { nextTask } from './next-task.ts';
import { highlightScope, installPageStyle, removePageStyle } from './page-style.ts';
import { pageOptedOut, signalMark, signalMeasure, signalsRequested } from './page-signals.ts';
import { readAndAnalyze } from './read-article.ts';
import { PracticeMode } from './practice.ts';
import { SidebarHost } from './sidebar-host.ts';
import { FindingsViewModel } from './view-model.ts';

/**
 * Findings the sidebar's list draws in its first render (its code may still be cold: a few), and
 * then in each task after it until all are drawn.
 */
const FIRST_LIST_PART = 10;
const LIST_PART = 40;

/** Chromium's highlights inherit their styles from the parent element's; Gecko's (140) do not. */
const HIGHLIGHT_STYLES_INHERIT = !browser.runtime.getURL('').startsWith('moz-extension:');

/** What is painted while the highlights are hidden. */
const NOTHING_PLACED: readonly PlacedFinding[] = [];

export class PageSession {
  private state: PageState = 'idle';
  private settings: Settings | null = null;
  /** The last reading of the article, re-analysed by a check that does not read the page again. */
  private extracted: ExtractedArticle | null = null;
  private page: { of: ExtractedArticle; cutShort: RuleId[]; info: PageInfo } | null = null;
  /** What is shown of the findings, and the selection. */
  private readonly findings = new FindingsViewModel();
  /** Rules the engine's time budget for this page left out. */
  private cutShort: RuleId[] = [];
  /** The article's language as the background's analysis read it (the page does not detect it again). */
  private language: LanguageGuess | null = null;
  /** How much of the list is drawn (see FIRST_LIST_PART); a new analysis starts again from the first part. */
  private listLimit = FIRST_LIST_PART;
  private listGrowing = false;
  private highlightsVisible = true;
  private statusLine: SidebarStatus = { message: '', canUndo: false };
  private undo: (() => Promise<void>) | null = null;
  private highlights: PageHighlights | null = null;
  /** The reading of the article the page stylesheet was last scoped to. */
  private styledFor: ExtractedArticle | null = null;
  private readonly sidebar: SidebarHost;
  /** Re-checks the article when the page changes it (a live blog); set up after the first check. */
  private watch: ArticleWatch | null = null;
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
    this.sidebar = new SidebarHost(doc, {
      takes: (shortcut) => shortcut === 'toggle-sidebar' || !this.practice.hidesFindings,
      onShortcut: (shortcut) => this.onShortcut(shortcut),
      onClick: (event) => this.onPageClick(event),
    });
  }

  get site(): string {
    return this.win.location.hostname;
  }

  status(): PageStatus {
    return {
      state: this.state,
      count: this.findings.view.shown.length,
      site: this.site,
      siteEnabled: this.settings ? allowsCheck(this.settings, this.site, false) : true,
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
    // The settings come first: a site on the never-run list is never read at all (not serialised,
    // not sent to the engine), not even when the reader asks for a check. An automatic check reads
    // only them before it knows it may run; the dictionary is read once it may.
    const asked = automatic ? null : loadStoredData();
    const settings = asked ? (await asked).settings : await loadSettings();
    if (generation !== this.generation) return true;
    this.settings = settings;
    if (!allowsCheck(settings, this.site, automatic)) return false;
    const stored = asked ?? loadStoredData();
    const options = stored.then(({ settings, userWords }): EngineOptions => ({ disabledRules: settings.disabledRules, userWords }));
    if (fresh) {
      // Fallback marks split text nodes; the page must be whole again before it is read.
      this.highlights?.clear();
      this.extracted = null;
      const root = articleRoot(this.doc);
      if (root !== this.root) {
        // The article moved to another tree: its stylesheet goes there with a new painter.
        removePageStyle(this.root);
        this.highlights = null;
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
      // The reader may have changed the settings while the page was read and analysed.
      if (!allowsCheck(settings, this.site, automatic)) {
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
      this.findings.load({ extracted, findings: reply.findings, ruleIds: reply.ruleIds }, dismissed);
      this.cutShort = reply.cutShort;
      this.language = reply.language;
      this.listLimit = FIRST_LIST_PART;
      this.state = 'ready';
      const paintStart = performance.now();
      this.paint();
      signalMeasure(this.doc, 'copydesk:paint', paintStart);
      signalMark(this.doc, 'copydesk:painted');
      // The sidebar's code loads only now, so it does not compete with the highlights; it draws
      // the list a part per task (growList).
      await this.sidebar.load();
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
    const wasShown = this.sidebar.mounted || this.state === 'checking' || this.state === 'ready';
    this.watch?.stop();
    this.watch = null;
    this.highlights?.clear();
    this.highlights = null;
    this.practice.stop();
    removePageStyle(this.root);
    this.styledFor = null;
    this.sidebar.remove();
    this.doc.documentElement.removeAttribute('data-copydesk');
    this.doc.documentElement.removeAttribute('data-copydesk-count');
    this.extracted = null;
    this.page = null;
    this.findings.clear();
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
    if (!allowsCheck(next, this.site, false)) this.reset();
    else if (before && before.disabledRules.join() !== next.disabledRules.join()) await this.check(false);
    else this.render();
  }

  /** The personal dictionary changed: the typo rule's answers may differ now. */
  async dictionaryChanged(): Promise<void> {
    if (this.active) await this.check(false);
  }

  move(move: SelectionMove, jump: boolean): void {
    const key = this.findings.keyAfter(move);
    if (key !== null) this.select(key, jump);
  }

  private select(key: string, jump: boolean): void {
    const placed = this.findings.select(key);
    if (!placed) return;
    // While a check runs the highlights wait for its findings, but the selection moves at once.
    // When ready, the render that ends this paints the selection.
    if (this.state !== 'ready') this.highlights?.select(this.highlightsVisible ? placed : null);
    if (jump) this.jumpTo(placed.range, key);
    const { shown } = this.findings.view;
    const index = shown.findIndex((finding) => finding.key === key);
    // A finding the list has not drawn yet: draw it all now.
    if (index >= this.listLimit) this.listLimit = shown.length;
    const finding = shown[index];
    if (finding) this.announce(`${index + 1} of ${shown.length}: ${finding.quote.exact}. ${finding.reason}`, false);
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
    this.highlights?.flash(key === undefined ? { range } : { range, key });
  }

  /** The dismissal is shown only once it is stored: a dismissal the browser did not keep would come back on the next visit. */
  private async dismiss(key: string): Promise<void> {
    const finding = this.shownFinding(key);
    if (!finding) return;
    const url = this.win.location.href;
    const exact = finding.quote.exact;
    if (!(await this.stored(() => saveDismissed(url, [...this.findings.dismissedKeys, key]), `“${exact}” was not dismissed`))) return;
    this.findings.dismiss(key);
    this.offerUndo(`Dismissed “${exact}”.`, async () => {
      if (
        !(await this.stored(
          () =>
            saveDismissed(
              url,
              this.findings.dismissedKeys.filter((k) => k !== key),
            ),
          `“${exact}” stays dismissed`,
        ))
      )
        return;
      this.findings.restore(key);
      this.render();
      this.announce(`Restored “${exact}”.`);
    });
    this.render();
  }

  private async addWord(key: string): Promise<void> {
    const finding = this.shownFinding(key);
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
    const related = this.shownFinding(key)?.related[index];
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
      this.findings.deselect();
    } else {
      this.practice.stop();
    }
    this.announce(on ? 'Practice: mark what you think is wrong, then reveal.' : this.summary());
  }

  private summary(): string {
    const n = this.findings.view.shown.length;
    return n === 0 ? 'Copydesk found nothing to flag.' : `Copydesk found ${n} ${n === 1 ? 'thing' : 'things'} to check.`;
  }

  /** Where the page stylesheet's highlight rules hang from (see pageCss): the article's container. */
  private highlightScope(extracted: ExtractedArticle): string {
    if (!HIGHLIGHT_STYLES_INHERIT) return '';
    const container = this.containerOf(extracted);
    const element = container.nodeType === Node.ELEMENT_NODE ? (container as Element) : container.parentElement;
    return element ? highlightScope(element, (ident) => CSS.escape(ident)) : ':root';
  }

  /**
   * Paints what is shown onto the article. The view model derives it again only when findings,
   * dismissals or the reading changed, and the highlights repaint only what changed since.
   */
  private paint(): void {
    const extracted = this.extracted;
    if (this.state !== 'ready' || !extracted) return;
    // Each reading of the page may find the article in another container (a live page grew).
    if (this.styledFor !== extracted) {
      installPageStyle(this.root, this.highlightScope(extracted));
      this.styledFor = extracted;
    }
    // Fallback marks change the article: the watch must not take them for the page's changes.
    this.highlights ??= new PageHighlights(unwatchedPainter(createPainter(documentOf(this.root)), { ignoreOwnChanges: () => this.watch?.ignoreOwnChanges() }));
    const visible = this.highlightsVisible && !this.practice.hidesFindings;
    this.highlights.show(visible ? this.findings.view.placed : NOTHING_PLACED, visible ? this.findings.selected : null);
  }

  /** The sidebar's page facts, counted once per extraction: on a long article they cost tens of ms. */
  private pageInfo(extracted: ExtractedArticle, language: LanguageGuess): PageInfo {
    // A re-analysis of the same reading (rules or dictionary changed) may leave out other rules.
    if (this.page?.of !== extracted || this.page.cutShort !== this.cutShort) {
      this.page = {
        of: extracted,
        cutShort: this.cutShort,
        info: pageInfo(extracted.article, this.win.location.href, language, extracted.partial, this.cutShort),
      };
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
  private render(): void {
    this.paint();
    const { extracted, language } = this;
    if (this.state !== 'ready' || !extracted || !language || !this.sidebar.loaded) return;
    const { groups, shown } = this.findings.view;
    const props: SidebarProps = {
      groups,
      total: shown.length,
      listLimit: this.listLimit,
      selectedKey: this.findings.selected?.key ?? null,
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
      ruleIds: this.findings.ruleIds,
      practice: this.practice.view(),
      onNotice: (message) => this.announce(message),
      onPractice: (on) => this.setPractice(on),
      onMarkSelection: () => this.announce(this.practice.markSelection(extracted.map, extracted.article.text)),
      onRemoveMark: (index) => {
        this.practice.removeMark(index, extracted.map);
        this.render();
      },
      onReveal: () => {
        const { overall } = this.practice.reveal(shown, this.findings.ruleIds);
        this.announce(`You caught ${overall.caught} of ${overall.total}.`);
      },
    };
    this.sidebar.show(props, documentOf(this.root));
    // The page is marked ready once the list shows every finding.
    if (this.listLimit < shown.length) {
      this.growList();
      return;
    }
    this.signalState('ready', shown.length);
    sendToBackground('showCount', { count: shown.length }).catch(() => {});
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

  private onShortcut(shortcut: PageShortcut): void {
    if (shortcut === 'toggle-sidebar') void this.toggleSidebar();
    else this.move(shortcut, true);
  }

  private onPageClick(event: MouseEvent): void {
    const { extracted, highlights } = this;
    if (!extracted || !highlights || !this.highlightsVisible || this.practice.hidesFindings) return;
    const { shown } = this.findings.view;
    // The clicked node itself: a click inside a shadow tree reaches the document as one on its host.
    const keys = highlights.keysAt(event.composedPath()[0] ?? event.target);
    const finding =
      keys === null
        ? findingAtPoint(this.root, extracted.map, shown, (f) => this.findings.placedOf(f.key)?.range, event.clientX, event.clientY)
        : (shown.find((f) => keys.includes(f.key)) ?? null);
    if (finding) this.select(finding.key, false);
  }

  /** A finding shown in the list. */
  private shownFinding(key: string): Finding | undefined {
    return this.findings.view.shown.find((finding) => finding.key === key);
  }
}
