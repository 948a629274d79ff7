/**
 * The offscreen document (Chromium only): the engine's host. Chromium's service worker has no
 * DOMParser and is stopped after half a minute idle, which would mean parsing the dictionary
 * again for the next page; this document stays open, parses the serialised pages, plans their
 * articles and analyses them, answering each page directly, so Readability's and the rules'
 * long tasks run here instead of on the reader's page.
 */
import { hostEngine } from './host.ts';
import { sendToBackground } from '../shared/messaging.ts';

// No storage API here: the background reads it, and says when it changes (storedChanged).
hostEngine(() => sendToBackground('storedData', {}));
