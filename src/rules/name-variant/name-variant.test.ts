import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze.ts';
import { fromPlainText } from '../../core/article-text.ts';
import { testRule } from '../../../tests/helpers/rule-tester.ts';
import { nameLikeness } from './letter-model.ts';
import rule from './name-variant.ts';
import { lexicon } from '../../../tests/helpers/lexicon.ts';

testRule(rule, {
  valid: [
    {
      why: 'one spelling throughout, possessives included',
      text: 'Halyna Hutchins was the cinematographer. Alec Baldwin said Hutchins’s death was a tragedy. Baldwin spoke about Hutchins’ work.',
    },
    {
      why: 'two people: different given names before two near-identical surnames',
      text: 'Boris Johnson said the plan would work. Johnson repeated it on Monday. Critics of Johnson disagreed. Rob Johnston, a lawyer, said it would not.',
    },
    {
      why: 'two people: each spelling used repeatedly',
      text: 'Johnson said yes. Then Johnson said no. Later Johnson said maybe. Johnston said nothing. Asked again, Johnston said no.',
    },
    {
      why: 'family members share a surname',
      text: 'Hillary Clinton spoke first. Bill Clinton followed. Clinton said the campaign was over.',
    },
    {
      why: 'a trailing e makes another surname (Brown, Browne)',
      text: 'Gordon Brown said the vote was close. Aides to Brown agreed. Later Browne said otherwise.',
    },
    {
      why: 'a plural is the family, not a misspelling',
      text: 'Barack Obama said the law would stand. Aides to Obama agreed. The Obamas left Washington in January.',
    },
    {
      why: 'a demonym adds an ending to the place name',
      text: 'Mr. Netanyahu said Israel would respond. Israel said it was ready. Israel told allies so. Israeli officials declined to comment.',
    },
    {
      why: 'consonants that are neither vowels nor neighbouring keys make a different word (Iran, Iraq)',
      text: 'Iran said the talks had failed. Iran told the envoy so. Officials in Iraq were surprised.',
    },
    {
      why: 'words that differ by a letter but are different words (Rust, Rush)',
      text: 'Alec Baldwin wrote to the Rust crew. Baldwin said Rust was safe. Rust had its challenges. Rush hour traffic slowed the crew.',
    },
    {
      why: 'a capitalised word the article also writes in lower case is a common word',
      text: 'Mr. Hart said the plan would work. Hart repeated it. Nobody was hurt, said an aide. Hurt feelings followed.',
    },
    {
      why: 'two letters apart (Stewart, Stuart; Mohammed, Muhammad)',
      text: 'Jon Stewart said it twice. Stewart repeated it. Mohammed Ali said so. Mohammed agreed. Stuart said no. Muhammad said no.',
    },
    {
      why: 'a different first letter (Catherine, Katherine)',
      text: 'Catherine Ross said yes. Catherine agreed. Ross said so. Katherine Lee said no.',
    },
    {
      why: 'names of three letters have too many real neighbours (Lee, Leo)',
      text: 'Mr. Lee said the shop would close. Lee repeated it. Leo Varadkar said nothing.',
    },
    {
      why: 'the variant is a given name before a surname, the canonical never is',
      text: 'Mr. Dane said the fight was off. Dane repeated it. Dana White said it was on.',
    },
    {
      why: 'no person evidence: no title, no verb of saying, never introduced and then used alone',
      text: 'Hutchins is a town in Texas. Hutchins has a mill. Houtchins Road runs north.',
    },
    {
      why: 'an accent dropped in transliteration is not a slip',
      text: 'José Mourinho said the team was tired. Mourinho said so again. Jose said nothing.',
    },
    {
      why: 'the reader’s personal dictionary knows the variant',
      text: 'Halyna Hutchins was the cinematographer. Baldwin said Hutchins was a friend. A memorial for Halyna Houtchins was held.',
      userWords: ['Houtchins'],
    },
    {
      why: 'capitals in a block written in capitals are a style',
      text: 'BALDWIN SPEAKS OUT\n\nAlec Baldwin said the letter was fair. Baldwin said it again.',
    },
    {
      why: 'a speaker label in a transcript',
      text: 'Eric Reeves, an activist, said sanctions work. Reeves said so again.\n\nREEVES: I think they worked.',
    },
    {
      why: 'a dateline opening its block',
      text: 'WARNER — The senator spoke on Monday. Senator Mark Warner said the bill was fair. Warner said so again.',
    },
    {
      why: 'capitals without person evidence (an acronym house style)',
      text: 'Nasa launched the probe. Nasa confirmed it. The NASA logo was on the side.',
    },
    {
      why: 'the capitals form is used more than the normal one',
      text: 'Critics of REEVES said so. Critics of REEVES agreed. Eric Reeves said no.',
    },
    {
      why: 'each spelling used once, neither introduced by a first name: maybe two people',
      text: 'Lind said the bill was fair. Lund said it went too far.',
    },
    {
      why: 'each spelling used once, introduced by different first names',
      text: 'Senator Dana Lind said the bill was fair. Critics such as Eva Lund said it went too far.',
    },
    {
      why: 'two spellings side by side are two words of one name, not one name twice',
      text: 'Rita Lord wrote the play. Fans of Lord queued for hours. Lord said it was her best. Its villain, Lord Lard, steals the show.',
    },
    {
      why: 'a word of an event’s name after a possessive title is not a surname',
      text: "MPs debated the Bill on Monday. Critics of the Bill said it went too far. Ministers said the Bill would pass. Guests at the Mayor's Ball danced.",
    },
    {
      why: 'words of a building’s or a group’s name, not a person’s',
      text: 'The council met at the Town Hall. Protesters gathered outside the Town Hall. A biker from Hell’s Angels said the meeting was a farce.',
    },
    {
      why: 'a company that "said" something is still a company',
      text: 'Shares in Sovereign Life rose. Sovereign Life said profits were up. Analysts at Sovereign Life Investments agreed. Traders on the exchange Lyfe were calm.',
    },
    {
      why: 'two near-identical surnames in one list of names are two people',
      text: 'Kevin Brennan said the team was ready. Brennan trained all week. Team: Lynch; Doyle, Brennan, Brannan, Walsh; Kelly.',
    },
    {
      why: 'a team sheet names every player, its replacements in the next paragraph',
      text: 'Kevin Brennan said the team was ready. Brennan trained all week.\n\nTeam: Lynch; Doyle, Brennan, Walsh; Kelly.\n\nReplacements: Ryan, Brannan, Burke.',
    },
    {
      why: 'a given name before a name particle tells two people apart',
      text: 'Andrea Ponti scored twice. Ponti said the win mattered. Ponti thanked the fans. Marco dal Ponte also scored.',
    },
    {
      why: 'a surname with a particle of its own is another name',
      text: 'Andrea Ponti scored twice. Ponti said the win mattered. Replacements: Russo, dal Ponte, Greco.',
    },
    {
      why: 'a nationality noun is not the surname it resembles',
      text: 'Joe Poole said the season had been long. Poole scored twice. Poole was booked. The 24-year-old Pole also scored.',
    },
    {
      why: 'a photo credit names the photographer, not a person in the story',
      text: 'Tom Harris said the flood came at night. Harris lost his car.\n\nPhoto: Tom Harries/Reuters',
    },
    {
      why: 'a photographer and agency under a picture, with no "Photo:" before them',
      text: 'Tom Harris said the flood came at night. Harris lost his car.\n\nTom Harries/Reuters',
    },
    {
      why: 'an article that sets two spellings against each other is discussing the spelling',
      text: 'Ms Sorensen said the album was late. Sorensen apologised to fans. The sleeve should read Sorensen, not Sorenson.',
    },
  ],
  invalid: [
    {
      why: 'the seed’s misspelling, canonical form used three times',
      text: 'Halyna Hutchins was the cinematographer. Baldwin said Hutchins was a friend. Police are looking into the death of Hutchins. A memorial for Halyna Houtchins was held on Sunday.',
      errors: [{ exact: 'Houtchins', messageId: 'spelling', suggestions: ['Hutchins'], related: ['Hutchins', 'Hutchins', 'Hutchins'] }],
    },
    {
      why: 'capitals inside a normal sentence, possessive ending left out',
      text: 'Halyna Hutchins was the cinematographer. Baldwin said Hutchins was a friend. The letter slammed Halyna HUTCHINS’s culture.',
      errors: [{ exact: 'HUTCHINS', messageId: 'casing', suggestions: ['Hutchins'] }],
    },
    {
      why: 'capitals against a single normal-case use, with the surname used alone',
      text: 'Glenn Fleishman wrote about it. I watched FLEISHMAN berate a friend of mine.',
      errors: [{ exact: 'FLEISHMAN', messageId: 'casing', suggestions: ['Fleishman'] }],
    },
    {
      why: 'capitals opening a paragraph but not a label',
      text: 'Ian Michaels, a spokesman, said the pipes froze. Michaels said repairs were under way.\n\nMICHAELS said the city would pay.',
      errors: [{ exact: 'MICHAELS', messageId: 'casing' }],
    },
    {
      why: 'a letter doubled at the end',
      text: 'Senator Mark Warner spoke first. Warner’s plan was modest. Mr. Warnerr, the Virginia Democrat, called it fair.',
      errors: [{ exact: 'Warnerr', suggestions: ['Warner'] }],
    },
    {
      why: 'a vowel changed',
      text: 'Mark Zuckerberg said the company would change. Zuckerberg repeated it. Investors trusted Zockerberg anyway.',
      errors: [{ exact: 'Zockerberg', suggestions: ['Zuckerberg'] }],
    },
    {
      why: 'a letter dropped',
      text: 'President Obama said the deal was done. Obama repeated it in an interview with President Obma.',
      errors: [{ exact: 'Obma', suggestions: ['Obama'] }],
    },
    {
      why: 'two letters swapped in a three-letter name',
      text: 'Stella Kim runs the clinic. Kim said travel bans hurt her patients. For Kmi, the rules are personal.',
      errors: [{ exact: 'Kmi', suggestions: ['Kim'] }],
    },
    {
      why: 'a neighbouring key hit',
      text: 'Alec Baldwin said the set was safe. Baldwin repeated it. Friends of Baldwim agreed.',
      errors: [{ exact: 'Baldwim', suggestions: ['Baldwin'] }],
    },
    {
      why: 'one use each: the spelling that looks like a name wins',
      text: 'Senator Dana Conroy proposed the bill. Critics said Cnroy went too far.',
      errors: [{ exact: 'Cnroy', suggestions: ['Conroy'] }],
    },
    {
      why: 'a variant used twice against a canonical used four times',
      text: 'Benjamin Netanyahu said Israel was ready. Netanyahu spoke twice. Netanyahu told allies. Aides to Netanyahu agreed. Critics of Netanyhu said no. Rivals of Netanyhu agreed.',
      errors: [{ exact: 'Netanyhu' }, { exact: 'Netanyhu' }],
    },
    {
      why: 'the same full name repeated is one person',
      text: 'Samus Aran is a bounty hunter. Samus Aran fights pirates. Samus Aran wins. In her first mission, Samus Arran was sent to a planet.',
      errors: [{ exact: 'Arran', suggestions: ['Aran'] }],
    },
    {
      why: 'one use each: the spelling with a first name wins, neither looking clearly misspelled',
      text: 'Finance Minister Rajesh Chaudhary said the budget was fair. "We are keen to help," said Mr Chaudary.',
      errors: [{ exact: 'Chaudary', suggestions: ['Chaudhary'] }],
    },
    {
      why: 'one use each: an h after a consonant is a transliteration, and the full name decides',
      text: 'Ravi Bhatia said the plan was fair. "It will work," said Mr Batia.',
      errors: [{ exact: 'Batia', suggestions: ['Bhatia'] }],
    },
    {
      why: 'one use each: a first name against a lone surname (Neal, Neil)',
      text: 'Senator Dana Neal proposed the bill. Critics said Neil went too far.',
      errors: [{ exact: 'Neil', suggestions: ['Neal'] }],
    },
    {
      why: 'a list in running prose with no other name beside the slip is not a team sheet',
      text: 'Interior Minister Anna Novak resigned. Novak denied wrongdoing. Prosecutors sought travel bans for them, Novka and seven other officials.',
      errors: [{ exact: 'Novka', suggestions: ['Novak'] }],
    },
    {
      why: 'a title before the given name',
      text: 'The chemist Sir William Ramsauy made a discovery. The gas Ramsay found glowed red.',
      errors: [{ exact: 'Ramsauy', suggestions: ['Ramsay'] }],
    },
  ],
});

describe('name-variant messages', () => {
  it('says what is wrong, then what to do, with the counts in the data', () => {
    const text = 'Eric Reeves said so. Reeves said it twice. Critics of Reevs disagreed.';
    const [finding, ...rest] = analyze(fromPlainText(text), [rule], { lexicon }).findings;
    expect(rest).toEqual([]);
    expect(finding?.reason).toBe('“Reevs” is spelled “Reeves” twice elsewhere in this article: use one spelling');
    expect(finding?.data).toMatchObject({ variant: 'Reevs', canonical: 'Reeves', count: 2, variantCount: 1 });
    expect(finding?.related.map((r) => r.label)).toEqual(['canonical spelling “Reeves” (×2)', 'canonical spelling “Reeves” (×2)']);
  });

  it('flags the seed article’s three variants and nothing else', () => {
    const text = readFileSync(new URL('../../../seeds/rust-letter.txt', import.meta.url), 'utf8');
    const findings = analyze(fromPlainText(text), [rule], { lexicon }).findings;
    expect(findings.map((f) => [f.quote.exact, f.quote.suffix.slice(0, 2)])).toEqual([
      ['HUTCHINS', '’s'],
      ['Houtchins', ', '],
      ['HUTCHINS', '’ '],
    ]);
  });
});

describe('nameLikeness', () => {
  it.each([
    ['Conroy', 'Cnroy'],
    ['Werner', 'Wernerr'],
    ['Abbott', 'Abbtot'],
    ['Peele', 'Peeel'],
  ])('rates %s above %s', (name, slip) => {
    expect(nameLikeness(name)).toBeGreaterThan(nameLikeness(slip));
  });
});
