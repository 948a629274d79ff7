import { describe, expect, it } from 'vitest';
import { testRule } from '../../../tests/helpers/rule-tester.ts';
import { nounsOfBareAdjective } from './bare-adjectives.ts';
import { lookalikeBefore } from './collocations.ts';
import rule from './spun-phrase.ts';
import { edForms, pluralSpellings } from './word-forms.ts';

testRule(rule, {
  valid: [
    'The council approved the budget on Tuesday after a long debate.',
    // "of" + a word that heads its own phrase
    { text: 'We have seen a lot of that of late.', why: 'fixed phrase "of late"' },
    { text: 'In days of old, the market square held a fair.', why: 'fixed phrase "of old"' },
    { text: 'The rescue was nothing short of miraculous.', why: '"short of" + adjective' },
    { text: 'Honestly, the second half was kind of brilliant.', why: '"kind of" as a degree word' },
    { text: 'It is one of few, and the last of its kind.', why: 'quantifier heads the phrase' },
    { text: 'The walls were painted in shades of blue.', why: 'colour word is also a noun ("blues")' },
    { text: 'The film is a battle of good and the forces of evil.', why: '"good" is also a noun ("goods")' },
    { text: 'He was a man of principle and of sound judgment.', why: 'nouns after "of"' },
    { text: 'The museum is funded by a mix of public and private money.', why: 'coordinated modifiers before their noun' },
    {
      text: 'The report noted the role of independent, non-profit groups in the recovery.',
      why: 'comma between two modifiers of one noun',
    },
    { text: 'She was capable of violent outbursts, the court heard.', why: 'adjective modifies the noun after it' },
    { text: 'The charity was accused of corrupt and the judge agreed.', why: 'word with a verb use is left alone' },
    { text: 'She was promoted to the rank of superintendent.', why: 'compromise knows "superintendent" as a noun' },
    { text: 'He prayed to the patron saint of divers in a hurried whisper.', why: 'compromise tags "divers" a plural noun' },
    { text: 'They crossed the border under cover of dark.', why: 'compromise lists "dark" as adjective or noun' },
    { text: 'She held the office of magistrate until 1990.', why: 'compromise knows "magistrate" as a noun' },
    { text: 'Residents complained of a lack of affordable housing.', why: 'adjective before its noun' },
    { text: 'He entered a plea of guilty to both charges.', why: 'a plea names what was pleaded' },
    { text: 'Be proactive instead of reactive.', why: '"instead of" sets an adjective against an adjective' },
    { text: 'The book is an experience of powerful, if depressing, beauty.', why: 'a concessive aside inside the phrase' },
    { text: 'The jury returned a verdict of not guilty on Friday.', why: 'a verdict names what was found' },
    { text: 'Stephen Cone is a master of small, carefully realized filmmaking.', why: 'modifiers continue after the comma' },
    { text: 'He spoke of brilliant, sunlit mornings by the sea.', why: 'an adjective follows the comma' },
    { text: 'Fans will remember moments of brilliant football from that season.', why: 'noun follows the adjective' },
    { text: 'Hansen is the best of British and the rest.', why: 'capitalised word is a name or demonym' },
    {
      text: 'Those lines are part of a brilliant and moving speech.',
      why: 'an article between "of" and the adjective',
    },
    { text: 'Try the areas of brilliant and its areas.', userWords: ['brilliant'], why: 'in the personal dictionary' },
    // compound adjectives
    { text: 'She wore a blue eye shadow to the premiere.', why: 'colour adjectives form noun compounds' },
    { text: 'Her teary eyes gave her away.', why: 'plural body part is the head noun' },
    { text: 'It was a teary eye and a heavy heart.', why: 'no noun after the body part' },
    { text: 'The teary-eyed winner thanked her coach.', why: 'already hyphenated' },
    { text: 'The army head office closed in May.', why: '"army" is a noun, not a "-y" adjective' },
    { text: 'A very busy street leads to the port.', why: '"street" is no body part' },
    // captions
    { text: 'Baldwin is left wondering what went wrong on the set.', why: '"be left doing" is sound English' },
    { text: 'The senator is above taking bribes, his aides insist.', why: 'a full sentence, not a caption' },
    { text: 'Kim Kardashian is pictured above leaving the gym in Calabasas', why: 'the caption idiom intact' },
    { text: 'Baldwin, pictured above, stepping out with a friend in New York City', why: 'the caption idiom intact' },
    { text: 'The actress is above smiling at fans', why: 'subject is not a name' },
    // swapped collocations
    { text: 'The report gave an accurate account of the crash.', why: 'the collocation writers use' },
    { text: 'Schools still lack adequate funding and adequate housing for staff.', why: 'pairs the corpora attest' },
    { text: 'The clerical staff went on strike.', why: 'a pairing no lookalike claims' },
    { text: 'Red and green are complementary colours.', why: 'no lookalike is used with "colours"' },
    { text: 'Was the account adequate? The trial was clerical, not medical.', why: 'the adjective does not stand before the noun' },
    { text: 'Their reply was adequate, accounts show.', why: 'a comma between' },
    { text: 'Councils warned that social care faces a funding gap.', why: 'two everyday adjectives (social/special): both are words a writer means' },
    { text: 'New social uses for music players will emerge.', why: 'an everyday adjective is no slip for another' },
    { text: 'Search with terms such as aesthetic movement and 19th century.', why: 'synonyms (aesthetic/artistic): the writer chose' },
    { text: 'An Adequate Account of the War', why: 'title case: a name or a heading, not running prose' },
  ],
  invalid: [
    {
      text: 'Rust was professional. Like any production, Rust had its areas of brilliant and its areas that were more challenging.',
      why: 'seed: adjective where the object of "of" should be',
      errors: [{ exact: 'of brilliant', messageId: 'adjectiveAfterOf', suggestions: ['of brilliance'] }],
    },
    {
      text: 'The side showed flashes of brilliant, but the defence faltered late on.',
      why: 'comma then a new clause',
      errors: [{ exact: 'of brilliant', suggestions: ['of brilliance'] }],
    },
    {
      text: 'Voters described feelings of anxious and the mood in the hall soured.',
      errors: [{ exact: 'of anxious', suggestions: ['of anxiety'] }],
    },
    {
      text: 'There was a visible lack of confident in the new coach.',
      why: 'a preposition opens the next phrase',
      errors: [{ exact: 'of confident', suggestions: ['of confidence'] }],
    },
    {
      text: 'There was a visible lack of confident, if the polls are right.',
      why: 'a clause, not a one-word aside, follows "if"',
      errors: [{ exact: 'of confident', suggestions: ['of confidence'] }],
    },
    {
      text: 'Officials spoke with a sense of urgent.',
      why: 'sentence ends after the adjective',
      errors: [{ exact: 'of urgent', suggestions: ['of urgency'] }],
    },
    {
      text: 'The report describes a cycle of poor and the debts that follow it.',
      why: "the noun from compromise's adjective-to-noun model",
      errors: [{ exact: 'of poor', suggestions: ['of poverty', 'of poorness'] }],
    },
    {
      text: 'The team showed signs of strong in the second half.',
      errors: [{ exact: 'of strong', suggestions: ['of strength'] }],
    },
    {
      text: 'The inquiry questioned the accurate of the figures and the role of accurate.',
      why: 'only the slot after "of" is checked',
      errors: [{ exact: 'of accurate', suggestions: ['of accuracy'] }],
    },
    {
      text: 'Baldwin held the gun that killed Hutchins and gave a teary eye interview one week ago.',
      why: 'seed: compound adjective without "-ed"',
      errors: [{ exact: 'teary eye interview', messageId: 'compoundWithoutEd', suggestions: ['teary-eyed interview'] }],
    },
    {
      text: 'The rosy cheek toddler waved at the crowd.',
      errors: [{ exact: 'rosy cheek toddler', suggestions: ['rosy-cheeked toddler'] }],
    },
    {
      text: 'Police are looking for a curly hair man in his twenties.',
      errors: [{ exact: 'curly hair man', suggestions: ['curly-haired man'] }],
    },
    {
      text: 'Alec Baldwin shared an open letter on Instagram. Baldwin is above stepping out with a friend in New York City on Wednesday',
      why: 'seed: caption fragment with its commas turned into "is"',
      errors: [
        {
          exact: 'Baldwin is above stepping',
          messageId: 'mangledCaption',
          suggestions: ['Baldwin, pictured above, stepping'],
        },
      ],
    },
    {
      text: 'Jennifer Lopez is right leaving the restaurant in Manhattan on Friday',
      why: 'the whole name is the subject',
      errors: [{ exact: 'Jennifer Lopez is right leaving', suggestions: ['Jennifer Lopez, pictured right, leaving'] }],
    },
    {
      text: 'The crewmembers believe the public narrative is inadequate and wish to express a more adequate account of our experience.',
      why: 'seed: "adequate" where writers put its lookalike "accurate"',
      errors: [{ exact: 'adequate account', messageId: 'swappedCollocation', suggestions: ['accurate account'] }],
    },
    {
      text: 'The drug is now being tested in a clerical trial at three hospitals.',
      errors: [{ exact: 'clerical trial', suggestions: ['clinical trial'] }],
    },
    {
      text: 'Hundreds of patients joined clerical trials across the country.',
      why: 'a plural noun is looked up by its singular, and keeps its form in the suggestion',
      errors: [{ exact: 'clerical trials', suggestions: ['clinical trials'] }],
    },
    {
      text: 'The band handed out complementary tickets to the first hundred fans.',
      errors: [{ exact: 'complementary tickets', suggestions: ['complimentary tickets'] }],
    },
  ],
});

describe('collocation table', () => {
  it('names the lookalike writers use before a noun where the adjective never stands', () => {
    expect(lookalikeBefore('adequate', 'account')).toBe('accurate');
    expect(lookalikeBefore('adequate', 'accounts')).toBe('accurate');
    expect(lookalikeBefore('clerical', 'trial')).toBe('clinical');
  });

  it('knows nothing against the pairs writers use', () => {
    expect(lookalikeBefore('accurate', 'account')).toBeUndefined();
    expect(lookalikeBefore('adequate', 'housing')).toBeUndefined();
    expect(lookalikeBefore('clinical', 'trial')).toBeUndefined();
    expect(lookalikeBefore('different', 'behavior')).toBeUndefined();
  });
});

describe("bare adjectives (compromise's tags)", () => {
  it('gives the nouns of words compromise tags only as adjectives, most frequent first', () => {
    expect(nounsOfBareAdjective('brilliant')).toEqual(['brilliance', 'brilliancy']);
    expect(nounsOfBareAdjective('accurate')?.[0]).toBe('accuracy');
    expect(nounsOfBareAdjective('anxious')?.[0]).toBe('anxiety');
    expect(nounsOfBareAdjective('poor')?.[0]).toBe('poverty');
  });

  it('knows nothing of words compromise tags as nouns or verbs too, or whose plural is in use', () => {
    for (const word of ['superintendent', 'magistrate', 'divers', 'dark', 'professional', 'calm', 'blue', 'good', 'area', 'running']) {
      expect(nounsOfBareAdjective(word), word).toBeUndefined();
    }
  });
});

describe('word forms', () => {
  it('doubles the last consonant where "-ed" needs it', () => {
    expect(edForms('eye')).toEqual(['eyed']);
    expect(edForms('lip')).toEqual(['lipped', 'liped']);
  });

  it('spells plurals', () => {
    expect(pluralSpellings('area')).toEqual(['areas']);
    expect(pluralSpellings('body')).toEqual(['bodies']);
    expect(pluralSpellings('box')).toEqual(['boxes']);
  });
});
