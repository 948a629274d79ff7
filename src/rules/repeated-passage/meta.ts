import type { RuleLook } from '../../core/types.ts';

/** How the rule's findings are named and drawn: light, for the pages that show them (src/rules/metas.ts). */
export default {
  id: 'repeated-passage',
  label: 'Repeated passage',
  plural: 'Repeated passages',
  style: { color: '#9c36b5', line: 'dashed', fill: 'rgba(156, 54, 181, 0.14)' },
} as const satisfies RuleLook;
