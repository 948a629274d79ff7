// Planning articles of serialised pages in an extension context that has a DOM: the offscreen
// document in Chromium, the background (event) page in Firefox.
import { planFromHtml, type PortablePlan } from '../extract/portable-plan.ts';

export const canPlanHere = (): boolean => typeof DOMParser === 'function';

const parseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

export function planHere(html: string, baseUrl: string): PortablePlan | null {
  return planFromHtml(html, baseUrl, parseHtml);
}
