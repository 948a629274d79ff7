/**
 * The parts of the page session that are loaded only on an article, after its highlights are
 * painted (content-deferred.js, a module the content script imports): the sidebar, with Preact,
 * and the extractor that runs on the page itself when the engine's plan of the page cannot be
 * followed. Keeping them out of content.js keeps the script every page compiles small.
 */
export { extractArticle } from '../extract/extract-article.ts';
export { mountSidebar } from '../sidebar/mount.tsx';
