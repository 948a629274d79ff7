/**
 * A long serialised page travels to the engine's host in parts, one message each, in tasks of
 * their own: the extension API serialises a message on the page's main thread in one go, which
 * for a page of a few megabytes is a task long enough for the reader to feel. Pure (no browser API).
 */
import { MAX_PAGE_HTML_CHARS } from './protocol.ts';

/**
 * Longest part, in UTF-16 units: a message of this size costs the page's main thread about
 * 12 ms, and each part one more round trip, which pages of ordinary size should not pay.
 */
export const PAGE_PART_CHARS = 500_000;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * `html` cut into parts of at most `size` units, never between the two halves of a surrogate
 * pair (a lone half would not survive the message's encoding). Always at least one part.
 */
export function pageParts(html: string, size = PAGE_PART_CHARS): string[] {
  if (size < 2) throw new RangeError('a part must hold a surrogate pair: size ≥ 2');
  const parts: string[] = [];
  let at = 0;
  while (html.length - at > size) {
    let end = at + size;
    if (isHighSurrogate(html.charCodeAt(end - 1))) end -= 1;
    parts.push(html.slice(at, end));
    at = end;
  }
  parts.push(html.slice(at));
  return parts;
}

/** Pages whose parts are arriving, held until their analysis request brings the last part. */
export class PendingPages {
  private readonly pages = new Map<string, { parts: string[]; chars: number }>();

  /** `maxPending`: pages held at once (one whose sender went away is dropped when others come). */
  constructor(
    private readonly maxPending = 4,
    private readonly maxChars = MAX_PAGE_HTML_CHARS,
  ) {}

  /** Part `index` of the page `key` (sender and page id); part 0 starts the page afresh. */
  add(key: string, index: number, part: string): void {
    const page = index === 0 ? { parts: [], chars: 0 } : this.pages.get(key);
    if (!page || page.parts.length !== index || page.chars + part.length > this.maxChars) {
      this.pages.delete(key);
      return;
    }
    page.parts.push(part);
    page.chars += part.length;
    // Re-inserted, so the map's first entry is the page least recently added to.
    this.pages.delete(key);
    this.pages.set(key, page);
    while (this.pages.size > this.maxPending) this.pages.delete(this.pages.keys().next().value as string);
  }

  /**
   * The whole page: its `count - 1` earlier parts and `last`; null when any part is missing
   * (lost, out of order, or dropped). The page is forgotten either way.
   */
  take(key: string, count: number, last: string): string | null {
    const page = this.pages.get(key);
    this.pages.delete(key);
    if (!page || page.parts.length !== count - 1 || page.chars + last.length > this.maxChars) return null;
    return page.parts.join('') + last;
  }
}
