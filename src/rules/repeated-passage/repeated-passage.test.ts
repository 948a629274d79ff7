import { describe, expect, it } from 'vitest';
import { testRule } from '../../../tests/helpers/rule-tester.ts';
import { analyze } from '../../core/analyze.ts';
import { fromBlocks, type BlockInput } from '../../core/article-text.ts';
import rule from './repeated-passage.ts';

const REPORT = 'The report concluded that the American safety net was ineffective because it provides only half the help people need.';
const SEED_BULLET = 'Alec Baldwin posted an Instagram open letter by Rust employees slamming Halyna HUTCHINS’s culture and resulting in her death.';
const SEED_COPY = 'Alec Baldwin posted an Instagram open letter by Rust employees slamming Halyna HUTCHINS’ culture and resulting in her death.';

testRule(rule, {
  valid: [
    `${REPORT} Other countries do far better.`,
    {
      text: 'He declined to comment.\n\nThe mayor, asked twice, declined to comment.\n\nHe declined to comment.',
      why: 'stock phrase too short to be a passage',
    },
    { text: 'Read more.\n\nThe vote is on Monday.\n\nRead more.', why: 'stock phrase' },
    { text: 'By John Smith and Jane Doe Brown\n\nThe council met on Monday.\n\nBy John Smith and Jane Doe Brown', why: 'a byline is names, not prose' },
    {
      text: 'About 50 other people were wounded, according to local news reports.\n\nAbout 30 other people were wounded, according to local news reports.',
      why: 'a different figure is a different statement',
    },
    {
      text: 'Faces Places is currently streaming on Netflix and available to rent on Google Play.\n\nPrincess Cyd is currently streaming on Netflix and available to rent on Google Play.',
      why: 'a different name is a different statement',
    },
    {
      text: 'The company tweeted: “We are all concerned. Fares have increased to encourage more drivers to come online.”\n\nIt was a civic gesture.\n\n“… Fares have increased to encourage more drivers to come online.”',
      why: 'quoting the same source twice',
    },
    {
      text: '• Baldwin posted an open letter from the crew on Instagram\n\nOn Monday Baldwin posted an open letter from the crew on Instagram to answer critics.',
      why: 'the body expands the summary line mid-sentence',
    },
    {
      text: 'Here’s our Firefox Year in Review!\n\nHere’s our Performance Year in Review!',
      why: 'in a short sentence one changed word is the news',
    },
    {
      text: 'The council approved the new budget for schools on Monday night.\n\nThe council rejected the new budget for roads on Tuesday morning after a long debate.',
      why: 'too many words differ',
    },
    {
      text: 'The shorter story is how Tarot came to be used in fortune telling, and why.\n\nNobody knows how Tarot came to be used in fortune telling.',
      why: 'shares a clause, not the sentence',
    },
    { text: 'Prices rose. Wages rose too.', why: 'parallel construction with different content words' },
    { text: 'Prices rose before the vote. Prices rose after the vote.', why: 'a different preposition is a different statement' },
    { text: 'We didn’t know how to build a mobile app. We didn’t know if we should build a mobile app.', why: 'same nouns, a different question' },
    { text: 'They enjoyed their work. We enjoyed our work.', why: 'a contrast between two subjects' },
    { text: 'The council approved the plan. The council did not approve the plan.', why: 'a negation changes the statement' },
    { text: 'It was cold. It was very cold.', why: 'emphasis on one word, not a restated statement' },
    { text: 'The match was postponed because of the rain. The rain postponed the match.', why: 'an explicit cause is kept as said (precision first)' },
    { text: 'The dog barked. The dog barked again.', why: 'again adds a second event' },
    { text: '“We love this town. This town is what we love,” she said.', why: 'a speaker repeating herself is quoted, not restated' },
    {
      text: 'The team won the cup.\n\nThe team won the cup in 1998, the first time in its history.',
      why: 'not adjacent in one paragraph, and the second adds facts',
    },
    { text: 'Our work was enjoyable.\n\nWe were enjoying our work.', why: 'restatements are looked for inside one paragraph' },
    {
      text: 'The council approved the new plan for the park.\n\nResidents waited.\n\nThe council rejected the new plan for the park.',
      why: 'a short sentence with its verb changed is another statement',
    },
    { text: `${REPORT}\n\nMore follows. ${REPORT}\n\nAnd again. ${REPORT}`, why: 'a line that comes three times is structure, not a paste' },
    {
      text: 'There are at least two major categories of information available to the company.\n\nMore follows.\n\nThere are at least three major categories of information available to the company.',
      why: 'a copy with a count changed contradicts the first: number-inconsistency reports it',
    },
    {
      text: 'Sign up for our newsletter and get the best of the week in your inbox.\n\nThe council met on Monday to discuss the plans for the new library.\n\nSign up for our newsletter and get the best of the week in your inbox.',
      why: 'a call to the reader, standing alone, repeated alone',
    },
  ],
  invalid: [
    {
      text: 'Our survey of students in 15 newsrooms brought up a few repeating issues.\n\nMentoring was rare.\n\nOur survey of students in 15 newsrooms brought up a few repeating issues.',
      why: 'a paragraph pasted twice: the writer’s “our” opening a sentence is no call to the reader',
      errors: [{ exact: 'Our survey of students in 15 newsrooms brought up a few repeating issues.' }],
    },
    {
      text: 'Those sheets might not be as clean as they look, according to hotel owners who answered a thread about the things they would rather you did not know.\n\nThe thread ran for weeks.\n\nThose sheets might not be as clean as they look, according to hotel owners who answered a thread about the things they would rather you did not know.',
      why: 'a long sentence that says “you” is prose, not a call to the reader',
      errors: [
        {
          exact:
            'Those sheets might not be as clean as they look, according to hotel owners who answered a thread about the things they would rather you did not know.',
        },
      ],
    },
    {
      text: '“We will rebuild our town and we will do it together,” the mayor said on Monday.\n\nThe storm destroyed 40 homes.\n\n“We will rebuild our town and we will do it together,” the mayor said on Monday.',
      why: 'a paragraph pasted twice: the “our” of a quotation is the speaker’s, not a call to the reader',
      errors: [{ exact: '“We will rebuild our town and we will do it together,” the mayor said on Monday.' }],
    },
    {
      text: `• ${SEED_BULLET}\n• It denies that the set was chaotic.\n\nBaldwin held the gun.\n\n${SEED_COPY} Baldwin will not be seen with his friend walking out in New York City Wednesday night.`,
      why: 'seed: summary bullet repeated, possessive spelled differently',
      errors: [{ exact: SEED_COPY, messageId: 'repeatsEarlier', related: [SEED_BULLET] }],
    },
    {
      text: `${REPORT} Other countries do far better.\n\nThe gap is widening. ${REPORT}`,
      why: 'verbatim, at the end of a later paragraph',
      errors: [{ exact: REPORT, related: [REPORT] }],
    },
    {
      text: 'Time is a resource just like any other, and it’s a finite one.\n\nSpend it well. Time is a resource like any other, and it’s a finite one.',
      why: 'one word dropped',
      errors: [{ exact: 'Time is a resource like any other, and it’s a finite one.' }],
    },
    {
      text: 'Mr Obama has faced criticism in the country after the US legalised gay marriage.\n\nHe was unmoved.\n\nMr Obama has faced criticism in the nation following the US legalised gay marriage.',
      why: 'two words swapped for synonyms',
      errors: [{ exact: 'Mr Obama has faced criticism in the nation following the US legalised gay marriage.' }],
    },
    {
      text: 'The team wanted to help the city fix its old water pipes.\n\nThe work began.\n\nThe team wished to assist the city fix its old water pipes.',
      why: 'two words swapped in a sentence of twelve',
      errors: [{ exact: 'The team wished to assist the city fix its old water pipes.' }],
    },
    {
      text: 'Snopes writer David Emery posted to Twitter asking if there were "any un-angry Trump supporters?"\n\nHe later deleted it. SNOPES WRITER DAVID EMERY POSTED TO TWITTER ASKING IF THERE WERE “ANY UN-ANGRY TRUMP SUPPORTERS?”',
      why: 'case and quote style do not matter',
      errors: [{ exact: 'SNOPES WRITER DAVID EMERY POSTED TO TWITTER ASKING IF THERE WERE “ANY UN-ANGRY TRUMP SUPPORTERS?”' }],
    },
    {
      text: '• Not enough discussion between the business side and web efforts\n• Little exposure to new tools\n\nMost newsrooms struggle.\n\nNot enough discussion between the business side and web efforts',
      why: 'summary line repeated as a new paragraph',
      errors: [
        {
          exact: 'Not enough discussion between the business side and web efforts',
          related: ['Not enough discussion between the business side and web efforts'],
        },
      ],
    },
    {
      text: '• Not enough discussion between the business side and web efforts\n\nMost newsrooms struggle.\n\nNot enough discussion between the business side and web efforts Budgets are tight everywhere.',
      why: 'summary line run into the next sentence',
      errors: [{ exact: 'Not enough discussion between the business side and web efforts' }],
    },
    {
      text: `${REPORT} Other countries do far better.\n\nCNNMoney (New York) First published February 1, 2016: 1:28 AM ET ${REPORT}`,
      why: 'run into an unpunctuated dateline',
      errors: [{ exact: REPORT }],
    },
    {
      text: '(Indeed, I would not even be commenting on this issue if it had not become a central issue.) Leaders have power.\n\n(Indeed, I would not even be commenting on this issue if it had not become a central issue.) ebb is a service mark.',
      why: 'run into a lower-case sentence',
      errors: [{ exact: '(Indeed, I would not even be commenting on this issue if it had not become a central issue.)' }],
    },
    {
      text: `The dogs may bark but the caravan moves on. ${REPORT}\n\nHe added that "the caravan moves on. ${REPORT}"`,
      why: 'prose repeated inside a quotation is still a repeat',
      errors: [{ exact: `${REPORT}"` }],
    },
    {
      text: 'Use a 6" pot. Closed terrariums are easy to care for, as they retain their own moisture.\n\nFill a 4" jar. Closed terrariums are easy to care for, as they retain their own moisture.',
      why: 'inch marks are not quotations',
      errors: [{ exact: 'Closed terrariums are easy to care for, as they retain their own moisture.' }],
    },
    {
      text: `${REPORT} Other countries do far better.\n\nThe gap is widening. ${REPORT}\n\nCritics disagree. Only half of them were asked.`,
      why: 'two copies are still one paste: the first copy and one more',
      errors: [{ exact: REPORT, related: [REPORT] }],
    },
    {
      text: 'The majority of them stayed. Our work was enjoyable. We were enjoying our work.',
      why: 'seed: the same words in other forms, back to back',
      errors: [{ exact: 'We were enjoying our work.', messageId: 'restatesPrevious', related: ['Our work was enjoyable.'] }],
    },
    {
      text: 'Residents were angered by the closure. The closure angered residents.',
      why: 'passive restated as active',
      errors: [{ exact: 'The closure angered residents.', messageId: 'restatesPrevious' }],
    },
    {
      text: 'The match was postponed by the rain. The rain postponed the match.',
      why: 'agent of the passive made the subject',
      errors: [{ exact: 'The rain postponed the match.' }],
    },
    {
      text: 'She denied the charges in court. In court, she denied the charges.',
      why: 'the same sentence in another order',
      errors: [{ exact: 'In court, she denied the charges.' }],
    },
    {
      text: 'The museum reopened to visitors on Monday. Visitors returned. The museum’s reopening delighted visitors.',
      why: 'only back-to-back sentences count',
      errors: [],
    },
  ],
});

/** Captions cannot be written as plain text: these cases build their blocks directly. */
function flagged(blocks: BlockInput[]): string[] {
  const { findings, errors } = analyze(fromBlocks(blocks), [rule]);
  expect(errors).toEqual([]);
  return findings.map((finding) => finding.quote.exact);
}

describe('repeated-passage in captions', () => {
  it('flags a caption that repeats a summary line word for word', () => {
    expect(
      flagged([
        { kind: 'standfirst', text: SEED_BULLET },
        { kind: 'paragraph', text: 'Baldwin held the gun that killed Hutchins.' },
        { kind: 'caption', text: `${SEED_COPY} Baldwin will not be seen with his friend walking out in New York City Wednesday night.` },
      ]),
    ).toEqual([SEED_COPY]);
  });

  it('flags a caption that repeats a body sentence word for word', () => {
    expect(
      flagged([
        { kind: 'paragraph', text: `${REPORT} Other countries do far better.` },
        { kind: 'caption', text: REPORT },
      ]),
    ).toEqual([REPORT]);
  });

  it('leaves a caption that retells a body sentence in other words', () => {
    expect(
      flagged([
        { kind: 'paragraph', text: 'Firefighters battled the blaze at the warehouse in east London for six hours on Sunday.' },
        { kind: 'caption', text: 'Firefighters battled the blaze at the east London warehouse for six hours on Sunday.' },
      ]),
    ).toEqual([]);
  });

  it('flags a caption that rewords a summary line: the same names, synonyms, another order', () => {
    const reworded =
      'Alec Baldwin shared an open letter from the Rust staff on Instagram slamming the idea that the culture on set led to the fatal shooting of Halyna Hutchins.';
    const findings = analyze(
      fromBlocks([
        { kind: 'standfirst', text: SEED_BULLET },
        { kind: 'paragraph', text: 'Baldwin held the gun that killed Hutchins.' },
        { kind: 'caption', text: `${reworded} Baldwin is above stepping out with a friend in New York City on Wednesday` },
      ]),
      [rule],
    ).findings;
    expect(findings.map((f) => [f.quote.exact, f.messageId, f.related[0]?.exact])).toEqual([[reworded, 'rewordsEarlier', SEED_BULLET]]);
  });

  it('flags a caption that rewords an earlier caption', () => {
    expect(
      flagged([
        { kind: 'caption', text: 'Meghan Markle and Prince Harry toured the children’s hospital in Sydney with its staff on Tuesday.' },
        { kind: 'paragraph', text: 'The couple arrived in Australia last week.' },
        { kind: 'caption', text: 'On Tuesday Prince Harry visited the Sydney hospital for children with Meghan Markle and met its staff.' },
      ]),
    ).toEqual(['On Tuesday Prince Harry visited the Sydney hospital for children with Meghan Markle and met its staff.']);
  });

  it('leaves captions that share words but not their names or figures', () => {
    expect(
      flagged([
        { kind: 'caption', text: 'Protesters march through central Paris against the pension reform on Saturday afternoon.' },
        { kind: 'caption', text: 'Protesters march through central Lyon against the pension reform on Saturday afternoon.' },
        { kind: 'caption', text: 'About 5,000 protesters marched against the pension reform through the streets of Paris on Saturday.' },
        { kind: 'caption', text: 'About 8,000 protesters marched against the pension reform through the streets of Paris on Saturday.' },
      ]),
    ).toEqual([]);
  });

  it('leaves a caption with the names of a summary line but its own news', () => {
    expect(
      flagged([
        { kind: 'standfirst', text: SEED_BULLET },
        { kind: 'caption', text: 'Alec Baldwin, whose Rust crew wrote on Instagram about Halyna Hutchins, leaves his home with a coffee.' },
      ]),
    ).toEqual([]);
  });

  it('leaves a body paragraph that rewords the summary line, as a lede does', () => {
    expect(
      flagged([
        { kind: 'standfirst', text: SEED_BULLET },
        {
          kind: 'paragraph',
          text: 'Alec Baldwin shared an open letter from the Rust staff on Instagram slamming the idea that the culture on set led to the fatal shooting of Halyna Hutchins.',
        },
        { kind: 'paragraph', text: 'Baldwin held the gun that killed Hutchins.' },
        { kind: 'paragraph', text: 'The letter was signed by 20 cast and crew members.' },
      ]),
    ).toEqual([]);
  });

  it('never takes a caption as the first copy', () => {
    expect(
      flagged([
        { kind: 'caption', text: REPORT },
        { kind: 'paragraph', text: REPORT },
      ]),
    ).toEqual([]);
  });

  it('leaves a headline the lede repeats', () => {
    expect(
      flagged([
        { kind: 'title', text: REPORT },
        { kind: 'paragraph', text: REPORT },
      ]),
    ).toEqual([]);
  });
});

/**
 * Lines pages repeat on purpose, built as the extractor delivers them: the general shapes of a meal
 * plan, an interview series, a photo gallery, a product round-up, a highlights box, a comment
 * thread and a recap.
 */
describe('repeated-passage leaves lines repeated by design', () => {
  const para = (text: string): BlockInput => ({ kind: 'paragraph', text });
  const item = (text: string): BlockInput => ({ kind: 'list-item', text });

  it('a meal plan whose entries recur, as lines of their own or inside each day', () => {
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday'];
    const lines = [
      'Breakfast: porridge made with milk, topped with berries and a spoonful of honey',
      'Lunch: leftover roast chicken salad with wholegrain crackers and hummus',
      'Dinner: baked salmon with new potatoes and steamed green beans',
    ];
    const blocks: BlockInput[] = [para('This plan keeps every meal under 600 calories and takes little cooking.')];
    days.forEach((day, i) => {
      blocks.push({ kind: 'heading', text: day }, para(lines[0] as string));
      if (i % 2 === 0) blocks.push(para(lines[1] as string));
      else blocks.push(para(`Snack: an apple with a handful of almonds. ${lines[2]}.`));
    });
    expect(flagged(blocks)).toEqual([]);
  });

  it('a question put to each interviewee, standing as its own paragraph', () => {
    expect(
      flagged([
        para('We asked two chefs about their work.'),
        para('What is the best advice you have ever been given in a kitchen?'),
        para('Never stop tasting the food, my first head chef told me.'),
        para('What is the best advice you have ever been given in a kitchen?'),
        para('To clean as I go, which I still do every single day.'),
      ]),
    ).toEqual([]);
  });

  it('a question leading the answer in each interview, in any language', () => {
    expect(
      flagged([
        para('Wir haben zwei Köchen dieselben Fragen gestellt.'),
        para('Was war der beste Rat, den Sie je bekommen haben? Immer alles probieren, bevor es die Küche verlässt.'),
        para('Was war der beste Rat, den Sie je bekommen haben? Sauber arbeiten und nie hetzen.'),
      ]),
    ).toEqual([]);
  });

  it('the same caption under several photos', () => {
    const caption = 'Volunteers clear the beach after the storm washed tonnes of plastic ashore.';
    expect(flagged([{ kind: 'caption', text: caption }, para('The clean-up began at dawn.'), { kind: 'caption', text: caption }])).toEqual([]);
  });

  it('a feature bullet two products share, each in its own list', () => {
    const shared = 'Water resistant to fifty metres, with a scratch-proof sapphire glass face';
    expect(
      flagged([
        { kind: 'heading', text: 'The Alpha watch' },
        para('The cheaper of the two is light and simple.'),
        item('Battery that lasts a week between charges, even with the screen always on'),
        item(shared),
        { kind: 'heading', text: 'The Beta watch' },
        para('The dearer one adds a heart-rate sensor.'),
        item('Heart-rate sensor that works through the night and warns of an irregular rhythm'),
        item(shared),
      ]),
    ).toEqual([]);
  });

  it('a highlights box whose lines the story repeats', () => {
    const first = 'The council will close three libraries in the north of the city next year.';
    const second = 'Staff at the libraries will be offered jobs in the remaining branches.';
    expect(
      flagged([
        { kind: 'standfirst', text: first },
        { kind: 'standfirst', text: second },
        { kind: 'standfirst', text: 'Residents have started a petition.' },
        para(`${first} The decision was taken on Monday night.`),
        para(`Unions had warned of job losses. ${second}`),
      ]),
    ).toEqual([]);
  });

  it('a summary line the story opens with', () => {
    const summary = 'The council will close three libraries in the north of the city next year.';
    expect(
      flagged([{ kind: 'standfirst', text: summary }, { kind: 'caption', text: 'The Central Library.' }, para(`${summary} The decision was taken on Monday.`)]),
    ).toEqual([]);
    expect(flagged([{ kind: 'standfirst', text: summary }, para('The decision was taken on Monday.'), para(`${summary} Unions are angry.`)])).toEqual([
      summary,
    ]);
  });

  it('a key-points list after the story, and a recap paragraph', () => {
    const first = 'The new bridge will carry trams as well as cars across the estuary.';
    const second = 'Construction is expected to take four years and cost the city dearly.';
    const third = 'Opponents say the money would be better spent on the ferry service.';
    const story = [para(`${first} It replaces the old swing bridge.`), para(`Work starts in spring. ${second}`), para(`${third} They plan a protest.`)];
    expect(flagged([...story, { kind: 'heading', text: 'Key points' }, item(first), item(second), item(third)])).toEqual([]);
    expect(flagged([...story, para(`To recap: ${first} ${second}`)])).toEqual([]);
  });

  it('a reader quoting an earlier comment, and a pull quote', () => {
    const said = 'The library was the only warm place some of these children had after school.';
    expect(flagged([para(`${said} Closing it is a disgrace.`), para('Posted by reader 2'), para(`“${said}” Exactly right, and nobody asked them.`)])).toEqual(
      [],
    );
    expect(flagged([para(`Her mother disagreed. ${said}`), { kind: 'blockquote', text: said }, para('The council did not reply.')])).toEqual([]);
  });

  it('a gallery slide: a heading and the caption under it', () => {
    const slide = 'In this photo taken on Tuesday, the rocket booster is installed on the launch pad in the desert.';
    expect(flagged([{ kind: 'heading', text: slide }, para(slide), para('The launch failed minutes later.')])).toEqual([]);
  });

  it('still flags a summary line pasted into the body, and a bullet repeated in its own list', () => {
    const bullet = 'Not enough discussion between the business side and the web efforts';
    expect(
      flagged([
        item('Lack of mentorship for the students on the paper'),
        item(bullet),
        item('No editor or position specific to the web at any paper'),
        para('Two years later we went back to the newsrooms.'),
        para(bullet),
      ]),
    ).toEqual([bullet]);
    expect(flagged([item(bullet), item('Little exposure to the cool projects of newsrooms'), item(bullet)])).toEqual([bullet]);
  });
});
