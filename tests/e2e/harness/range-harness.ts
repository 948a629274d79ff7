// Browser side of tests/e2e/range-properties.spec.ts, bundled by the spec with esbuild: the
// project's own extractor and engine, run on a real Chromium DOM. Each case is written into a
// fresh same-origin iframe, so the harness's own page never changes and every case starts clean.
import { analyze } from '../../../src/core/analyze.ts';
import { Lexicon, toDictionaryData } from '../../../src/core/lexicon/lexicon.ts';
import type { Span } from '../../../src/core/types.ts';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import type { TextMap } from '../../../src/extract/types.ts';
import { rules } from '../../../src/rules/index.ts';

/** Where a span landed in the page: the Range's own text and the article offsets of its ends. */
export interface MappedSpan extends Span {
  /** `article.text.slice(start, end)` as the finding (or related span) states it. */
  exact: string;
  /** `toRange(span).toString()`, or null when toRange gave no Range. */
  rangeText: string | null;
  /**
   * Only when toRange gave no Range: the text from where the span's first character's Range
   * starts to where its last character's ends (null if either has none), so the test can tell
   * why there was none.
   */
  spannedText: string | null;
  /** `toOffset` of the Range's start and end points, mapped back to article offsets. */
  rangeStart: number | null;
  rangeEnd: number | null;
}

export interface CheckedFinding extends MappedSpan {
  ruleId: string;
  related: MappedSpan[];
}

export interface CaseResult {
  /** Null when the extractor found no article. */
  article: {
    text: string;
    blocks: Span[];
    findings: CheckedFinding[];
    ruleErrors: { ruleId: string; message: string }[];
  } | null;
}

export interface RangeHarness {
  installDictionary(json: string): void;
  check(html: string): CaseResult;
}

/** A Range from the first character of the span to its last, each placed by toRange on its own. */
function spannedText(map: TextMap, span: Span): string | null {
  const first = map.toRange({ start: span.start, end: span.start + 1 });
  const last = map.toRange({ start: span.end - 1, end: span.end });
  if (!first || !last) return null;
  const range = first.cloneRange();
  range.setEnd(last.endContainer, last.endOffset);
  return range.toString();
}

function mapSpan(map: TextMap, span: Span, exact: string): MappedSpan {
  const range = map.toRange(span);
  return {
    start: span.start,
    end: span.end,
    exact,
    rangeText: range ? range.toString() : null,
    spannedText: range ? null : spannedText(map, span),
    rangeStart: range ? map.toOffset(range.startContainer, range.startOffset) : null,
    rangeEnd: range ? map.toOffset(range.endContainer, range.endOffset) : null,
  };
}

function check(html: string): CaseResult {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  try {
    const doc = frame.contentDocument;
    if (!doc) throw new Error('the harness iframe has no document');
    doc.open();
    doc.write(html);
    doc.close();
    const extracted = extractArticle(doc);
    if (!extracted) return { article: null };
    const { article, map } = extracted;
    const { findings, errors } = analyze(article, rules, { lexicon });
    return {
      article: {
        text: article.text,
        blocks: article.blocks.map(({ start, end }) => ({ start, end })),
        ruleErrors: errors,
        findings: findings.map((finding) => ({
          ruleId: finding.ruleId,
          ...mapSpan(map, finding.span, finding.quote.exact),
          related: finding.related.map((related) => mapSpan(map, related, related.exact)),
        })),
      },
    };
  } finally {
    frame.remove();
  }
}

/** Set by `installDictionary` before the spec's first case. */
let lexicon: Lexicon | undefined;

const harness: RangeHarness = {
  installDictionary: (json) => {
    lexicon = new Lexicon(toDictionaryData(JSON.parse(json)));
  },
  check,
};
(globalThis as unknown as { copydeskRangeHarness: RangeHarness }).copydeskRangeHarness = harness;
