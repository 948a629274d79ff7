/**
 * The copy-quality line at the top of the sidebar: this page's findings per 1,000 words set
 * against the rate on professionally edited pages, so a reader sees at a glance how sloppy it is.
 */
import { per1000Words } from '../core/report.ts';
import { CLEAN_COPY_FINDINGS_PER_1000_WORDS } from '../shared/quality-baseline.ts';

/** Within this factor of the baseline either way, a page is "about" as clean as edited copy. */
const ABOUT_THE_SAME = 1.5;

function rate(value: number): string {
  return value < 1 ? value.toFixed(2) : value.toFixed(1);
}

function times(ratio: number): string {
  return ratio >= 10 ? Math.round(ratio).toLocaleString('en-US') : ratio.toFixed(1).replace(/\.0$/, '');
}

export function qualitySummary(findings: number, words: number, baseline = CLEAN_COPY_FINDINGS_PER_1000_WORDS): string | null {
  if (words <= 0 || baseline <= 0) return null;
  const value = per1000Words(findings, words);
  const ratio = value / baseline;
  const comparison =
    ratio >= ABOUT_THE_SAME
      ? `${times(ratio)}× the rate on professionally edited pages (${rate(baseline)})`
      : ratio > 1 / ABOUT_THE_SAME
        ? `about the rate on professionally edited pages (${rate(baseline)})`
        : `below the rate on professionally edited pages (${rate(baseline)})`;
  return `${rate(value)} per 1,000 words — ${comparison}`;
}
