import type { RuleLook } from '../../core/types.ts';

/** How the rule's findings are named and drawn: light, for the pages that show them (src/rules/metas.ts). */
export default {
  id: 'agreement',
  label: 'Agreement',
  plural: 'Agreement',
  style: { color: '#2f9e44', line: 'solid' },
} as const satisfies RuleLook;
