// What the always-injected gate (index.ts) and the page session both read: the page's opt-out
// and the storage changes that concern an open page.
import { browser } from '../shared/extension-api.ts';
import { normalizeWords } from '../shared/settings.ts';

function copydeskMeta(doc: Document): string | undefined {
  return doc.querySelector('meta[name="copydesk" i]')?.getAttribute('content')?.trim().toLowerCase();
}

/** The page opted out with <meta name="copydesk" content="off">. */
export function pageOptedOut(doc: Document): boolean {
  return copydeskMeta(doc) === 'off';
}

/**
 * The page asked for Copydesk's progress signals (performance marks, `data-copydesk` attributes)
 * with <meta name="copydesk" content="signals">: tests and benchmarks do. Without it a page must not
 * be able to tell that Copydesk is installed, so nothing of the kind is written.
 */
export function signalsRequested(doc: Document): boolean {
  return copydeskMeta(doc) === 'signals';
}

/** `performance.mark(name)` on the page's timeline, only where the page asked for signals. */
export function signalMark(doc: Document, name: string): void {
  if (signalsRequested(doc)) performance.mark(name);
}

/** `performance.measure(name)` from `start` (a performance.now() time) until now, only where the page asked for signals. */
export function signalMeasure(doc: Document, name: string, start: number): void {
  if (signalsRequested(doc)) performance.measure(name, { start });
}

function sameWords(before: unknown, after: unknown): boolean {
  const words = (value: unknown): string[] => normalizeWords(Array.isArray(value) ? value.filter((w): w is string => typeof w === 'string') : []);
  return words(before).join('\n') === words(after).join('\n');
}

/** Listens for storage changes that concern an open page. */
export function watchStorage(onSettings: (settings: unknown) => void, onDictionary: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (changes.settings) onSettings(changes.settings.newValue);
    // The first run after install writes an empty dictionary: no change, no second analysis.
    if (changes.userWords && !sameWords(changes.userWords.oldValue, changes.userWords.newValue)) onDictionary();
  });
}
