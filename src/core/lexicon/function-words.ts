/**
 * English function words and the vaguest adverbs: they carry grammar, not content, so they do not
 * count towards the minimum size of a passage. "He said it was not there." has none left and is
 * too generic to be a repeat worth flagging; "Yoon's office has not commented on the
 * allegations." keeps "yoon", "office", "commented", "allegations".
 */
// prettier-ignore
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  // articles, determiners, quantifiers
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'each', 'every', 'all', 'both', 'either', 'neither', 'no', 'none', 'many', 'much', 'more',
  'most', 'few', 'fewer', 'less', 'least', 'several', 'such', 'other', 'another', 'own', 'same', 'one', 'ones',
  // pronouns
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', 'you', 'your', 'yours', 'yourself', 'he', 'him', 'his', 'himself', 'she', 'her',
  'hers', 'herself', 'it', 'its', 'itself', 'they', 'them', 'their', 'theirs', 'themselves', 'who', 'whom', 'whose', 'which', 'what', 'whatever', 'whoever',
  'something', 'anything', 'nothing', 'everything', 'someone', 'anyone', 'everyone', 'somebody', 'anybody', 'everybody', 'there', 'here',
  // auxiliaries and contractions
  'be', 'is', 'am', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does', 'did', 'doing', 'done', 'will', 'would', 'shall',
  'should', 'can', 'could', 'may', 'might', 'must', 'not', "it's", "that's", "there's", "he's", "she's", "i'm", "you're", "we're", "they're", "i've", "we've",
  "they've", "you've", "i'd", "he'd", "she'd", "we'd", "they'd", "i'll", "he'll", "she'll", "we'll", "they'll", "it'll", "don't", "doesn't", "didn't", "isn't",
  "aren't", "wasn't", "weren't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "let's",
  // prepositions
  'about', 'above', 'across', 'after', 'against', 'along', 'among', 'around', 'as', 'at', 'before', 'behind', 'below', 'beneath', 'beside', 'between',
  'beyond', 'by', 'despite', 'down', 'during', 'except', 'for', 'from', 'in', 'inside', 'into', 'like', 'near', 'of', 'off', 'on', 'onto', 'out', 'outside',
  'over', 'past', 'per', 'since', 'through', 'throughout', 'to', 'toward', 'towards', 'under', 'until', 'up', 'upon', 'via', 'with', 'within', 'without',
  // conjunctions
  'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'then', 'than', 'because', 'although', 'though', 'while', 'whether', 'unless', 'once', 'when', 'whenever',
  'where', 'wherever', 'why', 'how',
  // vague adverbs
  'also', 'just', 'only', 'even', 'still', 'very', 'too', 'now', 'again', 'already', 'ever', 'never', 'always', 'often', 'really', 'quite', 'rather', 'well',
  'perhaps', 'however',
]);
