// What the browser benchmark reads off a page Copydesk checked: the content script's performance
// marks against DOMContentLoaded, and the long tasks of the page's main thread. The page is a
// Playwright page (Chromium) or a puppeteer page (Firefox over WebDriver BiDi): both evaluate the
// same functions.

/** Runs in the page's main world before any of its scripts: records every long task. */
export function recordLongTasks() {
  const tasks = [];
  Object.defineProperty(window, '__copydeskBenchLongTasks', { value: tasks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * The figures of a page whose copydesk:painted mark is set: the time from DOMContentLoaded to
 * the mark (and to copydesk:start, negative when the script ran before DOMContentLoaded), when
 * DOMContentLoaded and the paint came after navigation started, whether the load event had fired
 * before the paint and before the check started, and the longest main-thread task from the start of navigation until two frames
 * after the paint — also counted from copydesk:start only, which leaves out the page's own parsing
 * (on a big page that alone can be a long task); null where the browser has no Long Tasks API
 * (Firefox).
 */
export function readPaintTimings(page) {
  return page.evaluate(async () => {
    // Long-task entries are delivered after their task ends: let two frames pass, or 100 ms on a
    // page that draws none (a stylesheet still loading blocks its rendering).
    await new Promise((resolve) => {
      requestAnimationFrame(() => requestAnimationFrame(resolve));
      setTimeout(resolve, 100);
    });
    const navigation = performance.getEntriesByType('navigation')[0];
    const started = performance.getEntriesByName('copydesk:start')[0].startTime;
    const painted = performance.getEntriesByName('copydesk:painted')[0].startTime;
    const tasks = window.__copydeskBenchLongTasks;
    return {
      paintMs: painted - navigation.domContentLoadedEventStart,
      startMs: started - navigation.domContentLoadedEventStart,
      domContentLoadedSinceNavigationMs: navigation.domContentLoadedEventStart,
      paintSinceNavigationMs: painted,
      // loadEventStart is 0 while the load event has not fired (a request of the page still open).
      paintedAfterLoad: navigation.loadEventStart > 0 && navigation.loadEventStart <= painted,
      // The automatic check starts with its gate (copydesk:gate): waiting for the load event, it
      // starts after it, though the event came well after DOMContentLoaded (more than the 200 ms
      // Chromium's document_idle waits at most; a load event right after DOMContentLoaded, as when
      // held requests time out while a held stylesheet keeps the parser back, is no such wait).
      checkStartedAfterLoad:
        navigation.loadEventStart > navigation.domContentLoadedEventStart + 200 &&
        navigation.loadEventStart <= (performance.getEntriesByName('copydesk:gate')[0]?.startTime ?? painted),
      loadSinceNavigationMs: navigation.loadEventStart > 0 ? navigation.loadEventStart : null,
      longestTaskMs: tasks ? Math.max(0, ...tasks.map((task) => task.duration)) : null,
      longestTaskSinceStartMs: tasks ? Math.max(0, ...tasks.filter((task) => task.start >= started).map((task) => task.duration)) : null,
      findings: Number(document.documentElement.getAttribute('data-copydesk-count')),
      // The content script's own stage measures (serialize, analyze, read, paint…), to see where the time goes.
      stages: Object.fromEntries(
        performance
          .getEntriesByType('measure')
          .filter((entry) => entry.name.startsWith('copydesk:'))
          .map((entry) => [entry.name.slice('copydesk:'.length), Math.round(entry.duration * 10) / 10]),
      ),
    };
  });
}

/** One DevTools session per Chromium page, for waitForMark. */
const markSessions = new WeakMap();

/** A Playwright page (Chromium, with DevTools sessions) rather than a puppeteer one (Firefox). */
const isPlaywrightPage = (page) => typeof page.context === 'function';

/**
 * Waits until mark `name` is on the page's performance timeline (the content script's marks are
 * there), asking through a DevTools session of our own with a few lines of script. Not Playwright's
 * waitForFunction: that has the page compile Playwright's own injected script (about 330 KB) on
 * every new document, a 30 ms task on the page's main thread just as Copydesk's answer comes
 * back, which the figures would charge to Copydesk. In Firefox the same lines go through
 * puppeteer's evaluate (WebDriver BiDi's script.evaluate, nothing injected).
 * @param {import('@playwright/test').Page | import('puppeteer-core').Page} page
 * @param {string} name
 */
export async function waitForMark(page, name, timeoutMs = 60_000) {
  const expression = `new Promise((resolve, reject) => {
    const name = ${JSON.stringify(name)};
    const seen = () => performance.getEntriesByName(name).length > 0;
    if (seen()) return resolve(true);
    const observer = new PerformanceObserver(() => {
      if (!seen()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(true);
    });
    observer.observe({ type: 'mark' });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('no ' + name + ' mark within ${timeoutMs} ms'));
    }, ${timeoutMs});
  })`;
  if (!isPlaywrightPage(page)) {
    await page.evaluate(expression);
    return;
  }
  let session = markSessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    markSessions.set(page, session);
  }
  const { exceptionDetails } = await session.send('Runtime.evaluate', { expression, awaitPromise: true });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
}

/**
 * Navigates a puppeteer page in Firefox and resolves at the document's DOMContentLoaded, through
 * WebDriver BiDi itself: puppeteer's goto also waits for every frame's, and a frame of a held
 * third-party request never has one.
 * @param {import('puppeteer-core').Page} page
 * @param {string} url
 */
export async function gotoInFirefox(page, url) {
  await page.browser().connection.send('browsingContext.navigate', { context: page.mainFrame()._id, url, wait: 'interactive' });
}

/** Loads `url`, waits for the highlights and reads the figures of `readPaintTimings`. */
export async function measurePaint(page, url) {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await waitForMark(page, 'copydesk:painted');
  return readPaintTimings(page);
}
