/**
 * Every rule's light meta (src/rules/<id>/meta.ts): its names and highlight style, for the code
 * that shows findings without running rules — the content script, the sidebar, the options page,
 * the CLI's reports. It imports no rule code, so those bundles stay small. `RuleId` is read from it.
 */
import agreement from './agreement/meta.ts';
import nameVariant from './name-variant/meta.ts';
import numberInconsistency from './number-inconsistency/meta.ts';
import quoteMismatch from './quote-mismatch/meta.ts';
import repeatedPassage from './repeated-passage/meta.ts';
import repeatedWord from './repeated-word/meta.ts';
import spunPhrase from './spun-phrase/meta.ts';
import typo from './typo/meta.ts';
import type { RuleLook } from '../core/types.ts';

/** Sorted by id, one per rule folder: tests/unit/rules.test.ts checks it, scripts/new-rule.mjs adds to it. */
const metas = [agreement, nameVariant, numberInconsistency, quoteMismatch, repeatedPassage, repeatedWord, spunPhrase, typo] as const;

export type RuleId = (typeof metas)[number]['id'];

/** Every rule id, sorted. */
export const RULE_IDS: readonly RuleId[] = metas.map((meta) => meta.id);

export const RULE_METAS = Object.fromEntries(metas.map((meta) => [meta.id, meta])) as Readonly<Record<RuleId, RuleLook>>;
