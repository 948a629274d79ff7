// The page-side stylesheet: `::highlight()` rules only paint from a stylesheet of the page's
// own document (one inside the sidebar's shadow root paints nothing), and the fallback marks
// need the same look. It goes into <head>, never into the article.
import { RULE_IDS } from '../core/types.ts';
import { decoration, FLASH_HIGHLIGHT, highlightName, RULE_STYLES, SELECTED_HIGHLIGHT } from '../shared/rule-styles.ts';

export const MARK_TAG = 'copydesk-mark';
const STYLE_ID = 'copydesk-highlight-style';

const FLASH_FILL = 'rgba(255, 200, 0, 0.7)';
const SELECTED_FILL = 'rgba(34, 139, 230, 0.28)';

function tint(color: string): string {
  const value = Number.parseInt(color.slice(1), 16);
  return `rgba(${value >> 16}, ${(value >> 8) & 255}, ${value & 255}, 0.12)`;
}

export function pageCss(): string {
  const rules: string[] = [];
  for (const ruleId of RULE_IDS) {
    const style = RULE_STYLES[ruleId];
    const body = `text-decoration: ${decoration(style)}; text-decoration-skip-ink: none; background-color: ${style.fill ?? tint(style.color)};`;
    rules.push(`::highlight(${highlightName(ruleId)}) { ${body} }`);
    rules.push(`${MARK_TAG}[data-rule="${ruleId}"] { ${body} }`);
  }
  rules.push(`::highlight(${SELECTED_HIGHLIGHT}) { background-color: ${SELECTED_FILL}; }`);
  rules.push(`::highlight(${FLASH_HIGHLIGHT}) { background-color: ${FLASH_FILL}; color: #000; }`);
  rules.push(`${MARK_TAG} { display: inline; font: inherit; color: inherit; }`);
  rules.push(`${MARK_TAG}[data-selected] { background-color: ${SELECTED_FILL}; }`);
  rules.push(`${MARK_TAG}[data-flash] { background-color: ${FLASH_FILL}; color: #000; }`);
  return rules.join('\n');
}

export function installPageStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = pageCss();
  (doc.head ?? doc.documentElement).append(style);
}

export function removePageStyle(doc: Document): void {
  doc.getElementById(STYLE_ID)?.remove();
}
