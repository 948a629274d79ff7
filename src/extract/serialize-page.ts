// Apart from portable-plan.ts so the content script's always-injected gate can serialise a page
// without bundling the extractor (Readability) it does not run.

/** The page as HTML, doctype included so the copy parses in the same (no-)quirks mode. */
export function serializePage(document: Document): string {
  const doctype = document.doctype;
  const prolog = doctype ? new XMLSerializer().serializeToString(doctype) : '';
  return prolog + (document.documentElement?.outerHTML ?? '');
}
