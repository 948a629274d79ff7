/**
 * The WebExtension API without webextension-polyfill: Firefox's `browser` and, in Chromium, its
 * Manifest V3 `chrome`, whose methods return promises too. The polyfill's 10 KB had to be
 * compiled on every page the content script is injected into. Typed with the polyfill's types.
 *
 * One difference the polyfill used to hide: a Chromium `runtime.onMessage` listener cannot
 * answer by returning a promise. Listeners answer through `sendResponse` and return `true`
 * (shared/messaging.ts does so for every Copydesk message).
 */
import type { Browser } from 'webextension-polyfill';

const globals = globalThis as { browser?: Browser; chrome?: Browser };

export const browser: Browser = (globals.browser ?? globals.chrome) as Browser;
