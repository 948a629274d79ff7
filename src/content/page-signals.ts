// What the always-injected gate (index.ts) and the page session both read: the page's opt-out
// and the storage changes that concern an open page.
import { browser } from '../shared/extension-api.ts';
import { normalizeWords } from '../shared/settings.ts';

/** The page opted out with <meta name="copydesk" content="off">. */
export function pageOptedOut(doc: Document): boolean {
  const meta = doc.querySelector('meta[name="copydesk" i]');
  return meta?.getAttribute('content')?.trim().toLowerCase() === 'off';
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
