import { describe, expect, it } from 'vitest';
import { fromPlainText } from '../core/article-text.ts';
import {
  backgroundAccepts,
  contentAccepts,
  engineAccepts,
  isArticleText,
  MAX_ARTICLE_CHARS,
  MAX_USER_WORDS,
  parseMessage,
  PROTOCOL_VERSION,
  TO_BACKGROUND,
  TO_CONTENT,
  TO_ENGINE,
} from './protocol.ts';

const article = fromPlainText('First paragraph here.\n\nSecond one.');
const envelope = (type: string, request: unknown) => ({ copydesk: PROTOCOL_VERSION, type, request });
const options = { disabledRules: ['typo'], userWords: ['Okafor'] };

describe('isArticleText', () => {
  it('accepts what fromPlainText builds', () => {
    expect(isArticleText(article)).toBe(true);
  });

  it.each([
    ['a block past the end', { ...article, blocks: [{ kind: 'paragraph', start: 0, end: 999 }] }],
    ['blocks out of order', { ...article, blocks: [...article.blocks].reverse() }],
    ['an unknown block kind', { ...article, blocks: [{ kind: 'script', start: 0, end: 5 }] }],
    ['a fractional offset', { ...article, blocks: [{ kind: 'paragraph', start: 0.5, end: 5 }] }],
    ['a negative offset', { ...article, blocks: [{ kind: 'paragraph', start: -1, end: 5 }] }],
    ['text that is not a string', { ...article, text: 42 }],
    ['a title that is not a string', { ...article, title: {} }],
    ['an oversized text', { text: 'x'.repeat(MAX_ARTICLE_CHARS + 1), blocks: [] }],
  ])('rejects %s', (_why, value) => {
    expect(isArticleText(value)).toBe(false);
  });
});

describe('parseMessage', () => {
  it('accepts well-formed messages of each direction', () => {
    expect(parseMessage(envelope('analyze', { article, options }), TO_ENGINE)?.type).toBe('analyze');
    expect(parseMessage(envelope('showCount', { count: 3 }), TO_BACKGROUND)?.type).toBe('showCount');
    expect(parseMessage(envelope('showCount', { count: null }), TO_BACKGROUND)?.type).toBe('showCount');
    expect(parseMessage(envelope('openEngine', {}), TO_BACKGROUND)?.type).toBe('openEngine');
    expect(parseMessage(envelope('setHighlightsVisible', { visible: false }), TO_CONTENT)?.type).toBe('setHighlightsVisible');
    const page = { html: '<p>Text</p>', baseUrl: 'https://news.example/story', options };
    expect(parseMessage(envelope('analyzePage', page), TO_ENGINE)?.type).toBe('analyzePage');
    const opened = { html: '<p>Text</p>', baseUrl: 'https://news.example/story', automatic: true };
    expect(parseMessage(envelope('analyzePage', opened), TO_ENGINE)?.type).toBe('analyzePage');
    const lastPart = { ...opened, pageId: '3', parts: 4 };
    expect(parseMessage(envelope('analyzePage', lastPart), TO_ENGINE)?.type).toBe('analyzePage');
    expect(parseMessage(envelope('pagePart', { pageId: '3', index: 0, part: '<html>' }), TO_ENGINE)?.type).toBe('pagePart');
  });

  it.each([
    ['no options', envelope('analyze', { article })],
    ['an unknown rule to disable', envelope('analyze', { article, options: { ...options, disabledRules: ['grammar'] } })],
    ['a user word that is not a string', envelope('analyze', { article, options: { ...options, userWords: [7] } })],
    ['too many user words', envelope('analyze', { article, options: { ...options, userWords: Array(MAX_USER_WORDS + 1).fill('w') } })],
    ['a page without options', envelope('analyzePage', { html: '', baseUrl: '' })],
    ['an automatic check that brings options', envelope('analyzePage', { html: '', baseUrl: '', options, automatic: true })],
    ['an automatic flag that is not true', envelope('analyzePage', { html: '', baseUrl: '', automatic: 'yes' })],
    ['a page that is not a string', envelope('analyzePage', { html: 7, baseUrl: '', options })],
    ['a count of parts without the page’s id', envelope('analyzePage', { html: '', baseUrl: '', options, parts: 2 })],
    ['a page id without the count of parts', envelope('analyzePage', { html: '', baseUrl: '', options, pageId: '1' })],
    ['a page in one part named as parts', envelope('analyzePage', { html: '', baseUrl: '', options, pageId: '1', parts: 1 })],
    ['an empty page id', envelope('pagePart', { pageId: '', index: 0, part: '' })],
    ['a page id of any length', envelope('pagePart', { pageId: 'x'.repeat(65), index: 0, part: '' })],
    ['a part without its index', envelope('pagePart', { pageId: '1', part: '' })],
    ['a negative part index', envelope('pagePart', { pageId: '1', index: -1, part: '' })],
    ['a part that is not a string', envelope('pagePart', { pageId: '1', index: 0, part: ['<p>'] })],
  ])('the engine rejects %s', (_why, message) => {
    expect(parseMessage(message, TO_ENGINE)).toBeNull();
  });

  it.each([
    ['not an object', 'analyze'],
    ['another extension’s message', { type: 'analyze', request: { article } }],
    ['a different protocol version', { copydesk: PROTOCOL_VERSION + 1, type: 'analyze', request: { article } }],
    ['an unknown type', envelope('evaluate', {})],
    ['an inherited property as type', envelope('toString', {})],
    ['an engine request', envelope('analyze', { article, options })],
    ['a negative count', envelope('showCount', { count: -1 })],
    ['extra fields where none are expected', envelope('listRules', { all: true })],
  ])('rejects %s', (_why, message) => {
    expect(parseMessage(message, TO_BACKGROUND)).toBeNull();
  });

  it('keeps directions apart: a content message is not a background one', () => {
    expect(parseMessage(envelope('getStatus', {}), TO_BACKGROUND)).toBeNull();
    expect(parseMessage(envelope('analyze', { article, options }), TO_CONTENT)).toBeNull();
    expect(parseMessage(envelope('showCount', { count: 1 }), TO_ENGINE)).toBeNull();
  });
});

describe('senders', () => {
  const ours = 'copydesk-id';
  const contentScript = { id: ours, tab: { id: 7 } };
  const extensionPage = { id: ours };

  it('lets the background act on page requests only from our content scripts', () => {
    expect(backgroundAccepts('showCount', contentScript, ours)).toBe(true);
    expect(backgroundAccepts('showCount', extensionPage, ours)).toBe(false);
    expect(backgroundAccepts('showCount', { id: 'another-extension', tab: { id: 7 } }, ours)).toBe(false);
    expect(backgroundAccepts('showCount', { tab: { id: 7 } }, ours)).toBe(false);
  });

  it('lets the engine analyse only for our content scripts, and tell only us that it is ready', () => {
    for (const type of ['analyze', 'analyzePage', 'pagePart'] as const) {
      expect(engineAccepts(type, contentScript, ours)).toBe(true);
      expect(engineAccepts(type, extensionPage, ours)).toBe(false);
      expect(engineAccepts(type, { id: 'another-extension', tab: { id: 7 } }, ours)).toBe(false);
      expect(engineAccepts(type, { tab: { id: 7 } }, ours)).toBe(false);
    }
    for (const type of ['ready', 'storedChanged'] as const) {
      expect(engineAccepts(type, extensionPage, ours)).toBe(true);
      expect(engineAccepts(type, contentScript, ours)).toBe(false);
      expect(engineAccepts(type, { id: 'another-extension' }, ours)).toBe(false);
    }
  });

  it('answers listRules for our own pages and content scripts, nobody else', () => {
    expect(backgroundAccepts('listRules', extensionPage, ours)).toBe(true);
    expect(backgroundAccepts('listRules', contentScript, ours)).toBe(true);
    expect(backgroundAccepts('listRules', { id: 'another-extension' }, ours)).toBe(false);
  });

  it('lets a content script take orders from our background or popup, never from a tab', () => {
    expect(contentAccepts(extensionPage, ours)).toBe(true);
    expect(contentAccepts(contentScript, ours)).toBe(false);
    expect(contentAccepts({ id: 'another-extension' }, ours)).toBe(false);
    expect(contentAccepts({}, ours)).toBe(false);
  });
});
