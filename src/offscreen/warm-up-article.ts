/**
 * A short made-up news story the extension reads once when it starts, so the code paths of
 * extraction and of every rule are compiled before a reader's first page: a name and its
 * variant, a repeated word, a misspelling and a repeated sentence. Plain text, no markup.
 */
export const WARM_UP_ARTICLE = {
  title: 'Harbour council approves new sea wall after winter storms',
  paragraphs: [
    'Councillors voted on Tuesday for a stronger barrier after three storms flooded the old quay this winter. Council leader Margaret Okafor said the the vote was unanimous.',
    'The existing wall was built in 1952 and was never designed for storms of this strength, according to an engineering report published last month. Okafur told residents that work would begin in the spring.',
    'Residents who live along the quay said they had waited for years. "We cannot keep patching a wall that the sea has already beaten," said fisherman Tom Reilly, whose boat was damaged in January.',
    'The new wall will cost about twelve million pounds, most of it from a national flood defence fund. The council will borrow the rest over twenty years, a plan that opposition members accepted after a long debate.',
    'Councillors voted on Tuesday for a stronger barrier after three storms flooded the old quay this winter. Work is expected to take eighteen months, and the harbour will stay open throughout, the council said in a statment.',
  ],
} as const;
