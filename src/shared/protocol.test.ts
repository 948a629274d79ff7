import { describe, expect, it } from 'vitest';
import { fromPlainText } from '../core/article-text.ts';
import {
  backgroundAccepts,
  contentAccepts,
  isArticleText,
  MAX_ARTICLE_CHARS,
  parseMessage,
  PROTOCOL_VERSION,
  TO_BACKGROUND,
  TO_CONTENT,
} from './protocol.ts';

const article = fromPlainText('First paragraph here.\n\nSecond one.');
const envelope = (type: string, request: unknown) => ({ copydesk: PROTOCOL_VERSION, type, request });

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
    expect(parseMessage(envelope('analyze', { article }), TO_BACKGROUND)?.type).toBe('analyze');
    expect(parseMessage(envelope('showCount', { count: 3 }), TO_BACKGROUND)?.type).toBe('showCount');
    expect(parseMessage(envelope('showCount', { count: null }), TO_BACKGROUND)?.type).toBe('showCount');
    expect(parseMessage(envelope('setHighlightsVisible', { visible: false }), TO_CONTENT)?.type).toBe('setHighlightsVisible');
    const page = { html: '<p>Text</p>', baseUrl: 'https://news.example/story' };
    expect(parseMessage(envelope('analyzePage', page), TO_BACKGROUND)?.type).toBe('analyzePage');
    expect(parseMessage(envelope('analyzePage', { ...page, automatic: true }), TO_BACKGROUND)?.type).toBe('analyzePage');
  });

  it.each([
    ['not an object', 'analyze'],
    ['another extension’s message', { type: 'analyze', request: { article } }],
    ['a different protocol version', { copydesk: PROTOCOL_VERSION + 1, type: 'analyze', request: { article } }],
    ['an unknown type', envelope('evaluate', {})],
    ['an inherited property as type', envelope('toString', {})],
    ['a malformed article', envelope('analyze', { article: { text: 'x' } })],
    ['a negative count', envelope('showCount', { count: -1 })],
    ['an automatic flag that is not a boolean', envelope('analyzePage', { html: '', baseUrl: '', automatic: 'yes' })],
    ['extra fields where none are expected', envelope('listRules', { all: true })],
  ])('rejects %s', (_why, message) => {
    expect(parseMessage(message, TO_BACKGROUND)).toBeNull();
  });

  it('keeps directions apart: a content message is not a background one', () => {
    expect(parseMessage(envelope('getStatus', {}), TO_BACKGROUND)).toBeNull();
    expect(parseMessage(envelope('analyze', { article }), TO_CONTENT)).toBeNull();
  });
});

describe('senders', () => {
  const ours = 'copydesk-id';
  const contentScript = { id: ours, tab: { id: 7 } };
  const extensionPage = { id: ours };

  it('lets the background act on page requests only from our content scripts', () => {
    for (const type of ['analyze', 'analyzePage', 'showCount'] as const) {
      expect(backgroundAccepts(type, contentScript, ours)).toBe(true);
      expect(backgroundAccepts(type, extensionPage, ours)).toBe(false);
      expect(backgroundAccepts(type, { id: 'another-extension', tab: { id: 7 } }, ours)).toBe(false);
      expect(backgroundAccepts(type, { tab: { id: 7 } }, ours)).toBe(false);
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
