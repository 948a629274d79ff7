/**
 * The rule READMEs, shipped with the page session as text (esbuild's `text` loader for .md, and
 * its glob import: every src/rules/<id>/README.md present at build time is included, so a new
 * rule's explanation ships without touching this file). Each is a chunk of its own
 * (scripts/build.mjs splits the session), fetched from the extension when the reader first
 * opens an explanation, so an article's page does not load them all.
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
