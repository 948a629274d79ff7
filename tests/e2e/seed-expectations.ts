// What the seed article (seeds/rust-letter.html, labels in seeds/rust-letter.labels.json) must show
// in any browser: the errors a copy editor flags there, and the correct names that must stay clean.
import { expect } from '@playwright/test';
import type { ListedFinding } from './copydesk-page.ts';

export const SEED_PATH = '/seeds/rust-letter.html';

/** The start of the near-verbatim copy of the first bullet, in the last paragraph. */
const REPEATED_BULLET = 'Alec Baldwin posted an Instagram open letter by Rust employees slamming Halyna HUTCHINS’ culture';

export function expectSeedFindings(findings: readonly ListedFinding[]): void {
  const exacts = findings.map((finding) => finding.exact);
  expect(exacts).toContain('exploitative and exploitative');
  expect(findings.filter((finding) => finding.exact === 'Houtchins')).toHaveLength(1);
  expect(findings.filter((finding) => finding.rule === 'name-variant' && finding.exact === 'HUTCHINS')).toHaveLength(2);
  expect(findings.filter((finding) => finding.rule === 'repeated-passage' && finding.exact.startsWith(REPEATED_BULLET))).toHaveLength(1);
  // The canonical spellings of the two names are correct wherever they stand.
  for (const correct of ['Hutchins', 'Hutchins’', 'Baldwin', 'Alec Baldwin', 'Halyna Hutchins']) expect(exacts).not.toContain(correct);
  for (const finding of findings) {
    expect(finding.reason.trim(), `reason of ${finding.rule} "${finding.exact}"`).not.toBe('');
    expect(finding.key, `key of ${finding.rule} "${finding.exact}"`).not.toBe('');
  }
}
