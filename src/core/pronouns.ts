/**
 * Personal pronouns by grammatical person, so that two statements can be compared by who they are
 * about without their case: "our" and "we" are the same subject, "they" and "we" are not.
 */
const FORMS_BY_PERSON: Record<string, readonly string[]> = {
  '1s': ['i', 'me', 'my', 'mine', 'myself'],
  '1p': ['we', 'us', 'our', 'ours', 'ourselves'],
  '2': ['you', 'your', 'yours', 'yourself', 'yourselves'],
  '3m': ['he', 'him', 'his', 'himself'],
  '3f': ['she', 'her', 'hers', 'herself'],
  '3n': ['it', 'its', 'itself'],
  '3p': ['they', 'them', 'their', 'theirs', 'themselves'],
};

const PERSON_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(FORMS_BY_PERSON).flatMap(([person, forms]) => forms.map((form) => [form, `(${person})`])),
);

/** "(1p)" for "we", "our", "us"…; undefined for a word that is not a personal pronoun. Lower case in. */
export function pronounPerson(lower: string): string | undefined {
  return PERSON_OF.get(lower);
}
