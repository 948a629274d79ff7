/**
 * The highlight names and the underline every page-side view draws findings with; each rule's
 * names and style are in its own meta (src/rules/metas.ts).
 */
import type { RuleId, RuleStyle } from '../core/types.ts';

export const HIGHLIGHT_PREFIX = 'copydesk-';
export const FLASH_HIGHLIGHT = 'copydesk-flash';
export const SELECTED_HIGHLIGHT = 'copydesk-selected';

export function highlightName(ruleId: RuleId): string {
  return `${HIGHLIGHT_PREFIX}${ruleId}`;
}

/** The CSS `text-decoration` that draws a rule's underline. */
export function decoration(style: RuleStyle): string {
  return `underline ${style.line} ${style.color} 2px`;
}
