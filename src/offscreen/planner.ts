// Planning articles of serialised pages in an extension context that has a DOM: the offscreen
// document in Chromium, the background (event) page in Firefox.
import { planFromHtml, type PortablePlan } from '../extract/portable-plan.ts';
import { WARM_UP_ARTICLE } from './warm-up-article.ts';

export const canPlanHere = (): boolean => typeof DOMParser === 'function';

const parseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

export function planHere(html: string, baseUrl: string): PortablePlan | null {
  return planFromHtml(html, baseUrl, parseHtml);
}

/** Plans a small page once, so the reader's first page does not pay for compiling Readability. */
export function warmUpPlanner(): void {
  const body = WARM_UP_ARTICLE.paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('');
  planHere(`<!DOCTYPE html><html lang="en"><body><article><h1>${WARM_UP_ARTICLE.title}</h1>${body}</article></body></html>`, 'https://copydesk.invalid/');
}
