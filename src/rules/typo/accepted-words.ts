/**
 * Words news copy uses that neither dictionary lists: the other halves of Latin and French
 * phrases English has borrowed whole, and the interjections of quoted speech and informal columns.
 * Lower case.
 */
// prettier-ignore
export const ACCEPTED_WORDS: ReadonlySet<string> = new Set([
  // de facto, de jure, ad hoc, per se, bona fide, vice versa, status quo, quid pro quo, et al.
  'facto', 'jure', 'hoc', 'versa', 'fide', 'quo', 'quid', 'mea', 'culpa', 'sine', 'qua', 'non', 'vis', 'raison', "d'etre", 'carte', 'blanche', 'vu', 'fait',
  'accompli', 'du', 'jour', 'savoir', 'faire',
  // Interjections.
  'ahh', 'argh', 'aww', 'duh', 'hmm', 'huh', 'lol', 'meh', 'mmm', 'omg', 'oops', 'ugh', 'whoa', 'yay',
]);
