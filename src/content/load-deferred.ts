import { browser } from '../shared/extension-api.ts';
import { signalMeasure } from './page-signals.ts';

/** Built from src/content/deferred.ts; listed in the manifest's web_accessible_resources. */
const DEFERRED_MODULE = 'content-deferred.js';

type Deferred = typeof import('./deferred.ts');

let loading: Promise<Deferred> | null = null;

/** The sidebar and the on-page extractor, loaded once per page on first need. */
export function loadDeferred(): Promise<Deferred> {
  if (!loading) {
    const started = performance.now();
    loading = (import(browser.runtime.getURL(DEFERRED_MODULE)) as Promise<Deferred>).then((module) => {
      signalMeasure(document, 'copydesk:load-deferred', started);
      return module;
    });
    // A failed load (the extension was updated under the page) may be retried by the next check.
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
