/**
 * The rule READMEs, shipped with the page session as text (esbuild's `text` loader for .md, and
 * its glob `require`: every src/rules/<id>/README.md present at build time is included, so a new
 * rule's explanation ships without touching this file). They are bundled into the sidebar's own
 * module rather than split into chunks it imports: the module is web-accessible only at a URL
 * that changes every session (use_dynamic_url), and Chromium resolves a module's relative
 * imports against the extension's fixed URL, which pages (and so content scripts) may not load.
 * Each README is only a string until the reader first opens an explanation.
 */
import type { RuleId } from '../core/types.ts';

/** esbuild's require of a `text`-loaded file gives the text itself. */
declare const require: (path: string) => string;

const loaded = new Map<RuleId, Promise<string | null>>();

export function loadRuleDoc(ruleId: RuleId): Promise<string | null> {
  let doc = loaded.get(ruleId);
  if (!doc) {
    doc = Promise.resolve()
      .then(() => require(`../rules/${ruleId}/README.md`))
      .catch(() => null);
    loaded.set(ruleId, doc);
  }
  return doc;
}
