import type { RuleLook } from '../../core/types.ts';

/** How the rule's findings are named and drawn: light, for the pages that show them (src/rules/metas.ts). */
export default {
  id: 'typo',
  label: 'Typo',
  plural: 'Typos',
  style: { color: '#e03131', line: 'wavy' },
} as const satisfies RuleLook;
