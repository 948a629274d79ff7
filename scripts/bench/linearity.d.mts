// Types for scripts/bench/linearity.mjs, so its tests can import it under `strict`.
import type { LinearityRow } from './summary.d.mts';

export declare function measureRow(id: string, input: { name: string }, chars: number, time: (chars: number) => Record<string, number>): LinearityRow;
