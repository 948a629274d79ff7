/**
 * The sidebar on the page: its code loaded after the first highlights are painted, mounted on the
 * first draw, put back when the page takes it out (keepAttached), and, while it is there, the
 * reader's shortcuts and clicks on the page, handed to the session.
 */
import type { SidebarHandle } from '../sidebar/mount.tsx';
import type { SidebarProps } from '../sidebar/Sidebar.tsx';
import { keepAttached, type AttachmentGuard } from './keep-attached.ts';
import { loadDeferred } from './load-deferred.ts';
import { isEditable, pageShortcut, type PageShortcut } from './shortcuts.ts';

/** What the session does with the reader's keys and clicks on the page. */
export interface PageInput {
  /** Whether the shortcut does anything now: one that does is kept from the page. */
  takes(shortcut: PageShortcut): boolean;
  onShortcut(shortcut: PageShortcut): void;
  /** A click with the main button on the page, outside the sidebar. */
  onClick(event: MouseEvent): void;
}

export class SidebarHost {
  /** The sidebar's code (Preact and its components), loaded after the first paint. */
  private mountSidebar: typeof import('./deferred.ts').mountSidebar | null = null;
  private sidebar: SidebarHandle | null = null;
  private guard: AttachmentGuard | null = null;
  /** Where the reader's keys and clicks are listened for: the page, and the frame holding the article. */
  private listened: Document[] = [];

  constructor(
    private readonly doc: Document,
    private readonly input: PageInput,
  ) {}

  get loaded(): boolean {
    return this.mountSidebar !== null;
  }

  get mounted(): boolean {
    return this.sidebar !== null;
  }

  async load(): Promise<void> {
    this.mountSidebar ??= (await loadDeferred()).mountSidebar;
  }

  /** Draws the sidebar, mounting it the first time; `articleDoc` is the document the article is read from. */
  show(props: SidebarProps, articleDoc: Document): void {
    if (this.sidebar) {
      this.sidebar.update(props);
      return;
    }
    if (!this.mountSidebar) return;
    this.sidebar = this.mountSidebar(this.doc, props);
    this.guard = keepAttached(this.sidebar.host, this.doc.documentElement);
    // Keys and clicks inside a frame the article is read from do not reach the page's document.
    this.listened = [...new Set([this.doc, articleDoc])];
    for (const doc of this.listened) {
      doc.addEventListener('keydown', this.onKeyDown, true);
      doc.addEventListener('click', this.onClick, true);
    }
  }

  /** Takes the sidebar off the page and stops listening (its code stays loaded). */
  remove(): void {
    this.guard?.stop();
    this.guard = null;
    this.sidebar?.unmount();
    this.sidebar = null;
    for (const doc of this.listened) {
      doc.removeEventListener('keydown', this.onKeyDown, true);
      doc.removeEventListener('click', this.onClick, true);
    }
    this.listened = [];
  }

  // Only the reader's own keys and clicks count: a page's script can dispatch events that look
  // like them (isTrusted false), and Alt+Shift+S changes a stored setting.
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!event.isTrusted) return;
    const shortcut = pageShortcut(event);
    if (!shortcut || event.repeat || isEditable(event.composedPath()[0] ?? event.target) || !this.input.takes(shortcut)) return;
    event.preventDefault();
    event.stopPropagation();
    this.input.onShortcut(shortcut);
  };

  private readonly onClick = (event: MouseEvent): void => {
    if (!event.isTrusted || event.button !== 0) return;
    if (this.sidebar && event.composedPath().includes(this.sidebar.host)) return;
    this.input.onClick(event);
  };
}
