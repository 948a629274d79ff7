import type { ArticleText, Block, BlockKind } from './types.ts';

export const BLOCK_SEPARATOR = '\n\n';

export interface BlockInput {
  kind: BlockKind;
  text: string;
}

/** Joins block texts with blank lines; white space inside a block is collapsed to single spaces. */
export function fromBlocks(inputs: readonly BlockInput[], info: { title?: string; lang?: string; url?: string } = {}): ArticleText {
  const blocks: Block[] = [];
  let text = '';
  for (const input of inputs) {
    const blockText = collapseWhitespace(input.text);
    if (blockText === '') continue;
    if (text !== '') text += BLOCK_SEPARATOR;
    blocks.push({ kind: input.kind, start: text.length, end: text.length + blockText.length });
    text += blockText;
  }
  return { text, blocks, ...info };
}

/**
 * White space that is not already one plain space: a run of two or more, or one other space
 * character (a tab, a line break, U+00A0…). Prose is mostly single spaces, and rewriting each
 * of them was most of the time a 100,000-word page spent here.
 */
const UNCOLLAPSED_SPACE = /\s{2,}|[^\S ]/g;

/** Every run of white space as one space, none at either end. */
export function collapseWhitespace(text: string): string {
  return text.replace(UNCOLLAPSED_SPACE, ' ').trim();
}

const BULLET = /^\s*[•·▪‣*-]\s+/;

/**
 * A plain-text article: blank lines separate blocks; a line starting with a bullet is a summary
 * item. Single line breaks
 * inside a paragraph are white space.
 */
export function fromPlainText(source: string, info: { title?: string; lang?: string; url?: string } = {}): ArticleText {
  const inputs: BlockInput[] = [];
  const paragraphs = source.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  for (const paragraph of paragraphs) {
    const lines = paragraph.split('\n').filter((line) => line.trim() !== '');
    if (lines.length > 0 && lines.every((line) => BULLET.test(line))) {
      for (const line of lines) inputs.push({ kind: 'standfirst', text: line.replace(BULLET, '') });
    } else if (lines.length > 0) {
      inputs.push({ kind: 'paragraph', text: lines.join(' ') });
    }
  }
  return fromBlocks(inputs, info);
}
