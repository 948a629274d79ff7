import { testRule } from '../../../tests/helpers/rule-tester.ts';
import rule from './number-inconsistency.ts';

testRule(rule, {
  valid: [
    {
      text: 'The letter was signed by over 20 crew and cast members. Later the letter was signed by 30 more people.',
      why: 'different things counted',
    },
    {
      text: 'Three people were killed in Tuesday’s attack. Last year four people were killed in a similar attack.',
      why: 'same verb, different events',
    },
    { text: 'He scored 30 points on Friday. She scored 25 points on Saturday.', why: 'different subjects and days' },
    { text: 'Smith scored 30 points. Jones scored 25 points.', why: 'different people' },
    { text: 'About 50 people were wounded. Police said 52 people were wounded.', why: '“about 50” allows 52' },
    { text: 'More than 200 homes were damaged. By Friday 250 homes were damaged.', why: '“more than 200” allows 250, and the time differs' },
    { text: 'Nearly 20 people attended the meeting. Roughly 19 people attended the meeting.', why: 'compatible estimates' },
    { text: '20 people died in 2019. 30 people died in 2020.', why: 'a different year is a different statement' },
    { text: 'Unemployment rose to 5 per cent. Unemployment rose to 6 per cent in May.', why: 'shares are not counts' },
    { text: 'The deal is worth $5 million to the club. The deal is worth $6 million to the club.', why: 'money is not read as a count' },
    { text: 'The vote was held on March 3. The vote was held on March 4.', why: 'dates are not counts' },
    { text: 'The 20-member board met. The 21-member board met.', why: 'hyphenated compounds are not counts' },
    { text: 'The club had 20 members in 1990. The club had 40 members.', why: 'the first is tied to a year the second lacks' },
    { text: 'The letter was signed by 20 crew members. The letter was signed by 20 cast and crew members.', why: 'same figure' },
    { text: 'Jane Smith, 45, runs the bakery. Her son Tom Smith, 19, works there. The 45-year-old Smith opened it in 2001.', why: 'same age, same person' },
    { text: 'John Smith, 45, and his son Tom Smith, 19, run the shop. The 19-year-old Smith left school last year.', why: 'two people share the surname' },
    { text: 'The 17-year-old Scottish student won the prize. A 16-year-old Scottish student came second.', why: 'a nationality is not a surname' },
    { text: 'The ceremony is on Tuesday, March 3, 2020. Guests arrive on Monday, March 2, 2020.', why: 'the weekdays match the dates' },
    { text: 'The launch failed on Thursday Dec. 1, 2016. It was the second failure in a year.', why: 'correct weekday with an abbreviated month' },
    { text: 'Two people shared the prize. The two people had never met.', why: 'same figure' },
    { text: 'Police, 20, and firefighters, 15, attended. Police, 25, returned on Monday.', why: 'a sentence-opening word is not taken for a name' },
    {
      text: 'The airline cancelled more than 300 flights on Sunday. By noon the airline had cancelled 300 flights on Sunday.',
      why: 'a time given for one only: precision first',
    },
    { text: 'The final kicks off on Tuesday, 1 March, 2000 GMT.', why: 'a kick-off time is not a year' },
    { text: 'The final kicks off on Tuesday, 1 March — 2000 GMT.', why: 'a kick-off time after a dash is not a year' },
    {
      text: 'The firm had to cancel 77 flights, affecting about 5,000 passengers. Another 92 flights were delayed by an hour after the visit, affecting almost 17,000 passengers.',
      why: 'the same unit counting different things: the sentences share little beyond it',
    },
    {
      text: 'A small study found the drug worked in 15 people. A second study found the drug worked in 38 people.',
      why: '"a second study" sets the statements apart',
    },
    {
      text: 'Life expectancy is 71 years for a manual worker and 79 for a professional, a gap of eight years. But measured at 65 instead, a manual worker lives to 81 and a professional to 86, a gap of five years.',
      why: 'a contrast ("but … instead") is another measurement',
    },
    {
      text: 'Eat 2 eggs and a slice of toast for breakfast on the first day. Eat 3 eggs and a slice of toast for breakfast on the first day. Eat 4 eggs and a slice of toast for breakfast on the first day.',
      why: 'a wording stated three times is a series, not a restatement',
    },
  ],
  invalid: [
    {
      text: 'The letter was signed by over 20 crew and cast members who said they were not influenced.\n\nBaldwin posted an open letter to Instagram with this assertion. The letter was signed by 20 cast and crew members.',
      why: 'seed: “over 20” then exactly 20, the list in another order',
      errors: [{ exact: 'signed by 20 cast and crew members', messageId: 'countDiffers', related: ['signed by over 20 crew and cast members'] }],
    },
    {
      text: 'Three people were killed in the blast. Rescuers worked through the night.\n\nFour people were killed in the blast, officials said.',
      why: 'a total stated twice',
      errors: [{ exact: 'Four people were killed', related: ['Three people were killed'] }],
    },
    {
      text: 'The council employs 120 staff at the depot. Managers said 150 staff at the depot would keep their jobs.\n\nThe council employs 130 staff at the depot.',
      why: 'digits, same frame',
      errors: [{ exact: 'employs 130 staff', related: ['employs 120 staff'] }],
    },
    {
      text: 'Police arrested twenty protesters outside the embassy. Police arrested 25 protesters outside the embassy.',
      why: 'number word against digits',
      errors: [{ exact: 'arrested 25 protesters' }],
    },
    {
      text: 'The airline cancelled more than 300 flights on Sunday. Passengers queued for hours.\n\nThe airline cancelled 300 flights on Sunday, a spokesman said.',
      why: '“more than 300” cannot be 300',
      errors: [{ exact: 'cancelled 300 flights' }],
    },
    {
      text: 'Jane Smith, 45, opened the bakery in 2001. She still bakes every morning. The 46-year-old Smith says she will never retire.',
      why: 'an age stated twice',
      errors: [{ exact: '46-year-old Smith', messageId: 'ageDiffers', related: ['Jane Smith, 45'] }],
    },
    {
      text: 'The actor Alec Baldwin, 63, spoke to reporters. On Monday Baldwin (64) said he did not pull the trigger.',
      why: 'an age in brackets',
      errors: [{ exact: 'Baldwin (64)', messageId: 'ageDiffers', related: ['Alec Baldwin, 63'] }],
    },
    {
      text: 'The company employs 300 people at its plant in Leeds.\n\nSales rose last year. The company employs 310 people at its plant in Leeds.',
      why: 'a sentence restated word for word with another figure',
      errors: [{ exact: '310', messageId: 'restatedDiffers', related: ['300'] }],
    },
    {
      text: 'Requests have two read-only attributes that are rarely used by developers.\n\nSee the guide for details. Requests have three read-only attributes that are rarely used by developers.',
      why: 'number words restated',
      errors: [{ exact: 'three', messageId: 'restatedDiffers', related: ['two'] }],
    },
    {
      text: 'The museum charges $12 for an adult ticket on weekdays.\n\nOpening hours are listed online The museum charges $15 for an adult ticket on weekdays.',
      why: 'a copy run on from a line without a full stop; the currency sign is part of the figure',
      errors: [{ exact: '$15', messageId: 'restatedDiffers', related: ['$12'] }],
    },
    {
      text: 'The hearing was held on Wednesday, March 3, 2020.',
      why: 'a weekday that does not match the dated year',
      errors: [{ exact: 'Wednesday, March 3, 2020', messageId: 'weekdayWrong' }],
    },
    {
      text: 'The strike began on Tuesday, 3 March. Talks resumed on Wednesday, 3 March, without progress.',
      why: 'one date given two weekdays',
      errors: [{ exact: 'Wednesday, 3 March', messageId: 'weekdayDiffers', related: ['Tuesday, 3 March'] }],
    },
  ],
});
