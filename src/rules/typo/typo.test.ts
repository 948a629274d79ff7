import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze.ts';
import { fromPlainText } from '../../core/article-text.ts';
import { testRule } from '../../../tests/helpers/rule-tester.ts';
import typo from './typo.ts';
import { lexicon } from '../../../tests/helpers/lexicon.ts';

testRule(typo, {
  valid: [
    { why: 'names, places and organisations', text: 'Halyna Hutchins was the cinematographer. Alec Baldwin met Sudanese officials in Khartoum for Reuters.' },
    { why: 'a name with a given name beside it', text: 'The shop was run by Arthur Wesley Dowell in New York.' },
    { why: 'a capitalised unknown word the article uses twice is a name', text: 'Films stream on Kanopy. Libraries pay Kanopy for each view.' },
    { why: 'acronyms', text: 'The ACLU, NATO and the FBI wrote to the EPA about PFAS.' },
    { why: 'numbers', text: 'It cost $1,000 in the 1990s, about 3.5 times more than the 2nd offer of 40km.' },
    { why: 'addresses', text: 'Read it at https://example.com/recieve-page or www.exmaple.org, or write to bkuhn@ebb.org.' },
    { why: 'handles and hashtags', text: 'Follow @jdoee and the #MeToooo tag for updates.' },
    { why: 'hyphenated compounds', text: 'A well-known, teary-eyed, tri-valued and wishy-washy answer from the Kim Yong-hyun camp.' },
    { why: 'closed compounds and productive affixes', text: 'The signing crewmembers watched a livestream; the plan was unfollowable and Kafkaesque.' },
    { why: 'foreign words with accents', text: 'The café served crème brûlée at the Ngātiwai marae.' },
    { why: 'a foreign phrase', text: 'He called it a fait accompli, and the rest was la dolce vita spezzata.' },
    { why: 'borrowed Latin', text: 'It became the de facto standard, not a quid pro quo.' },
    { why: 'possessives', text: 'Hutchins’s memory, Hutchins’ family and the crew’s work.' },
    { why: 'contractions', text: "They don’t know, we can't say, I’d guess they’ve gone and we'll see." },
    { why: 'British spellings', text: 'The colour of the harbour was realised by the organisation.' },
    { why: 'British forms of derived and compound words', text: 'Commercialisation of paediatric care, a colourblind jury, travelled far, and oestrogen.' },
    { why: 'drawn-out words', text: 'It was sooooo good, and allllll of them agreed.' },
    { why: 'the dropped g of speech', text: 'Keep on keepin’ on.' },
    { why: 'a lower-case unknown word the article uses twice', text: 'The varint is short. Each varint holds a number.' },
    { why: 'a lower-case unknown word the article uses in the singular and the plural', text: 'A trell guards the gate. Two trells slept nearby.' },
    { why: 'jargon far from any dictionary word', text: 'The outbreak of carbapenem-resistant enterobacteriaceae spread.' },
    {
      why: 'a capitalised word one letter off a word at its start or end is a name',
      text: 'Analysts at Harket said so, and Tanco shares rose on the Tesk index while Marketo fell.',
    },
    { why: 'a short capitalised word inside a sentence is a name or a ticker', text: 'Shares in Amey and Liffe rose on the Dax.' },
    { why: 'a name spelled as names vary', text: 'The chair, Katharyne Philipps, spoke to Jonathon Smith.' },
    { why: 'a capitalised word beside a given name', text: 'The report was written by Mark Brailey in London.' },
    { why: 'a letter added that is no slip of the finger', text: 'He joined the Brantford Institution and then Billiton Holdings.' },
    { why: 'regular derivations of known words', text: 'Phones sync wirelessly; the financials of the conmen and the initializer are brutal.' },
    { why: 'abbreviations, units and file extensions', text: 'Output rose to 474,000 bpd at the plc, saved as .png and .jpeg files.' },
    { why: 'laughter and drawn-out cries', text: 'Hehe, they said, haha. Booo, the crowd went, nooo.' },
    { why: 'a capitalised title cited in quotes', text: 'Her hit single "Dirrty" topped the chart.' },
    { why: 'a lower-case particle inside a name', text: 'A painting by Piero della Francesca hung there.' },
    { why: 'hyphenated compounds judged whole, with their plurals', text: 'The have-nots bought hi-fis; a touchy-feely, criss-crossing no-brainer.' },
    { why: 'borrowed phrases', text: 'Paid per annum, in toto, with joie de vivre and a certain je ne sais quoi.' },
    { why: 'newer words a dictionary of meanings lists', text: 'The cafe has wifi for its millennials.' },
    { why: 'a place name after a capitalised word no dictionary lists as common', text: 'The 1993 floods in Des Moines were studied.' },
    { why: 'the personal dictionary', text: 'Press the recieve button.', userWords: ['Recieve'] },
    {
      why: 'a known word with a letter no finger strikes there set before it: a coined term',
      text: 'Songs bought on itunes play in any xterm window, and the vlog showed the bcache settings.',
    },
  ],
  invalid: [
    {
      why: 'a letter before a word that is also a slip on another word',
      text: 'Nobody knew hwere the boat had gone.',
      errors: [{ exact: 'hwere', suggestions: ['where', 'here'] }],
    },
    {
      why: 'a doubled first letter',
      text: 'He bought ssome bread on the way.',
      errors: [{ exact: 'ssome', suggestions: ['some'] }],
    },
    {
      why: 'a transposition',
      text: 'I will recieve it tomorrow.',
      errors: [{ exact: 'recieve', messageId: 'unknownWord', suggestions: ['receive'] }],
    },
    {
      why: 'a dropped letter',
      text: 'The set was chaotic and exploitatve.',
      errors: [{ exact: 'exploitatve', suggestions: ['exploitative'] }],
    },
    { why: 'swapped keys', text: 'They said taht it was over.', errors: [{ exact: 'taht', suggestions: ['that'] }] },
    { why: 'a doubled letter', text: 'The commmittee met on Monday.', errors: [{ exact: 'commmittee', suggestions: ['committee'] }] },
    { why: 'a real misspelling', text: 'The goverment said no.', errors: [{ exact: 'goverment', suggestions: ['government'] }] },
    { why: 'a misspelled possessive flags the word', text: 'The goverment’s plan failed.', errors: [{ exact: 'goverment' }] },
    { why: 'sentence start, case kept', text: 'Teh cat sat on the mat.', errors: [{ exact: 'Teh', suggestions: ['The'] }] },
    {
      why: 'a capitalised slip on an everyday word',
      text: 'He works for the city’s Deparment of Transportation.',
      errors: [{ exact: 'Deparment', suggestions: ['Department'] }],
    },
    {
      why: 'a capitalised slip inside a title of common words',
      text: 'The Whiet House and the Interior Ministery disagreed.',
      errors: [
        { exact: 'Whiet', suggestions: ['White'] },
        { exact: 'Ministery', suggestions: ['Ministry'] },
      ],
    },
    { why: 'a long capitalised slip on a common word', text: 'Officials from the European Monitering Centre came.', errors: [{ exact: 'Monitering' }] },
    {
      why: 'a long slip on a well-known name',
      text: 'She founded a company in Cambrige in 1976.',
      errors: [{ exact: 'Cambrige', suggestions: ['Cambridge'] }],
    },
    { why: 'a slip at the start of a sentence', text: 'It rained. Therefoe we stayed in.', errors: [{ exact: 'Therefoe' }] },
    {
      why: 'a slip on a common word is not a compound of two words',
      text: 'He said everthing was an exmaple of waste.',
      errors: [
        { exact: 'everthing', suggestions: ['everything'] },
        { exact: 'exmaple', suggestions: ['example'] },
      ],
    },
    {
      why: 'a slip before a quoted unknown word is no foreign phrase',
      text: 'Neon letters spell out the nmae “qwzt” in cursive.',
      errors: [{ exact: 'nmae', suggestions: ['name'] }],
    },
    {
      why: 'a British article is offered listed words only',
      text: 'The organisation realised that strandings beecome common.',
      errors: [{ exact: 'beecome', suggestions: ['become'] }],
    },
    {
      why: 'swapped or doubled letters that resemble a British form are slips',
      text: 'The report revaeled that the hoours were long.',
      errors: [
        { exact: 'revaeled', suggestions: ['revealed'] },
        { exact: 'hoours', suggestions: ['hours'] },
      ],
    },
    {
      why: 'a doubled l after a long vowel is no British spelling',
      text: 'She appealled the ruling.',
      errors: [{ exact: 'appealled', suggestions: ['appealed'] }],
    },
    { why: 'a tripled letter inside a word', text: 'The hall was founded by threee masons.', errors: [{ exact: 'threee', suggestions: ['three'] }] },
    { why: 'a lower-case word in quotes is still checked', text: 'Hearing the word “literaly” used wrongly annoys me.', errors: [{ exact: 'literaly' }] },
    {
      why: 'a word between capitalised words after punctuation is no particle',
      text: 'They met in Italy (useing Processing and Wiring).',
      errors: [{ exact: 'useing' }],
    },
    {
      why: 'a slip that resembles a British form is still a slip',
      text: 'There were fourty of them untill you gathre your data.',
      errors: [{ exact: 'fourty' }, { exact: 'untill' }, { exact: 'gathre', suggestions: ['gather'] }],
    },
    {
      why: 'suggestions in the article’s own spelling: British',
      text: 'The organisation realised its error. The organisaton said the behavour was odd.',
      errors: [
        { exact: 'organisaton', suggestions: ['organisation'] },
        { exact: 'behavour', suggestions: ['behaviour'] },
      ],
    },
    {
      why: 'suggestions in the article’s own spelling: American',
      text: 'The organization realized its error. The organizaton said the behavor was odd.',
      errors: [
        { exact: 'organizaton', suggestions: ['organization'] },
        { exact: 'behavor', suggestions: ['behavior'] },
      ],
    },
    { why: 'a slip in one half of an unlisted compound', text: 'It was a well-knwon, crowd-pleasng show.', errors: [{ exact: 'knwon' }, { exact: 'pleasng' }] },
    { why: 'part of a hyphenated word', text: 'It is a well-knwon fact.', errors: [{ exact: 'knwon', suggestions: ['known'] }] },
    {
      why: 'a word the article uses elsewhere ranks first',
      text: 'Good relations matter. Analysts said good relatinos with Sudan could help.',
      errors: [{ exact: 'relatinos', suggestions: ['relations'] }],
    },
    {
      why: 'two slips in one text',
      text: 'The statment was clear. It was possble to leave.',
      errors: [
        { exact: 'statment', suggestions: ['statement'] },
        { exact: 'possble', suggestions: ['possible'] },
      ],
    },
  ],
});

describe('typo on the seed article', () => {
  const seed = fs.readFileSync(new URL('../../../seeds/rust-letter.txt', import.meta.url), 'utf8');
  const { findings } = analyze(fromPlainText(seed), [typo], { lexicon });
  const flagged = findings.map((f) => f.quote.exact);

  it.each(['Hutchins', 'Halyna', 'Baldwin', 'crewmembers', 'Houtchins', 'cinematographer', 'exploitative'])('does not flag %s', (word) => {
    expect(seed).toContain(word);
    expect(flagged).not.toContain(word);
  });

  it('says what is wrong, then what to do', () => {
    const [finding] = analyze(fromPlainText('We recieve letters.'), [typo], { lexicon }).findings;
    expect(finding?.reason).toBe('Unknown word “recieve”: check the spelling, perhaps “receive”');
  });
});
