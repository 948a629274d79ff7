/**
 * The background (a service worker in Chromium, an event page in Firefox): it opens the engine's
 * host (itself in Firefox, an offscreen document in Chromium: see src/engine-host/open-engine.ts), keeps the
 * toolbar badge, relays shortcuts and keeps storage in sync.
 */
import { rules } from '../rules/index.ts';
import { browser } from '../shared/extension-api.ts';
import { listenInBackground, sendToTab } from '../shared/messaging.ts';
import type { ToContent } from '../shared/protocol.ts';
import { loadStoredData } from '../shared/storage.ts';
import { keepInSync } from '../shared/storage-sync.ts';
import { keepEngineStoredDataCurrent, openEngine } from '../engine-host/open-engine.ts';

const BADGE_COLOR = '#0b5cad';

/** Command names in manifest.json → what the content script is asked to do. */
const COMMANDS: Readonly<Record<string, keyof ToContent>> = {
  'check-page': 'checkPage',
  'toggle-sidebar': 'toggleSidebar',
};

listenInBackground({
  storedData: async () => loadStoredData(),
  openEngine: async () => {
    await openEngine();
    return null;
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

keepEngineStoredDataCurrent();

// The engine opens with the background, so the reader's first page does not wait for it (and
// the background starts with the browser: onStartup has a listener).
browser.runtime.onStartup.addListener(() => {});
openEngine().catch((error: unknown) => console.warn('Copydesk: the engine did not start:', error));
