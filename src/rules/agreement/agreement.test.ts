import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze.ts';
import { fromBlocks } from '../../core/article-text.ts';
import { testRule } from '../../../tests/helpers/rule-tester.ts';
import rule from './agreement.ts';

describe('agreement in headlines', () => {
  it('leaves titles and subheadings alone: they drop and bend verbs by design', () => {
    const article = fromBlocks([
      { kind: 'title', text: 'They Was Robbed: fans says the referee erred' },
      { kind: 'heading', text: 'Why they was wrong' },
      { kind: 'paragraph', text: 'Fans said they was robbed.' },
    ]);
    expect(analyze(article, [rule]).findings.map((f) => f.quote.exact)).toEqual(['they was']);
  });
});

testRule(rule, {
  valid: [
    'The crewmembers add that they stand firmly with their unions, but assert that the set was safe.',
    { text: 'If he were a younger man, he would run again.', why: 'subjunctive after "if"' },
    { text: 'She spoke as though she were already elected.', why: 'subjunctive after "as though"' },
    { text: 'I wish he were here to see this.', why: 'subjunctive after "wish"' },
    { text: 'The result, as it were, was a draw.', why: '"as it were"' },
    { text: 'Did he say that he would resign?', why: 'inverted question' },
    { text: 'Why would she have left so early?', why: 'modal before the pronoun' },
    { text: 'You and he are welcome to stay.', why: 'compound subject' },
    { text: 'Neither she nor he were told about the change.', why: 'compound subject with "nor"' },
    { text: 'The board insisted that he resign at once.', why: 'mandative subjunctive after "that"' },
    { text: '“We was robbed,” the manager said after the game.', why: 'dialect inside quotation marks' },
    { text: '‘They was never there,’ she told the court.', why: 'dialect inside single quotation marks' },
    { text: 'The team are confident, and the team is ready.', why: 'collective nouns take either number' },
    { text: 'The number of complaints is rising.', why: '"the number of" is singular' },
    { text: 'One of the officers who were injured has since returned.', why: '"one of the X who"' },
    { text: 'There’s dozens of them in the archive.', why: '"there’s" before a plural is left alone' },
    { text: 'Two weeks is a long time in politics.', why: 'a measure phrase is singular' },
    { text: 'My experience with these tools isn’t a positive one.', why: 'the plural noun is a preposition’s object' },
    { text: 'Each of those sublists has 10 of its own.', why: 'the subject is "each"' },
    { text: 'The people who run it are volunteers.', why: '"it" as an object is not checked' },
    { text: 'All they want is a fair hearing.', why: 'the clause "they want" is the subject' },
    {
      text: 'They say the letter explains their position, and insists that nothing went wrong.',
      why: 'a singular clause between: the joined verb may belong to "the letter"',
    },
    {
      text: 'The writers say the narrative distracts from her memory and adds to the pain.',
      why: '"the narrative distracts" is a singular clause between',
    },
    {
      text: 'Baldwin says the crew members stand by him, and insist that the set was safe.',
      why: 'a plural clause between: the joined verb may belong to "the crew members"',
    },
    { text: 'They say Baldwin lied and insists he is innocent.', why: 'a name between may be the joined verb’s subject' },
    {
      text: 'They say that in 2019 the set fell apart and adds that no one was hurt.',
      why: 'a singular noun phrase between may open a clause',
    },
    { text: 'The board demanded he explain the losses.', why: 'mandative subjunctive without "that"' },
    { text: 'She will resign and say that she is sorry.', why: 'a base form after a modal is not finite' },
    { text: 'He wants to stay and explain that the plan works.', why: 'a base form after "to" is not finite' },
    { text: 'The residents have concerns and fears that the plant will close.', why: '"fears" is a noun here' },
    { text: 'They Live Among Us', why: 'title case' },
    { text: 'Police say the driver fled, and insist that he was speeding.', why: 'plural noun without -s' },
    { text: 'Many residents say they were never consulted and believe that the plan will fail.', why: 'all plural' },
    { text: 'The mayor says the budget is balanced and insists that taxes will not rise.', why: 'all singular' },
    { text: 'The government have promised new funding.', why: 'a group noun takes a plural verb in British copy' },
    { text: 'The committee were divided over the plan.', why: 'a group noun takes a plural verb in British copy' },
    { text: 'A number of people were injured in the crash.', why: 'a partitive before "of": the verb agrees with what follows' },
    { text: 'The majority were in favour of the plan.', why: 'a partitive standing for its "of" phrase' },
    { text: 'The last five years has been difficult for the firm.', why: 'a measure of time taken as one span' },
    { text: 'The data is clear, and the media are to blame.', why: 'nouns English uses with either number' },
    { text: 'Economics is a broad subject.', why: '-ics nouns take a singular verb' },
    { text: 'What I tell you is true.', why: '"you" after a verb is its object' },
    { text: 'In 2001 it put $300m into the project.', why: 'a base form that is also a past tense shows no number' },
    { text: 'Another bright spot are these comments from readers.', why: 'a complement put first: the subject follows the verb' },
    { text: 'The president and chief executive is Jane Smith.', why: 'one person with two titles: no second determiner' },
    { text: 'My respect for her as a person and a writer is immense.', why: 'joined noun phrases after "as" are not the subject' },
    { text: 'The unit sell could raise £350m for the group.', why: 'a base form followed by a modal is a noun' },
    { text: 'A web transform stream reads the data.', why: 'a base form followed by a noun is a noun' },
    { text: 'Gates has said the software will ship in May. Bill Gates founded the firm.', why: 'a plural-looking word the article uses as a name' },
    { text: 'If the price were lower, more people would buy it.', why: 'subjunctive after "if" with a noun subject' },
    { text: 'It is vital that the company have a plan.', why: 'mandative subjunctive with a noun subject' },
    { text: 'The rich are getting richer.', why: 'an adjective used as a plural noun' },
    { text: 'World War I was a turning point.', why: '"I" after a name is a numeral' },
    { text: 'The United States is a large country.', why: 'names set their own number' },
    { text: 'Another way to further reduce costs is to cut staff.', why: '"to further reduce" is no prepositional phrase' },
    { text: 'Some of the money is missing, and some of the files are lost.', why: 'some of: the noun after "of" sets the number' },
    { text: 'It’s clear that’s what the voters want.', why: 'contractions are not possessives' },
    { text: 'She is one of the few people who knows the code.', why: '"one of the … who": usage is split' },
    { text: 'The team who are playing today won last week.', why: 'a group noun before "who"' },
  ],
  invalid: [
    {
      text: 'The crewmembers add that they “stand firmly” with their unions and “strongly support the fight for better working conditions” across the industry, but asserts that the set of Rust is not an example.',
      why: 'verb joined to a plural subject’s verb',
      errors: [{ exact: 'but asserts', messageId: 'joinedVerb', suggestions: ['but assert'] }],
    },
    {
      text: 'The nurses say they are exhausted, and adds that staffing is short.',
      why: 'verb joined to a plural subject’s verb after "and"',
      errors: [{ exact: 'and adds', suggestions: ['and add'] }],
    },
    {
      text: 'Baldwin says the shooting was an accident, but admit that he held the gun.',
      why: 'base form joined to a singular subject’s verb',
      errors: [{ exact: 'but admit', messageId: 'joinedVerb', suggestions: ['but admits'] }],
    },
    {
      text: 'Officials said they was unaware of the leak.',
      errors: [{ exact: 'they was', messageId: 'pronounVerb', suggestions: ['they were'] }],
    },
    { text: 'They was told to leave the building.', errors: [{ exact: 'They was', suggestions: ['They were'] }] },
    { text: 'We has asked the council for an answer.', errors: [{ exact: 'We has', suggestions: ['We have'] }] },
    { text: 'They says the plan will fail.', errors: [{ exact: 'They says', suggestions: ['They say'] }] },
    { text: 'They also denies any wrongdoing.', why: 'adverb between', errors: [{ exact: 'They also denies', suggestions: ['They also deny'] }] },
    { text: 'He were the only candidate left.', errors: [{ exact: 'He were', suggestions: ['He was'] }] },
    { text: 'The letter claims he are innocent.', errors: [{ exact: 'he are', suggestions: ['he is'] }] },
    {
      text: 'She don’t know the answer, the report says.',
      errors: [{ exact: 'She don’t', suggestions: ['She doesn’t'] }],
    },
    {
      text: 'People keep telling her something she already acknowledge: the work is hard.',
      why: 'a base form after "she"',
      errors: [{ exact: 'she already acknowledge', suggestions: ['she already acknowledges'] }],
    },
    {
      text: 'These reports is incomplete, the auditor said.',
      errors: [{ exact: 'reports is', messageId: 'nounVerb', suggestions: ['reports are'] }],
    },
    {
      text: 'The council said those people was never consulted.',
      errors: [{ exact: 'people was', suggestions: ['people were'] }],
    },
    { text: 'These cities is expensive to live in.', errors: [{ exact: 'cities is', messageId: 'nounVerb', suggestions: ['cities are'] }] },
    { text: 'The cases appears to be linked.', why: 'an -s verb after a plural noun', errors: [{ exact: 'cases appears', suggestions: ['cases appear'] }] },
    { text: 'His wife have told reporters she is proud.', errors: [{ exact: 'wife have', suggestions: ['wife has'] }] },
    { text: 'That figure have not been confirmed.', errors: [{ exact: 'figure have', suggestions: ['figure has'] }] },
    { text: 'The saga are far from over.', errors: [{ exact: 'saga are', suggestions: ['saga is'] }] },
    {
      text: 'The new figures shows that prices rose.',
      why: 'an -s word before "that" is a verb',
      errors: [{ exact: 'figures shows', suggestions: ['figures show'] }],
    },
    {
      text: 'They wants a refund.',
      why: 'any verb after a plural pronoun',
      errors: [{ exact: 'They wants', messageId: 'pronounVerb', suggestions: ['They want'] }],
    },
    { text: 'I thinks so too.', errors: [{ exact: 'I thinks', suggestions: ['I think'] }] },
    { text: 'You was right about the plan.', errors: [{ exact: 'You was', suggestions: ['You were'] }] },
    {
      text: 'He run the company for ten years.',
      why: 'a base form that is a past participle, never a past tense',
      errors: [{ exact: 'He run', suggestions: ['He runs'] }],
    },
    { text: 'It take time to build trust.', errors: [{ exact: 'It take', suggestions: ['It takes'] }] },
    { text: 'Customers say it don’t work.', why: '"it" after a verb of saying is a subject', errors: [{ exact: 'it don’t', suggestions: ['it doesn’t'] }] },
    {
      text: 'The price of these goods are rising.',
      why: 'the noun before the prepositional phrase sets the number',
      errors: [{ exact: 'price of these goods are', messageId: 'nounPrepositionVerb', suggestions: ['price of these goods is'] }],
    },
    {
      text: 'Sales of the device has doubled.',
      why: 'a plural noun opening a sentence without a determiner',
      errors: [{ exact: 'Sales of the device has', suggestions: ['Sales of the device have'] }],
    },
    {
      text: 'Some of the files was deleted.',
      errors: [{ exact: 'Some of the files was', messageId: 'quantifierVerb', suggestions: ['Some of the files were'] }],
    },
    {
      text: 'Apple’s profits has doubled.',
      why: 'a name’s possessive opens the noun phrase',
      errors: [{ exact: 'profits has', suggestions: ['profits have'] }],
    },
    { text: 'Both teams was happy with the draw.', errors: [{ exact: 'teams was', suggestions: ['teams were'] }] },
    {
      text: 'Local residents says the plan is flawed.',
      why: 'an adjective and a plural noun opening a sentence',
      errors: [{ exact: 'residents says', suggestions: ['residents say'] }],
    },
    {
      text: 'Customers who buys online save money.',
      why: '"who" after a plural noun',
      errors: [{ exact: 'Customers who buys', messageId: 'relativeVerb', suggestions: ['Customers who buy'] }],
    },
    { text: 'One of the reasons are cost.', errors: [{ exact: 'One of the reasons are', suggestions: ['One of the reasons is'] }] },
    {
      text: 'The president and his wife is visiting Kenya.',
      why: 'two noun phrases joined by "and"',
      errors: [{ exact: 'The president and his wife is', messageId: 'compoundVerb', suggestions: ['The president and his wife are'] }],
    },
  ],
});
