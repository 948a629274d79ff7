/**
 * What a reader never sees, decided from markup alone (no computed style): the same answer on a
 * live page, where computing styles would force a layout, and in node, where there are none.
 */

/** Class names that sites and CSS frameworks use to hide an element or keep it for screen readers only. */
// prettier-ignore
const HIDDEN_CLASSES = new Set([
  'hidden', 'is-hidden', 'u-hidden', 'hide', 'd-none', 'invisible', 'element-invisible', 'sr-only', 'sr-only-focusable', 'visually-hidden', 'visuallyhidden',
  'visually-hidden-focusable', 'screen-reader-text', 'screen-reader-only', 'screenreader-only', 'show-for-sr', 'offscreen', 'a11y-hidden', 'u-visually-hidden',
  'is-visually-hidden',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** Elements whose text is never article prose; code (inline too) is copied, not read. */
// prettier-ignore
const NON_TEXT_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'AUDIO', 'VIDEO',
  'PRE', 'CODE', 'KBD', 'SAMP', 'INPUT', 'DIALOG',
]);

/**
 * Text that is not the publication's copy: a non-text element, or a region the reader types
 * into (a contenteditable note or comment box; its text is theirs, not the article's).
 * `tag` is the tag the element reads as, when that differs from its own.
 */
export function holdsNoProse(element: Element, tag = element.tagName.toUpperCase()): boolean {
  if (NON_TEXT_TAGS.has(tag)) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** Page furniture Readability does not always catch: navigation, dialogs, cookie and consent banners. */
const FURNITURE_ROLES = new Set(['navigation', 'dialog', 'alertdialog', 'menu', 'menubar', 'search']);
const FURNITURE_NAME = /(?:^|[\s_-])(?:cookie|consent|gdpr|newsletter|paywall|share|sharing|social|related|recommended|promo|outbrain|taboola)(?:$|[\s_-])/i;

export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style !== null && HIDDEN_STYLE.test(style)) return true;
  const className = element.getAttribute('class');
  if (className) {
    for (const name of className.split(/\s+/)) if (HIDDEN_CLASSES.has(name.toLowerCase())) return true;
  }
  return false;
}

/**
 * Navigation, menus, dialogs and banners by tag, role or name. A name alone is weak evidence
 * (sites name whole article bodies "…share-btns…Parent"), so a named element must also hold no
 * paragraph, or be mostly links, before it counts.
 */
export function isFurniture(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === 'NAV') return true;
  const role = element.getAttribute('role');
  if (role !== null && FURNITURE_ROLES.has(role)) return true;
  if (element.getAttribute('aria-modal') === 'true') return true;
  if (tag === 'HTML' || tag === 'BODY' || tag === 'MAIN' || tag === 'ARTICLE') return false;
  if (!FURNITURE_NAME.test(`${element.getAttribute('class') ?? ''} ${element.id}`)) return false;
  return element.querySelector('p') === null || linkDensity(element) > 0.5;
}

function linkDensity(element: Element): number {
  const total = (element.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return 0;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += (link.textContent ?? '').replace(/\s+/g, '').length;
  return linked / total;
}
