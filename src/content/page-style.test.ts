// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { highlightScope, installPageStyle, removePageStyle } from './page-style.ts';

const STYLE = '#copydesk-highlight-style';

let host: HTMLElement;
beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '<news-app></news-app>';
  host = document.querySelector('news-app') as HTMLElement;
});

describe('the page stylesheet', () => {
  it('goes into the document’s head once, and out again', () => {
    installPageStyle(document, 'article');
    installPageStyle(document, 'article');
    expect(document.head.querySelectorAll(STYLE)).toHaveLength(1);
    removePageStyle(document);
    expect(document.querySelector(STYLE)).toBeNull();
  });

  it('hangs the highlight rules from the scope it is given, and takes a new one in place', () => {
    installPageStyle(document, 'article#story');
    expect(document.querySelector(STYLE)?.textContent).toMatch(/(^|\n)article#story::highlight\(copydesk-typo\)/);
    installPageStyle(document, '');
    expect(document.head.querySelectorAll(STYLE)).toHaveLength(1);
    expect(document.querySelector(STYLE)?.textContent).toMatch(/(^|\n)::highlight\(copydesk-typo\)/);
  });

  it.each([
    ['<main><article id="story-1"><p>Text</p></article></main>', 'article', 'article#story\\-1'],
    ['<div class="story"><p>Text</p></div>', 'div', 'div'],
    ['<p>Text</p>', 'body', ':root'],
  ])('scopes an article in %s by its container', (body, selector, expected) => {
    document.body.innerHTML = body;
    const escape = (ident: string) => ident.replace(/-/g, '\\-');
    expect(highlightScope(document.querySelector(selector)!, escape)).toBe(expected);
  });

  it('is adopted by a shadow root holding the article, beside the page’s own sheets, without a node', () => {
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>The article.</p>';
    // jsdom has constructed sheets but no adoptedStyleSheets: give this root the browser's property.
    const own = new CSSStyleSheet();
    let adopted: CSSStyleSheet[] = [own];
    Object.defineProperty(root, 'adoptedStyleSheets', { get: () => adopted, set: (sheets: CSSStyleSheet[]) => (adopted = [...sheets]) });
    installPageStyle(root, '');
    installPageStyle(root, '');
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
    installPageStyle(root, '');
    installPageStyle(root, '');
    expect(root.querySelectorAll(STYLE)).toHaveLength(1);
    expect(root.lastElementChild?.id).toBe('copydesk-highlight-style');
    removePageStyle(root);
    expect(root.innerHTML).toBe('<p>The article.</p>');
  });
});
