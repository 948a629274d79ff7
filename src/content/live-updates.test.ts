// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { articleContainer, RecheckScheduler, type Clock, type RecheckTiming } from './live-updates.ts';

/** A clock the test moves by hand: timers fire only when `advance` passes them. */
class ManualClock implements Clock {
  private time = 0;
  private timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;
  now = (): number => this.time;
  setTimeout = (callback: () => void, ms: number): number => {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + Math.max(0, ms), callback });
    return id;
  };
  clearTimeout = (handle: unknown): void => void this.timers.delete(handle as number);

  /** Moves time forward, firing each due timer at its own time and letting its promise chain settle. */
  async advance(ms: number): Promise<void> {
    const until = this.time + ms;
    for (;;) {
      const due = [...this.timers].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].callback();
      for (let i = 0; i < 10; i++) await Promise.resolve();
    }
    this.time = until;
  }
}

const TIMING: RecheckTiming = { quietMs: 500, maxWaitMs: 2000, restMs: 2000, restFactor: 10 };

/** A scheduler whose checks take `checkMs` of clock time; records when each check started. */
function setUp(checkMs = 100) {
  const clock = new ManualClock();
  const starts: number[] = [];
  const scheduler = new RecheckScheduler(
    async () => {
      starts.push(clock.now());
      await new Promise<void>((resolve) => clock.setTimeout(resolve, checkMs));
    },
    TIMING,
    clock,
  );
  return { clock, starts, scheduler };
}

describe('RecheckScheduler', () => {
  it('re-checks once a burst of changes has been quiet, after the rest that follows the first check', async () => {
    const { clock, starts, scheduler } = setUp();
    await clock.advance(3000);
    scheduler.changed();
    await clock.advance(100);
    scheduler.changed();
    await clock.advance(499);
    expect(starts).toEqual([]);
    await clock.advance(1);
    expect(starts).toEqual([3600]);
    await clock.advance(10_000);
    expect(starts).toEqual([3600]);
  });

  it('waits for the rest after the first check even when the page is quiet at once', async () => {
    const { clock, starts, scheduler } = setUp();
    scheduler.changed();
    await clock.advance(1999);
    expect(starts).toEqual([]);
    await clock.advance(1);
    expect(starts).toEqual([2000]);
  });

  it('a page that changes every 200 ms forever is re-checked at a bounded rate, and every change is checked', async () => {
    const { clock, starts, scheduler } = setUp(300);
    for (let t = 0; t < 20_000; t += 200) {
      scheduler.changed();
      await clock.advance(200);
    }
    // The first after the rest that follows the first check; then each one check (300 ms) plus its
    // rest (ten times 300 ms) after the last: the page never goes quiet, and never waits longer.
    expect(starts).toEqual([2000, 5300, 8600, 11_900, 15_200, 18_500]);
    // The last changes (during or after the last check) are still due.
    const last = starts.length;
    await clock.advance(10_000);
    expect(starts.length).toBe(last + 1);
  });

  it('rests ten times as long as a slow check took', async () => {
    const { clock, starts, scheduler } = setUp(1000);
    scheduler.changed();
    await clock.advance(2000);
    expect(starts).toEqual([2000]);
    scheduler.changed();
    await clock.advance(10_999);
    expect(starts).toEqual([2000]);
    await clock.advance(1);
    expect(starts).toEqual([2000, 13_000]);
  });

  it('checks nothing once stopped', async () => {
    const { clock, starts, scheduler } = setUp();
    scheduler.changed();
    scheduler.stop();
    scheduler.changed();
    await clock.advance(10_000);
    expect(starts).toEqual([]);
  });
});

describe('articleContainer', () => {
  it('is the closest element holding the first and the last of the article, or the body when unknown', () => {
    document.body.innerHTML = '<header><h1>Title</h1></header><main><article><p>One</p><div><p>Two</p></div></article></main>';
    const range = (selector: string) => {
      const r = document.createRange();
      r.selectNodeContents(document.querySelector(selector) as Element);
      return r;
    };
    expect((articleContainer(document, range('article p'), range('article div p')) as Element).tagName).toBe('ARTICLE');
    expect((articleContainer(document, range('h1'), range('article div p')) as Element).tagName).toBe('BODY');
    expect(articleContainer(document, null, range('h1'))).toBe(document.body);
  });
});
