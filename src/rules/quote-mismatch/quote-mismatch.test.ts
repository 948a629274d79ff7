import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze.ts';
import { fromBlocks } from '../../core/article-text.ts';
import { testRule } from '../../../tests/helpers/rule-tester.ts';
import rule from './quote-mismatch.ts';

describe('quotations carried across paragraphs', () => {
  const flagged = (blocks: Parameters<typeof fromBlocks>[0]) => analyze(fromBlocks(blocks), [rule]).findings.map((f) => f.quote.exact);

  it('looks past a caption to the paragraph that carries the quotation on', () => {
    expect(
      flagged([
        { kind: 'paragraph', text: '“We stand firmly with our unions.' },
        { kind: 'caption', text: 'Baldwin, pictured above, in New York on Wednesday' },
        { kind: 'paragraph', text: '“Rust was professional,” the letter says.' },
      ]),
    ).toEqual([]);
  });

  it('does not look past a heading', () => {
    expect(
      flagged([
        { kind: 'paragraph', text: '“We stand firmly with our unions.' },
        { kind: 'heading', text: '“Rust was professional”' },
      ]),
    ).toEqual(['“We stand firmly with']);
  });
});

testRule(rule, {
  valid: [
    '“We will not be intimidated,” the mayor said on Tuesday.',
    { text: 'The letter calls the set ‘chaotic, dangerous and exploitative.’', why: 'single quotes, British style' },
    { text: '“He told me ‘not now’ twice,” she said.', why: 'nested quotation' },
    { text: '‘He told me “not now” twice,’ she said.', why: 'nested quotation, British order' },
    { text: '“It’s ‘Showtime at the Apollo.’”', why: 'inner and outer close together' },
    { text: '“You pull it out and say, ‘Let’s try this.’”', why: 'apostrophe inside a single quotation' },
    { text: 'The writers say the narrative distracts from Hutchins’ memory.', why: 'plural possessive apostrophe' },
    { text: 'The players’ union and the owners’ lawyers met.', why: 'two possessive apostrophes' },
    { text: 'He grew up on rock ’n’ roll in the ’90s.', why: 'elisions with curly apostrophes' },
    { text: 'She loved rock ‘n’ roll and the ‘80s, ‘til the end.', why: 'elisions curled the wrong way' },
    { text: '“I love rock ’n’ roll,” he said.', why: 'elision inside a quotation' },
    { text: 'We were just keepin’ on, and nothin’ changed.', why: 'dropped g' },
    { text: "Keep on keepin' on, and mind the ol' wallet.", why: 'straight apostrophes' },
    { text: 'Plant it in a 6" pot and water it twice a week.', why: 'inch mark' },
    { text: 'The forward is 5\'11" and weighs 180 pounds.', why: 'feet and inches' },
    { text: "Eat 'em while they're hot, the vendor says.", why: 'straight elision' },
    { text: '"Minibars almost always lose money,” Sharon said.', why: 'straight opening and curly closing are the same kind' },
    { text: "The 'birth lottery' and economic mobility", why: 'straight single quotes in a headline' },
    { text: "RMS' views and statements were posted.", why: 'straight possessive apostrophe' },
    {
      text: '“As Eloise deteriorated, they attempted to cool her down.\n\n“She was literally burning up from within.”',
      why: 'a quotation carried into the next paragraph reopens without closing',
    },
    {
      text: '“The first paragraph of the statement.\n\n“The second paragraph.\n\n“The last one,” the statement said.',
      why: 'a quotation carried over two paragraph breaks',
    },
    { text: 'Type “help” or ‘quit’ at the prompt.', why: 'both kinds side by side' },
    { text: 'The reports said he was “not a flight risk”.', why: 'punctuation outside the quotation' },
    { text: 'The result was (as he put it) “a mess”—and worse.', why: 'dash after the closing mark' },
    { text: 'Call it a 10” screen if you like.', why: 'a curled inch mark closes nothing' },
    { text: 'Somebody’s elmo666‘s tests were cited.', why: 'a mistyped apostrophe inside a word' },
    { text: '‘The teachers’ union will not back down,’ she said.', why: 'a possessive inside a single quotation' },
    { text: '“The 6" pot is nice,” she said.', why: 'an inch mark inside a quotation' },
    { text: 'Critics say the site tries to reduce "involuntary pornography "', why: 'a stray space before the close' },
    { text: 'In a blog post, “To hear that Donald Trump may be appointing a man w…', why: 'a teaser cut short' },
    { text: "We 'll have the Americans drone you, he wrote.", why: 'a contraction split from its word' },
    { text: 'The badge <img alt="Build Status" src="badge.svg"> renders.', why: 'attribute quotes in code' },
    { text: "Hackers rent out 'droid farms to send spam, and 'droid owners rarely notice.", why: 'a clipped word written with a typewriter apostrophe' },
    { text: "The drug, known only as '512, failed its trial.", why: 'a code number with a leading apostrophe' },
    { text: "The agency rates the bonds 'AA-'. Investors were relieved.", why: 'a quotation ending in a hyphen, then a full stop' },
    { text: 'He said it was " a step forward for the town".', why: 'a stray space after the opening mark' },
    { text: 'She said it would be “ a hard winter” for farmers.', why: 'a stray space after a curly opening mark' },
    { text: 'She said: "The best advice is to start small."Click To Tweet', why: 'a widget glued to the closing mark' },
    { text: "The committee (led by Anna K.'s deputy) met on Monday.", why: "a possessive after an initial's full stop" },
    {
      text: 'The chief executive said: "Sales rose in every region. "We expect the same next year," he added.',
      why: 'a quotation carried on by reopening it at a new sentence, as it is in a new paragraph when a paragraph break was lost',
    },
  ],
  invalid: [
    {
      text: 'They stand by the crew, but say the set is not an example of the circumstances they are “fighting against.’',
      why: 'double quotation closed by a single mark',
      errors: [{ exact: '“fighting against.’', messageId: 'mismatched', suggestions: ['“fighting against.”'] }],
    },
    {
      text: 'The council called the plan ‘a disgrace,” and voted it down.',
      why: 'single quotation closed by a double mark',
      errors: [{ exact: '‘a disgrace,”', messageId: 'mismatched', suggestions: ['‘a disgrace,’'] }],
    },
    {
      text: '‘The descriptions of Rust as a chaotic workplace are false and distract from what matters.\n\nAlthough the writers acknowledge it, the letter stands.',
      why: 'quotation never closed and not carried into the next paragraph',
      errors: [{ exact: '‘The descriptions of Rust', messageId: 'unclosed' }],
    },
    {
      text: 'The minister said the deal was “a good start for everyone involved.',
      why: 'quotation never closed in the last paragraph',
      errors: [{ exact: '“a good start for', messageId: 'unclosed' }],
    },
    {
      text: 'Police said the driver was “not cooperating\n\nand was later arrested.',
      why: 'the next paragraph does not reopen the quotation',
      errors: [{ exact: '“not cooperating', messageId: 'unclosed' }],
    },
    {
      text: '“I was told ‘not yet,” she said.',
      why: 'inner quotation left open inside the outer one',
      errors: [{ exact: '‘not yet', messageId: 'unclosed' }],
    },
    {
      text: 'Critics called it \'unworkable," and the vote failed.',
      why: 'a typewriter single quotation closed by a double mark',
      errors: [{ exact: '\'unworkable,"', messageId: 'mismatched' }],
    },
    {
      text: 'The chief executive said: "Sales rose in every region. Costs fell too.',
      why: 'a quotation never closed, with no reopening after it',
      errors: [{ exact: '"Sales rose in every', messageId: 'unclosed' }],
    },
    {
      text: 'The company said it would appeal the ruling.” It did not say when.',
      why: 'closing mark with no opening',
      errors: [{ exact: 'would appeal the ruling.”', messageId: 'unopened' }],
    },
    {
      text: 'He said he “had no idea”, and added that he was sorry.’',
      why: 'a single closing mark after punctuation cannot be an apostrophe',
      errors: [{ exact: 'that he was sorry.’', messageId: 'unopened' }],
    },
    {
      text: "Redesigned Scopes Fail to Stop 'Superbug Outbreaks\n\nAntarctica 'Penguin Post Office' Attracts Applicants",
      why: 'straight single quotation left open in a headline',
      errors: [{ exact: "'Superbug Outbreaks", messageId: 'unclosed' }],
    },
    {
      text: 'She said "we will win and then walked off.',
      why: 'straight double quotation never closed',
      errors: [{ exact: '"we will win and', messageId: 'unclosed' }],
    },
    {
      text: 'He called it “a farce.’ Then he said ‘enough of this.\n\nNothing followed.',
      why: 'each problem is its own finding',
      errors: [
        { exact: '“a farce.’', messageId: 'mismatched' },
        { exact: '‘enough of this', messageId: 'unclosed' },
      ],
    },
  ],
});
