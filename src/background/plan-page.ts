/**
 * Where the background plans a serialised page's article: in itself when it has a DOM (Firefox's
 * event page), else in an offscreen document (Chromium's service worker has no DOMParser).
 */
import type { PortablePlan } from '../extract/portable-plan.ts';
import { planRequest } from '../offscreen/plan-request.ts';
import { canPlanHere, planHere, warmUpPlanner } from '../offscreen/planner.ts';
import { browser } from '../shared/extension-api.ts';
import { replyValue } from '../shared/messaging.ts';

/** The part of chrome.offscreen we use; absent in Firefox, whose background has a DOM anyway. */
interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
}

const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;

let offscreenOpen: Promise<void> | null = null;

function openOffscreen(api: OffscreenApi): Promise<void> {
  offscreenOpen ??= api
    .createDocument({
      url: 'offscreen.html',
      reasons: ['DOM_PARSER'],
      justification: 'Parse a copy of the page to find its article without slowing the page down.',
    })
    .catch((error: unknown) => {
      // The document an earlier run of this service worker opened is still there: use it.
      if (String(error).includes('single offscreen')) return;
      offscreenOpen = null;
      throw error;
    });
  return offscreenOpen;
}

/** The article plan of a serialised page; undefined when this browser gives us no HTML parser. */
export async function planPage(html: string, baseUrl: string): Promise<PortablePlan | null | undefined> {
  if (canPlanHere()) return planHere(html, baseUrl);
  if (!offscreen) return undefined;
  await openOffscreen(offscreen);
  return replyValue<PortablePlan | null>(await browser.runtime.sendMessage(planRequest(html, baseUrl)));
}

/** Gets the parser ready (and compiled) before the first page asks. */
export function preparePlanner(): void {
  if (canPlanHere()) warmUpPlanner();
  else if (offscreen) openOffscreen(offscreen).catch((error: unknown) => console.warn('Copydesk: no offscreen document:', error));
}
