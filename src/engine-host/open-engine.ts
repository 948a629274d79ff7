/**
 * Where the engine lives: in the background itself when it has a DOM parser (Firefox's event
 * page), else in an offscreen document (Chromium, whose service worker has none).
 */
import { canPlanHere } from './planner.ts';
import { browser } from '../shared/extension-api.ts';
import { askEngine, NoAnswerError } from '../shared/messaging.ts';
import { STORED_DATA_KEYS } from '../shared/settings.ts';
import { loadStoredData } from '../shared/storage.ts';
import { hostEngine, type EngineHost } from './host.ts';

/** The part of chrome.offscreen we use; absent in Firefox. */
interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
}

const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;

let engineOpen: Promise<void> | null = null;
/** The engine when it lives here (Firefox). */
let hostedHere: EngineHost | null = null;

function openOffscreen(api: OffscreenApi): Promise<void> {
  return api
    .createDocument({
      url: 'offscreen.html',
      reasons: ['DOM_PARSER'],
      justification: 'Parse a copy of the page to find its article and proofread it without slowing the page down.',
    })
    .catch((error: unknown) => {
      // The document an earlier run of this service worker opened is still there: it is the host.
      if (!String(error).includes('single offscreen')) throw error;
    });
}

/** Resolves once the engine is ready for pages; opens its host the first time. */
export function openEngine(): Promise<void> {
  engineOpen ??= (async () => {
    if (canPlanHere()) {
      hostedHere ??= hostEngine(loadStoredData);
      return hostedHere.ready;
    }
    if (!offscreen) throw new Error('this browser has neither a DOM parser in the background nor offscreen documents');
    await openOffscreen(offscreen);
    await askEngine('ready', {});
  })().catch((error: unknown) => {
    engineOpen = null;
    throw error;
  });
  return engineOpen;
}

/** Keeps the engine's copy of the reader's stored data current (it checks opening pages with it). */
export function keepEngineStoredDataCurrent(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !STORED_DATA_KEYS.some((key) => key in changes)) return;
    if (hostedHere) hostedHere.refreshStored();
    // Not open yet: it will read the data when it opens.
    else
      askEngine('storedChanged', {}).catch((error: unknown) => {
        if (!(error instanceof NoAnswerError)) console.warn('Copydesk:', error);
      });
  });
}
