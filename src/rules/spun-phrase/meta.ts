import type { RuleLook } from '../../core/types.ts';

/** How the rule's findings are named and drawn: light, for the pages that show them (src/rules/metas.ts). */
export default {
  id: 'spun-phrase',
  label: 'Odd phrase',
  plural: 'Odd phrases',
  style: { color: '#5f3dc4', line: 'wavy' },
} as const satisfies RuleLook;
