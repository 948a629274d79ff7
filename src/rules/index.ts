import type { Rule } from '../core/types.ts';
import agreement from './agreement/agreement.ts';
import nameVariant from './name-variant/name-variant.ts';
import numberInconsistency from './number-inconsistency/number-inconsistency.ts';
import quoteMismatch from './quote-mismatch/quote-mismatch.ts';
import repeatedPassage from './repeated-passage/repeated-passage.ts';
import repeatedWord from './repeated-word/repeated-word.ts';
import spunPhrase from './spun-phrase/spun-phrase.ts';
import typo from './typo/typo.ts';

/** Every rule, sorted by id. Keep it sorted; tests/unit/rules.test.ts checks it. */
export const rules: readonly Rule[] = [agreement, nameVariant, numberInconsistency, quoteMismatch, repeatedPassage, repeatedWord, spunPhrase, typo];
