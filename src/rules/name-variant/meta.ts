import type { RuleLook } from '../../core/types.ts';

/** How the rule's findings are named and drawn: light, for the pages that show them (src/rules/metas.ts). */
export default {
  id: 'name-variant',
  label: 'Name variant',
  plural: 'Name variants',
  style: { color: '#1c7ed6', line: 'dotted' },
} as const satisfies RuleLook;
