import type { RuleLook } from '../../core/types.ts';

/** How the rule's findings are named and drawn: light, for the pages that show them (src/rules/metas.ts). */
export default {
  id: 'number-inconsistency',
  label: 'Number',
  plural: 'Numbers',
  style: { color: '#0c8599', line: 'double' },
} as const satisfies RuleLook;
