/**
 * The pages the engine's host reads before a reader's first page, so the code paths of planning
 * and of every rule are compiled — and compiled for what real pages bring. V8 optimises code for
 * what it has seen run: code warmed on one tidy story is thrown away ("deoptimised") at the first
 * real page that takes another branch or brings another kind of string, and that page pays for
 * compiling it again (measured in Chromium's offscreen document: the first article took about
 * 100 ms after a warm-up on one ASCII story, under 50 ms after pages like these, 13 ms warm).
 *
 * Made up for the purpose, and sized like a news story: a typeset page with a summary list,
 * captions, a subheading and a quotation, into which slips for every rule were written (the test
 * beside this file checks that each rule flags one), and a plainer page around a shorter story, in
 * two spellings — plain ASCII (a one-byte string) and typeset with curly quotes, dashes and accents
 * (two-byte, as most news copy is).
 */

/** The typeset story, slips and all: its paragraphs are markup, and hold no characters to escape. */
const LIBRARY_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Riverside library reopens after a two-year rebuild | The Northfield Ledger</title>
<meta name="description" content="The library on Mill Street has reopened with a reading room, a children’s floor and a garden on its roof.">
<style>
  body { margin: 0; font-family: Georgia, serif; }
  .layout { display: flex; gap: 32px; max-width: 1040px; margin: 24px auto; }
  article p { font-size: 17px; line-height: 1.5; }
</style>
</head>
<body>
<header class="site-header"><a class="logo" href="/">The Northfield Ledger</a>
<nav class="site-nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/arts">Arts</a> <a href="/weather">Weather</a></nav></header>
<div class="layout">
<main>
<p class="breadcrumb"><a href="/news">News</a> › <a href="/news/local">Local</a></p>
<article>
<h1>Riverside library reopens after a two-year rebuild</h1>
<ul class="summary">
<li>The library on Mill Street reopened on Saturday after a rebuild that took two years and cost 4.2 million pounds.</li>
<li>Director Ingrid Halvorsen said the new building holds twice as many readers as the old one.</li>
</ul>
<p class="byline">By Paul Mendes — Saturday 7 March 2026</p>
<figure><img src="/img/library-door.jpg" alt=""><figcaption>Halvorsen is above greeting the first readers at the door on Saturday</figcaption></figure>
<p>Hundreds of readers queued in the rain on Friday, March 7, 2026, to see the new reading room, the children’s floor and the garden on the roof.</p>
<p>Ingrid Halvorsen, 52, who has run the library since 2015, said the old building had been too small for too long. “We wanted a place where anyone can sit and read for as long as they like, for free.’</p>
<p>The old building opened in 1911, and its roof had leaked for a decade. A petition to save the library was signed by more than 3,000 residents in 2023, and the council agreed to to pay for most of the work.</p>
<p>The cost of the repairs were shared between the council and a national heritage fund. Some of the rooms was finished only last week. Children who reads every week will get a prize, and the new shelves holds twice as many books.</p>
<h2>A garden on the roof</h2>
<p>Staff spoke with a feeling of grateful. A curly hair volunteer handed out maps, and the reading room has comparable chairs, long desks and better light. The rooms are bright, spacious and spacious. The reading room has 120 seats and looks out over the river.</p>
<blockquote><p>“I learned to read in this building, and now my grandchildren do,” said Margit Sólyom, who brought three of them.</p></blockquote>
<p>‘The old rooms were cold in winter and far too warm in summer, said Tomas Varga, 71, who has read there every week since he retired. The new building can accomodate wheelchairs on every floor.</p>
<p>The council said it would keep the library open on Sundays.” It did not say from when. HALVORSEN said the first month would show whether the longer hours were needed.</p>
<p>The 53-year-old Halvorsen thanked the volunteers. The volunteers say they enjoyed every day of the work but admits that it took longer than planned. Halvorson said they was grateful, and that the garden would open in May. The director and her deputy is already planning a summer festival.</p>
<p>The volunteers painted every wall. Every wall was painted by the volunteers.</p>
<p>The petition to save the library was signed by 3,000 residents in 2023, the council said. The reading room has 140 seats and looks out over the river.</p>
<figure><img src="/img/reading-room.jpg" alt=""><figcaption>The new building holds double the readers of the old one, said library director Ingrid Halvorsen</figcaption></figure>
<p>The old building opened in 1911, and its roof had leaked for a decade.</p>
</article>
</main>
<aside><h2>Most read</h2><ol><li><a href="/a">Bridge closed for repairs until June</a></li><li><a href="/b">School choir wins regional prize</a></li></ol></aside>
</div>
<footer><p>© The Northfield Ledger</p></footer>
</body>
</html>`;

const HARBOUR_TITLE = 'Harbour council approves new sea wall after winter storms';

const HARBOUR_PARAGRAPHS = [
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

/** The page around the harbour story, which is ours and holds no markup characters to escape. */
function harbourPage(spell: (text: string) => string): string {
  const paragraphs = HARBOUR_PARAGRAPHS.map((paragraph) => `<p>${spell(paragraph)}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${spell(HARBOUR_TITLE)} | The Harbour Gazette</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>${spell(HARBOUR_TITLE)}</h1>
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
export const WARM_UP_PAGES = [LIBRARY_PAGE, harbourPage((text) => text), harbourPage(typeset)] as const;

export const WARM_UP_BASE_URL = 'https://copydesk.invalid/news/warm-up';
