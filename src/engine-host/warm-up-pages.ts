/**
 * The pages the engine's host reads before a reader's first page, so the code paths of planning
 * and of every rule are compiled — and compiled for what real pages bring. V8 optimises code for
 * what it has seen run: code warmed on one tidy story is thrown away ("deoptimised") at the first
 * real page that takes another branch or brings another kind of string, and that page pays for
 * compiling it again (measured in Chromium's offscreen document: the first article took about
 * 100 ms after a warm-up on one ASCII story, under 50 ms after these pages, 13 ms warm).
 *
 * So: the project's seed page (a real spun news story, which every rule flags something in), and
 * a made-up page with navigation, byline, caption and related stories around its story, in two
 * spellings — plain ASCII (a one-byte string) and typeset with curly quotes, dashes and accents
 * (two-byte, as most news copy is).
 */
import seedPage from '../../seeds/rust-letter.html';

const TITLE = 'Harbour council approves new sea wall after winter storms';

const PARAGRAPHS = [
  'Councillors voted on Tuesday for a stronger barrier after three storms flooded the old quay this winter. Council leader Margaret Okafor said the the vote was unanimous.',
  "The existing wall was built in 1952 and was never designed for storms of this strength, according to an engineering report published last month. Okafur told residents that work would begin in the spring, and the council's engineer, Renee Dubois, agreed.",
  'Residents who live along the quay said they had waited for years. "We cannot keep patching a wall that the sea has already beaten," said fisherman Tom Reilly, whose boat was damaged in January.',
  'The new wall will cost about 12 million pounds, most of it from a national flood defence fund. The council will borrow the rest over twenty years - a plan that opposition members accepted after a long debate.',
  'Reilly, 54, said the harbour had lost 3,400 visitors last summer. "We cannot keep patching a wall that the sea has already beaten," he said again.',
  'Councillors voted on Tuesday for a stronger barrier after three storms flooded the old quay this winter. Work is expected to take eighteen months, and the harbour will stay open throughout, the council said in a statment.',
];

/** The same copy as a typesetter would set it: curly quotes and apostrophes, dashes, accents. */
function typeset(text: string): string {
  return text
    .replace(/"([^"]*)"/g, '\u201c$1\u201d')
    .replace(/'/g, '\u2019')
    .replace(/ - /g, ' \u2014 ')
    .replace(/Renee/g, 'Ren\u00e9e');
}

/** The page around the copy, which is ours and holds no markup characters to escape. */
function page(spell: (text: string) => string): string {
  const paragraphs = PARAGRAPHS.map((paragraph) => `<p>${spell(paragraph)}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${spell(TITLE)} | The Harbour Gazette</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>${spell(TITLE)}</h1>
<p class="byline">By Anna Marsh, local democracy reporter</p>
<figure><img src="/quay.jpg" alt=""><figcaption>${spell('The old quay after the third storm - photo by Tom Reilly')}</figcaption></figure>
${paragraphs}
</article>
<aside><h2>Related stories</h2><ul><li><a href="/a">Ferry timetable changes for winter</a></li><li><a href="/b">Lifeboat crew honoured</a></li></ul></aside>
</main>
<footer><p>&copy; The Harbour Gazette</p></footer>
</body></html>`;
}

/** Read in turn, a page a round. */
export const WARM_UP_PAGES = [seedPage, page((text) => text), page(typeset)] as const;

export const WARM_UP_BASE_URL = 'https://copydesk.invalid/news/sea-wall';
