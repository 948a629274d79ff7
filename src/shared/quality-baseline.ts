/**
 * How often Copydesk flags professionally edited copy: findings per 1,000 words on the corpus's
 * clean pages (the published originals), all rules together. The sidebar's quality summary sets
 * a page's own rate against it.
 *
 * Source: `npm run bench` → bench-results/latest.json, `quality.micro.clean_per_1k`
 * (run of 2026-11-25T14:45:32Z on commit 453c622: 43 flags in 73,819 clean-page words, all eight
 * rules). Re-run the benchmark and copy the figure here when rules change.
 */
export const CLEAN_COPY_FINDINGS_PER_1000_WORDS = 0.58;
