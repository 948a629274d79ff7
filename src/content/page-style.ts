// The page-side stylesheet: `::highlight()` rules only paint from a stylesheet of the tree the
// highlighted text is in (one inside the sidebar's shadow root paints nothing on the page), and
// the fallback marks need the same look. It goes into <head>, never into the article, or is
// adopted by the shadow root an article lives in.
import { isDocument, type ArticleRoot } from '../extract/article-root.ts';
import { RULE_IDS, RULE_METAS } from '../rules/metas.ts';
import { decoration, FLASH_HIGHLIGHT, highlightName, SELECTED_HIGHLIGHT } from '../shared/rule-styles.ts';

export const MARK_TAG = 'copydesk-mark';
const STYLE_ID = 'copydesk-highlight-style';

const FLASH_FILL = 'rgba(255, 200, 0, 0.7)';
const SELECTED_FILL = 'rgba(34, 139, 230, 0.28)';

function tint(color: string): string {
  const value = Number.parseInt(color.slice(1), 16);
  return `rgba(${value >> 16}, ${(value >> 8) & 255}, ${value & 255}, 0.12)`;
}

/**
 * The rules; `scope` is the selector the ::highlight() rules hang from. Where highlight styles are
 * inherited (Chromium), a rule on the article's container styles the highlights of everything in
 * it, and adding the sheet restyles only that subtree: rules that match every element (scope '')
 * restyle the whole page, 680 ms on a page of 100,000 elements. Gecko 140 does not inherit them.
 */
export function pageCss(scope = ''): string {
  const rules: string[] = [];
  for (const ruleId of RULE_IDS) {
    const { style } = RULE_METAS[ruleId];
    const body = `text-decoration: ${decoration(style)}; text-decoration-skip-ink: none; background-color: ${style.fill ?? tint(style.color)};`;
    rules.push(`${scope}::highlight(${highlightName(ruleId)}) { ${body} }`);
    rules.push(`${MARK_TAG}[data-rule="${ruleId}"] { ${body} }`);
  }
  rules.push(`${scope}::highlight(${SELECTED_HIGHLIGHT}) { background-color: ${SELECTED_FILL}; }`);
  rules.push(`${scope}::highlight(${FLASH_HIGHLIGHT}) { background-color: ${FLASH_FILL}; color: #000; }`);
  rules.push(`${MARK_TAG} { display: inline; font: inherit; color: inherit; }`);
  rules.push(`${MARK_TAG}[data-selected] { background-color: ${SELECTED_FILL}; }`);
  rules.push(`${MARK_TAG}[data-flash] { background-color: ${FLASH_FILL}; color: #000; }`);
  return rules.join('\n');
}

/** The stylesheet shadow roots adopt, one per document: a constructed sheet belongs to the document that made it. */
const adoptedSheets = new WeakMap<Document, CSSStyleSheet>();
/** The shadow roots that adopted it, so a reset touches only those. */
const adopters = new WeakSet<ShadowRoot>();

/**
 * Adopts the page stylesheet into a shadow root, beside the page's own sheets, without adding a
 * node to its tree. False where that cannot be done: Firefox ESR 140's content scripts see
 * adoptedStyleSheets through Xray wrappers, which do not support it (reading it fails); ESR 153's can.
 */
function adopt(root: ShadowRoot): boolean {
  if (!('adoptedStyleSheets' in root)) return false;
  const doc = root.ownerDocument;
  try {
    let sheet = adoptedSheets.get(doc);
    if (!sheet) {
      sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
      sheet.replaceSync(pageCss());
      adoptedSheets.set(doc, sheet);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    if (!root.adoptedStyleSheets.includes(sheet)) return false;
    adopters.add(root);
    return true;
  } catch {
    return false;
  }
}

function styleElement(doc: Document, scope = ''): HTMLStyleElement {
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = pageCss(scope);
  return style;
}

/**
 * The selector highlight rules hang from, for an article in `container`, where highlight styles
 * are inherited: the container by tag and id (what a page is least likely to change under it;
 * other elements of that tag match too, which only costs their restyle), or the root.
 */
export function highlightScope(container: Element, escape: (ident: string) => string): string {
  const doc = container.ownerDocument;
  if (container === doc.documentElement || container === doc.body) return ':root';
  return container.id ? `${container.localName}#${escape(container.id)}` : container.localName;
}

/**
 * Puts the page stylesheet where the article is: the document's <head>, or the shadow root
 * holding the article (::highlight() rules only paint in the tree of the stylesheet holding them;
 * a document's rules do not reach into a shadow tree), adopted there or, where it cannot be,
 * as a <style> at the end of the shadow tree. `scope`: see pageCss (documents only; a shadow
 * tree's own sheet restyles only that tree). A sheet already there takes the new scope.
 */
export function installPageStyle(root: ArticleRoot, scope: string): void {
  const existing = root.getElementById(STYLE_ID);
  if (existing) {
    if (isDocument(root)) {
      const css = pageCss(scope);
      if (existing.textContent !== css) existing.textContent = css;
    }
    return;
  }
  if (isDocument(root)) (root.head ?? root.documentElement).append(styleElement(root, scope));
  else if (!adopt(root)) root.append(styleElement(root.ownerDocument));
}

export function removePageStyle(root: ArticleRoot): void {
  root.getElementById(STYLE_ID)?.remove();
  if (isDocument(root)) return;
  const sheet = adoptedSheets.get(root.ownerDocument);
  if (!sheet || !adopters.has(root)) return;
  root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  adopters.delete(root);
}
