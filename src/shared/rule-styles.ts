/**
 * How each rule is named and drawn, in one table the page highlights, the fallback marks and
 * the sidebar legend all read. Rules differ in line shape as well as colour, so no one has to
 * tell them apart by colour; the colours are mid-tones that read on light and dark pages.
 */
import type { RuleId } from '../core/types.ts';

export type LineStyle = 'wavy' | 'double' | 'dotted' | 'dashed' | 'solid';

export interface RuleStyle {
  /** Singular and plural names for people. */
  label: string;
  plural: string;
  color: string;
  line: LineStyle;
  /** A faint fill under the text, for rules whose spans are long (passages). */
  fill?: string;
}

export const RULE_STYLES: Readonly<Record<RuleId, RuleStyle>> = {
  typo: { label: 'Typo', plural: 'Typos', color: '#e03131', line: 'wavy' },
  'repeated-word': { label: 'Repeated word', plural: 'Repeated words', color: '#e8590c', line: 'double' },
  'repeated-passage': {
    label: 'Repeated passage',
    plural: 'Repeated passages',
    color: '#9c36b5',
    line: 'dashed',
    fill: 'rgba(156, 54, 181, 0.14)',
  },
  'name-variant': { label: 'Name variant', plural: 'Name variants', color: '#1c7ed6', line: 'dotted' },
  agreement: { label: 'Agreement', plural: 'Agreement', color: '#2f9e44', line: 'solid' },
  'number-inconsistency': { label: 'Number', plural: 'Numbers', color: '#0c8599', line: 'double' },
  'quote-mismatch': { label: 'Quote mismatch', plural: 'Quote mismatches', color: '#c2255c', line: 'dashed' },
  'spun-phrase': { label: 'Odd phrase', plural: 'Odd phrases', color: '#5f3dc4', line: 'wavy' },
};

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
