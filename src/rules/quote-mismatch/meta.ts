import type { RuleLook } from '../../core/types.ts';

/** How the rule's findings are named and drawn: light, for the pages that show them (src/rules/metas.ts). */
export default {
  id: 'quote-mismatch',
  label: 'Quote mismatch',
  plural: 'Quote mismatches',
  style: { color: '#c2255c', line: 'dashed' },
} as const satisfies RuleLook;
