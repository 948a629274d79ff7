import { describe, expect, it } from 'vitest';
import { findingsDiff, formatCorpusDetails, percentile, servedCorpusHtml, summariseCorpus } from '../../scripts/bench/corpus-browser.mjs';

describe('findingsDiff', () => {
  it('compares the two lists as multisets of rule and quote', () => {
    const page = [
      { rule: 'typo', exact: 'goverment' },
      { rule: 'typo', exact: 'goverment' },
      { rule: 'repeated-word', exact: 'the the' },
    ];
    const cli = [
      { rule: 'typo', exact: 'goverment' },
      { rule: 'name-variant', exact: 'Houtchins' },
      { rule: 'repeated-word', exact: 'the the' },
    ];
    expect(findingsDiff(page, cli)).toEqual({
      onlyInPage: [{ rule: 'typo', exact: 'goverment', count: 1 }],
      onlyInCli: [{ rule: 'name-variant', exact: 'Houtchins', count: 1 }],
    });
    expect(findingsDiff(cli, [...cli].reverse())).toEqual({ onlyInPage: [], onlyInCli: [] });
  });
});

describe('percentile', () => {
  it('is the nearest rank', () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile([7], 95)).toBe(7);
    expect(() => percentile([], 95)).toThrow(RangeError);
  });
});

describe('summariseCorpus', () => {
  const sample = (id: string, stages: Record<string, number>) => ({
    id,
    words: 800,
    errors: [],
    pageOwnErrors: {},
    state: 'ready',
    cliFoundArticle: true,
    paintMs: 100,
    longestTaskMs: 10,
    longestTaskSinceStartMs: 10,
    copydeskTaskMs: 8,
    copydeskTaskWallMs: 12,
    shown: 1,
    listComplete: true,
    cli: 1,
    match: true,
    onlyInPage: [],
    onlyInCli: [],
    stages,
  });

  it('names the pages where the browser and the CLI disagree on whether there is an article to check', () => {
    const samples = [sample('both', {}), { ...sample('missed', {}), state: 'not-article', articleAgrees: false, paintMs: undefined }];
    const summary = summariseCorpus(samples);
    expect(summary.articleDisagreements).toEqual([{ id: 'missed', state: 'not-article', cliFoundArticle: true }]);
    expect(formatCorpusDetails(samples, summary)).toContain('    missed: the CLI finds an article, the browser did not check it (state not-article)');
  });

  it('names the pages whose check started only once a held request had let the load event fire', () => {
    const samples = [
      { ...sample('early', {}), heldRequests: 3, checkStartedAfterLoad: false, paintedAfterLoad: false },
      { ...sample('waited', {}), heldRequests: 2, checkStartedAfterLoad: true, paintedAfterLoad: true },
      { ...sample('nothing-held', {}), heldRequests: 0, checkStartedAfterLoad: true, paintedAfterLoad: true },
    ];
    const summary = summariseCorpus(samples);
    expect(summary).toMatchObject({ heldLoad: 2, startedAfterHeldLoad: ['waited'], paintedAfterHeldLoad: ['waited'] });
  });

  it('names the pages extracted on the page because the engine’s plan did not read them', () => {
    const samples = [sample('read', { read: 3 }), sample('fell-back', { read: 0.2, extract: 58 })];
    const summary = summariseCorpus(samples);
    expect(summary.extractedOnPage).toEqual(['fell-back']);
    expect(formatCorpusDetails(samples, summary)).toContain("  read by the engine's plan: 1 of 2 pages; extracted on the page instead: fell-back");
  });
});

describe('servedCorpusHtml', () => {
  const SERVED = `<meta http-equiv="Content-Security-Policy" content="script-src 'none'"><meta name="copydesk" content="signals">`;

  it('asks for signals and turns scripts off before anything of the page, its scripts taken out', () => {
    expect(
      servedCorpusHtml(
        '<!DOCTYPE html>\n<html lang="en"><head><script src="http://ads.example/a.js"></script><title>T</title></head><body><script>var x = "<p>";</script><p>Text</p></body></html>',
      ),
    ).toBe(`<!DOCTYPE html>${SERVED}\n<html lang="en"><head><title>T</title></head><body><p>Text</p></body></html>`);
  });

  it('goes after the doctype, not inside an <html> tag of a conditional comment', () => {
    const html = '<!--?xml version="1.0"?--><!DOCTYPE html><!--[if IE 8]><html class="ie8"><![endif]--><html><body><p>Text</p></body></html>';
    expect(servedCorpusHtml(html)).toBe(
      `<!--?xml version="1.0"?--><!DOCTYPE html>${SERVED}<!--[if IE 8]><html class="ie8"><![endif]--><html><body><p>Text</p></body></html>`,
    );
    expect(servedCorpusHtml('<html><body></body></html>')).toBe(`<html>${SERVED}<body></body></html>`);
  });
});
