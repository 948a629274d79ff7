import type { ArticleText, Block, BlockKind } from './types.ts';

export const BLOCK_SEPARATOR = '\n\n';

export interface BlockInput {
  kind: BlockKind;
  text: string;
}

/** Joins block texts with blank lines; white space inside a block is collapsed to single spaces. */
export function fromBlocks(
  inputs: readonly BlockInput[],
  info: { title?: string; lang?: string; url?: string } = {},
): ArticleText {
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

export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
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
