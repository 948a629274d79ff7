/**
 * Pages whose article keeps changing after it was checked: a live blog adding posts, a story
 * updated in place, paragraphs loaded as the reader scrolls. The article's container is watched
 * and the page checked again once the changes settle, at a bounded rate: a page that changes
 * forever must not keep a core busy re-reading itself.
 */
import type { Painter } from './highlights.ts';

export interface RecheckTiming {
  /** A burst of changes is over once the article has been quiet this long. */
  quietMs: number;
  /** A page that never goes quiet is still re-checked this long after its first unchecked change. */
  maxWaitMs: number;
  /** The least time between the end of one check and the start of the next... */
  restMs: number;
  /** ...or this many times the last check's own duration, if longer: a slow page is re-checked less often. */
  restFactor: number;
}

/**
 * Every two seconds at most on a constantly changing page, and a slow check (a huge page) at most
 * a tenth of the time: the share of a core re-checking can take stays small whatever the page does.
 */
export const LIVE_RECHECK: RecheckTiming = { quietMs: 500, maxWaitMs: 2000, restMs: 2000, restFactor: 10 };

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Decides when to re-check: never while a check runs (changes meanwhile are kept for the next),
 * after a quiet spell or at most `maxWaitMs` after the first unchecked change, and never before
 * the rest after the previous check is over.
 */
export class RecheckScheduler {
  private firstChange: number | null = null;
  private lastChange = 0;
  private restUntil: number;
  private running = false;
  private stopped = false;
  private timer: unknown = undefined;

  /** Created once the first check is over: that check counts as the last one. */
  constructor(
    private readonly recheck: () => Promise<unknown>,
    private readonly timing: RecheckTiming = LIVE_RECHECK,
    private readonly clock: Clock = realClock,
  ) {
    this.restUntil = clock.now() + timing.restMs;
  }

  changed(): void {
    if (this.stopped) return;
    const now = this.clock.now();
    this.lastChange = now;
    this.firstChange ??= now;
    if (!this.running) this.arm(now);
  }

  stop(): void {
    this.stopped = true;
    this.clock.clearTimeout(this.timer);
  }

  private arm(now: number): void {
    const { quietMs, maxWaitMs } = this.timing;
    const settled = Math.min(this.lastChange + quietMs, (this.firstChange ?? now) + maxWaitMs);
    this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(() => void this.fire(), Math.max(settled, this.restUntil) - now);
  }

  private async fire(): Promise<void> {
    if (this.stopped) return;
    this.firstChange = null;
    this.running = true;
    const started = this.clock.now();
    try {
      await this.recheck();
    } finally {
      this.running = false;
      const ended = this.clock.now();
      this.restUntil = ended + Math.max(this.timing.restMs, this.timing.restFactor * (ended - started));
      if (this.firstChange !== null && !this.stopped) this.arm(ended);
    }
  }
}

/** The closest node holding all of the article's text: what to watch for changes. */
export function articleContainer(doc: Document, first: Range | null, last: Range | null): Node {
  if (!first || !last) return doc.body ?? doc.documentElement;
  const whole = doc.createRange();
  whole.setStart(first.startContainer, first.startOffset);
  whole.setEnd(last.endContainer, last.endOffset);
  return whole.commonAncestorContainer;
}

/**
 * Watches one container's text and structure (attributes are left out: a class toggled by an
 * animation changes no text) and tells the scheduler. Copydesk's own writes (the fallback
 * painter's marks) are taken out of the queue as they are made, so they never trigger a check.
 */
export class ArticleWatch {
  private readonly observer: MutationObserver;

  constructor(private readonly scheduler: RecheckScheduler) {
    this.observer = new MutationObserver(() => scheduler.changed());
  }

  watch(container: Node): void {
    this.observer.disconnect();
    this.observer.observe(container, { childList: true, subtree: true, characterData: true });
  }

  ignoreOwnChanges(): void {
    this.observer.takeRecords();
  }

  stop(): void {
    this.observer.disconnect();
    this.scheduler.stop();
  }
}

/** The painter, with every change it makes to the page kept from the watch. */
export function unwatchedPainter(painter: Painter, watch: { ignoreOwnChanges(): void }): Painter {
  return {
    paint(placed) {
      painter.paint(placed);
      watch.ignoreOwnChanges();
    },
    mark(kind, target) {
      painter.mark(kind, target);
      watch.ignoreOwnChanges();
    },
    keysAt: (target) => painter.keysAt(target),
    clear() {
      painter.clear();
      watch.ignoreOwnChanges();
    },
  };
}
