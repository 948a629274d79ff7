import { describe, expect, it } from 'vitest';
import { measureRow } from '../../scripts/bench/linearity.mjs';

const input = { name: 'made-up input' };
/** A stage whose time is `ms(chars)`, as the bench's timer would report it. */
const timed = (ms: (chars: number) => number) => (chars: number) => ({ stage: ms(chars) });

describe('a linearity row', () => {
  it('passes linear work', () => {
    expect(
      measureRow(
        'stage',
        input,
        10_000,
        timed((chars) => chars / 1_000),
      ),
    ).toMatchObject({ ratio: 4, confirmRatio: null, failing: false });
  });

  it('measures one step further when a ratio looks superlinear, and passes work that is linear there (a collector pause at 4n)', () => {
    const paused = (chars: number) => (chars === 40_000 ? 90 : chars / 1_000);
    expect(measureRow('stage', input, 10_000, timed(paused))).toMatchObject({ ratio: 9, failing: false });
  });

  it('fails quadratic work, which grows 16× at every step', () => {
    const row = measureRow(
      'stage',
      input,
      10_000,
      timed((chars) => 10 * (chars / 10_000) ** 2),
    );
    expect(row).toMatchObject({ ratio: 16, confirmRatio: 16, failing: true });
  });

  it('fails without a further step when that step would take too long', () => {
    const row = measureRow(
      'stage',
      input,
      10_000,
      timed((chars) => 100 * (chars / 10_000) ** 2),
    );
    expect(row).toMatchObject({ ratio: 16, confirmRatio: null, failing: true });
  });
});
