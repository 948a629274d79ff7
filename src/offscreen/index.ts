/**
 * The offscreen document (Chromium only: its service worker has no DOMParser). It parses the
 * serialised pages the background hands it and plans their articles, so Readability's one long
 * task runs here instead of on the reader's page.
 */
import { browser } from '../shared/extension-api.ts';
import { answerWith } from '../shared/messaging.ts';
import { planHere, warmUpPlanner } from './planner.ts';
import { isPlanRequest } from './plan-request.ts';

browser.runtime.onMessage.addListener(
  answerWith((message, sender) => {
    if (!isPlanRequest(message, sender, browser.runtime.id)) return undefined;
    return Promise.resolve(planHere(message.html, message.baseUrl));
  }),
);

warmUpPlanner();
