// The in-page shortcuts. `event.code` names the physical key: with Alt held, macOS layouts turn
// `event.key` into other characters ("˜" for N).
export type PageShortcut = 'next' | 'previous' | 'toggle-sidebar';

type KeyLike = Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>;

const SHORTCUTS: Readonly<Record<string, PageShortcut>> = {
  KeyN: 'next',
  KeyP: 'previous',
  KeyS: 'toggle-sidebar',
};

export function pageShortcut(event: KeyLike): PageShortcut | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  return SHORTCUTS[event.code] ?? null;
}

/** Typing belongs to the page: fields, editors and anything contenteditable. */
export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]')) {
    return true;
  }
  return target instanceof HTMLElement && target.isContentEditable === true;
}
