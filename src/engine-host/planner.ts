// Planning articles of serialised pages in an extension context that has a DOM: the offscreen
// document in Chromium, the background (event) page in Firefox.
import { planFromHtml, type PortablePlan } from '../extract/portable-plan.ts';
import { PageLimitError, parseWithinLimits } from '../extract/page-limits.ts';

export const canPlanHere = (): boolean => typeof DOMParser === 'function';

const parseHtml = (html: string): Document => parseWithinLimits(html, (markup) => new DOMParser().parseFromString(markup, 'text/html'));

/** The article plan of a serialised page; null when it has none, or is past the engine's limits (src/extract/page-limits.ts). */
export function planHere(html: string, baseUrl: string): PortablePlan | null {
  try {
    return planFromHtml(html, baseUrl, parseHtml);
  } catch (error) {
    if (error instanceof PageLimitError) return null;
    throw error;
  }
}
