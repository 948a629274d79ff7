// The one message between the background and the offscreen document (Chromium), apart from the
// content-script protocol so neither side mistakes the other's messages for its own.
import type { Runtime } from 'webextension-polyfill';

export interface PlanRequest {
  copydeskPlan: 1;
  html: string;
  baseUrl: string;
}

export function planRequest(html: string, baseUrl: string): PlanRequest {
  return { copydeskPlan: 1, html, baseUrl };
}

/** A plan request from our own background (never from a content script, which has a tab). */
export function isPlanRequest(message: unknown, sender: Runtime.MessageSender, ownId: string): message is PlanRequest {
  if (typeof message !== 'object' || message === null || sender.id !== ownId || sender.tab !== undefined) return false;
  const { copydeskPlan, html, baseUrl } = message as Record<string, unknown>;
  return copydeskPlan === 1 && typeof html === 'string' && typeof baseUrl === 'string';
}
