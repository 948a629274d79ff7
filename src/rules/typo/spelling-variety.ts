/**
 * British and American spelling: the same words, spelled by a few regular correspondences. The
 * dictionary (Hunspell en_US) spells them the American way and word-list lists the common British
 * words (centre, defence, programme); the productive correspondences below reach the derived and
 * compound forms neither lists ("commercialisation", "paedophiles", "colourblind"). Each is
 * anchored where the variation lives (a suffix, a Greek digraph), so a slip that merely resembles
 * a British form ("fourty", "untill", "gathre") is not respelled into a word.
 */
const BRITISH_TO_AMERICAN: readonly [needle: string, british: RegExp, american: string][] = [
  // realise, organisation, commercialisation, criticised
  ['is', /(?<=\p{L}{2})is(?=(?:e[ds]?|ers?|ing|able|ations?|ational(?:ly)?)$)/u, 'iz'],
  // analyse, paralysing
  ['ys', /(?<=\p{L}{2})ys(?=(?:e[ds]?|ers?|ing)$)/u, 'yz'],
  // colour, honourable, behavioural, colourblind (not a slip on "hours": "hoours")
  ['our', /(?<=\p{L}{2}[^o])our/u, 'or'],
  // paedophile, haemorrhage, anaesthetic, leukaemia, gynaecology, palaeontology: the Greek
  // stems only, as "ae" is also "ea" with its letters swapped ("revaeled")
  ['ae', /(?<=[phnkcl])ae(?=d|m|c|sth|o)/u, 'e'],
  // oestrogen, foetus, diarrhoea
  ['oe', /^oe(?=s)|(?<=^f)oe(?=t)|(?<=rh)oe(?=a)/u, 'e'],
  // travelled, cancelling, counsellor, marvellous: after a lone vowel, never a long one ("appealled")
  ['ll', /(?<=\p{L}[^aeiou][aeiou])ll(?=(?:ed|ing|ers?|ors?|ous|ation)$)/u, 'l'],
];

/** The American spelling of a lower-case British form, or the word itself if it has none. */
export function americanSpelling(lower: string): string {
  let american = lower;
  // The plain substring test spares most words the regular expression.
  for (const [needle, british, replacement] of BRITISH_TO_AMERICAN) {
    if (american.includes(needle)) american = american.replace(british, replacement);
  }
  return american;
}

/** The American endings whose British twins are the commonest variety markers. */
const AMERICAN_MARKERS: readonly [american: RegExp, british: string][] = [
  [/(?<=\p{L}{2})iz(?=(?:e[ds]?|ers?|ing|ations?)$)/u, 'is'],
  [/(?<=\p{L}{2}[^aeiou])or(?=s?$)/u, 'our'],
];

/** Its British twin, when the word carries one of the American markers; else the word itself. */
export function britishGuess(lower: string): string {
  let british = lower;
  for (const [american, replacement] of AMERICAN_MARKERS) british = british.replace(american, replacement);
  return british;
}
