/**
 * A small Markdown reader for the rule READMEs shown in the sidebar: headings, paragraphs,
 * block quotes, lists, pipe tables, fenced code, and inline code, strong, emphasis and links.
 * It builds a tree of plain strings that `MarkdownView.tsx` turns into Preact elements, so no input
 * ever becomes HTML: raw HTML in the source is text, like everything else.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  /** `href` is null when the target is not an absolute http(s) URL: the link shows as text. */
  | { type: 'link'; href: string | null; children: Inline[] };

export type Block =
  | { type: 'heading'; level: number; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'quote'; children: Block[] }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] }
  | { type: 'code'; text: string }
  | { type: 'table'; head: Inline[][]; rows: Inline[][][] };

/** Only web links are followed; relative paths (to files in the repository) and other schemes are not. */
export function safeHref(target: string): string | null {
  try {
    const url = new URL(target.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

const ESCAPABLE = /[!-/:-@[-`{-~]/;

/** The inline content of one block: `code`, **strong**, *em* / _em_, [text](url), \escapes. */
export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ type: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    const char = source[i] as string;
    const next = source[i + 1] ?? '';
    if (char === '\\' && ESCAPABLE.test(next)) {
      text += next;
      i += 2;
      continue;
    }
    if (char === '`') {
      const run = /^`+/.exec(source.slice(i))![0];
      const close = source.indexOf(run, i + run.length);
      if (close > 0) {
        flush();
        out.push({ type: 'code', text: source.slice(i + run.length, close).replace(/^ (.*) $/s, '$1') });
        i = close + run.length;
        continue;
      }
    }
    if ((char === '*' || char === '_') && next === char) {
      const close = source.indexOf(char + char, i + 2);
      if (close > i + 2) {
        flush();
        out.push({ type: 'strong', children: parseInline(source.slice(i + 2, close)) });
        i = close + 2;
        continue;
      }
    }
    // Emphasis opens before a non-space and, for `_`, not inside a word (snake_case stays text).
    if ((char === '*' || char === '_') && next !== ' ' && next !== '' && !(char === '_' && /\w/.test(source[i - 1] ?? ''))) {
      const close = findEmphasisEnd(source, i + 1, char);
      if (close > 0) {
        flush();
        out.push({ type: 'em', children: parseInline(source.slice(i + 1, close)) });
        i = close + 1;
        continue;
      }
    }
    if (char === '[') {
      // The target may hold balanced parentheses, as CommonMark allows (wiki addresses do).
      const link = /^\[([^\]]*)\]\(((?:[^()\s]|\([^()\s]*\))*)\)/.exec(source.slice(i));
      if (link) {
        flush();
        out.push({ type: 'link', href: safeHref(link[2] as string), children: parseInline(link[1] as string) });
        i += link[0].length;
        continue;
      }
    }
    text += char;
    i++;
  }
  flush();
  return out;
}

function findEmphasisEnd(source: string, from: number, marker: string): number {
  for (let j = from + 1; j < source.length; j++) {
    if (source[j] === '\\') {
      j++;
      continue;
    }
    if (source[j] !== marker || source[j + 1] === marker || source[j - 1] === ' ') continue;
    if (marker === '_' && /\w/.test(source[j + 1] ?? '')) continue;
    return j;
  }
  return -1;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE = /^\s{0,3}(```|~~~)/;
const LIST_ITEM = /^\s{0,3}([-*+]|(\d{1,9})[.)])\s+(.*)$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const BLANK = /^\s*$/;

function tableCells(line: string): Inline[][] {
  const cells: string[] = [];
  let cell = '';
  const body = line.trim().replace(/^\|/, '');
  for (let i = 0; i < body.length; i++) {
    const char = body[i] as string;
    if (char === '\\' && body[i + 1] === '|') {
      cell += '\\|';
      i++;
    } else if (char === '|') {
      cells.push(cell);
      cell = '';
    } else {
      cell += char;
    }
  }
  if (cell.trim() !== '') cells.push(cell);
  return cells.map((c) => parseInline(c.trim()));
}

/** Starts a new block, so it also ends a paragraph. */
function startsBlock(line: string, nextLine: string | undefined): boolean {
  return (
    HEADING.test(line) ||
    FENCE.test(line) ||
    LIST_ITEM.test(line) ||
    QUOTE.test(line) ||
    (line.includes('|') && nextLine !== undefined && TABLE_RULE.test(nextLine))
  );
}

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (BLANK.test(line)) {
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ type: 'heading', level: (heading[1] as string).length, children: parseInline(heading[2] as string) });
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const code: string[] = [];
      i++;
      while (i < lines.length && !(lines[i] as string).trimStart().startsWith(fence[1] as string)) code.push(lines[i++] as string);
      i++;
      blocks.push({ type: 'code', text: code.join('\n') });
      continue;
    }
    if (QUOTE.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i] as string)) quoted.push(QUOTE.exec(lines[i++] as string)![1] as string);
      blocks.push({ type: 'quote', children: parseMarkdown(quoted.join('\n')) });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const ordered = item[2] !== undefined;
      const items: string[] = [];
      while (i < lines.length) {
        const current = lines[i] as string;
        const start = LIST_ITEM.exec(current);
        if (start && (start[2] !== undefined) === ordered) {
          items.push(start[3] as string);
        } else if (!BLANK.test(current) && /^\s{2,}\S/.test(current) && items.length > 0) {
          items[items.length - 1] += ` ${current.trim()}`;
        } else if (BLANK.test(current) && LIST_ITEM.test(lines[i + 1] ?? '')) {
          // A blank line between items keeps the list going.
        } else {
          break;
        }
        i++;
      }
      blocks.push({ type: 'list', ordered, start: ordered ? Number(item[2]) : 1, items: items.map(parseInline) });
      continue;
    }
    if (line.includes('|') && TABLE_RULE.test(lines[i + 1] ?? '')) {
      const head = tableCells(line);
      i += 2;
      const rows: Inline[][][] = [];
      while (i < lines.length && !BLANK.test(lines[i] as string) && (lines[i] as string).includes('|')) rows.push(tableCells(lines[i++] as string));
      blocks.push({ type: 'table', head, rows });
      continue;
    }
    const paragraph: string[] = [line.trim()];
    i++;
    while (i < lines.length && !BLANK.test(lines[i] as string) && !startsBlock(lines[i] as string, lines[i + 1])) {
      paragraph.push((lines[i++] as string).trim());
    }
    blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
  }
  return blocks;
}
