// For unit tests in jsdom: a TextMap over one element's text nodes, and findings on its text.
import type { Finding, RuleId, Span } from '../../core/types.ts';
import type { TextMap } from '../../extract/types.ts';

/** Offsets over the text nodes of one element, concatenated as they are. */
export function textMapOf(root: Element): TextMap & { text: string } {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const starts = nodes.reduce<number[]>((acc, node, i) => [...acc, i === 0 ? 0 : (acc[i - 1] as number) + (nodes[i - 1] as Text).data.length], []);
  const locate = (offset: number, end: boolean): [Text, number] => {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const start = starts[i] as number;
      if (offset > start || (offset === start && !end)) return [nodes[i] as Text, offset - start];
    }
    return [nodes[0] as Text, 0];
  };
  return {
    text: nodes.map((node) => node.data).join(''),
    toRange(span: Span) {
      const range = document.createRange();
      range.setStart(...locate(span.start, false));
      range.setEnd(...locate(span.end, true));
      return range;
    },
    toOffset(node: Node, offset: number) {
      const i = nodes.indexOf(node as Text);
      return i === -1 ? null : (starts[i] as number) + offset;
    },
  };
}

/** A finding of `ruleId` on the first `exact` from `from`, keyed by rule and place. */
export function findingFor(text: string, exact: string, ruleId: RuleId, from = 0): Finding {
  const start = text.indexOf(exact, from);
  return {
    ruleId,
    messageId: 'm',
    data: {},
    span: { start, end: start + exact.length },
    quote: { exact, prefix: '', suffix: '' },
    reason: '',
    suggestions: [],
    related: [],
    url: '',
    key: `${ruleId}:${start}`,
  };
}
