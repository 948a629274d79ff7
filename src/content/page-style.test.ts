// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { installPageStyle, removePageStyle } from './page-style.ts';

const STYLE = '#copydesk-highlight-style';

let host: HTMLElement;
beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '<news-app></news-app>';
  host = document.querySelector('news-app') as HTMLElement;
});

describe('the page stylesheet', () => {
  it('goes into the document’s head once, and out again', () => {
    installPageStyle(document, true);
    installPageStyle(document, true);
    expect(document.head.querySelectorAll(STYLE)).toHaveLength(1);
    removePageStyle(document);
    expect(document.querySelector(STYLE)).toBeNull();
  });

  it('hangs the highlight rules from the root where highlight styles are inherited, else from every element', () => {
    installPageStyle(document, true);
    expect(document.querySelector(STYLE)?.textContent).toMatch(/(^|\n):root::highlight\(copydesk-typo\)/);
    removePageStyle(document);
    installPageStyle(document, false);
    expect(document.querySelector(STYLE)?.textContent).toMatch(/(^|\n)::highlight\(copydesk-typo\)/);
  });

  it('is adopted by a shadow root holding the article, beside the page’s own sheets, without a node', () => {
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>The article.</p>';
    // jsdom has constructed sheets but no adoptedStyleSheets: give this root the browser's property.
    const own = new CSSStyleSheet();
    let adopted: CSSStyleSheet[] = [own];
    Object.defineProperty(root, 'adoptedStyleSheets', { get: () => adopted, set: (sheets: CSSStyleSheet[]) => (adopted = [...sheets]) });
    installPageStyle(root, true);
    installPageStyle(root, true);
    expect(adopted).toHaveLength(2);
    expect(adopted[0]).toBe(own);
    expect([...adopted[1]!.cssRules].some((rule) => rule.cssText.includes('copydesk-mark'))).toBe(true);
    expect(root.innerHTML).toBe('<p>The article.</p>');
    expect(document.querySelector(STYLE)).toBeNull();
    removePageStyle(root);
    expect(adopted).toEqual([own]);
  });

  it('is a <style> at the end of a shadow root that cannot adopt sheets, removed on reset', () => {
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>The article.</p>';
    // As Firefox's content scripts see it: the property is there, but reading it fails.
    Object.defineProperty(root, 'adoptedStyleSheets', {
      get: () => {
        throw new Error('Accessing from Xray wrapper is not supported.');
      },
    });
    installPageStyle(root, true);
    installPageStyle(root, true);
    expect(root.querySelectorAll(STYLE)).toHaveLength(1);
    expect(root.lastElementChild?.id).toBe('copydesk-highlight-style');
    removePageStyle(root);
    expect(root.innerHTML).toBe('<p>The article.</p>');
  });
});
