import type { RuleLook } from '../../core/types.ts';

/** How the rule's findings are named and drawn: light, for the pages that show them (src/rules/metas.ts). */
export default {
  id: 'repeated-word',
  label: 'Repeated word',
  plural: 'Repeated words',
  style: { color: '#e8590c', line: 'double' },
} as const satisfies RuleLook;
