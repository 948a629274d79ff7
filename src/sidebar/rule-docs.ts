/**
 * The rule READMEs, bundled into the content script as text (esbuild's `text` loader for .md, and
 * its glob import: every src/rules/<id>/README.md present at build time is included, so a new
 * rule's explanation ships without touching this file). Loaded on first use: the import resolves
 * from the bundle, no file is fetched.
 */
import type { RuleId } from '../core/types.ts';

const loaded = new Map<RuleId, Promise<string | null>>();

export function loadRuleDoc(ruleId: RuleId): Promise<string | null> {
  let doc = loaded.get(ruleId);
  if (!doc) {
    doc = import(`../rules/${ruleId}/README.md`).then(
      (module: { default: string }) => module.default,
      () => null,
    );
    loaded.set(ruleId, doc);
  }
  return doc;
}
