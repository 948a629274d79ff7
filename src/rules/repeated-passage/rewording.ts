/**
 * Reworded repeats: a line rewritten from an earlier one by swapping words for synonyms and moving
 * them about, as spinning software does ("Alec Baldwin posted an Instagram open letter by Rust
 * employees slamming Halyna HUTCHINS’ culture …" → "Alec Baldwin shared an open letter from the
 * Rust staff on Instagram slamming the idea that the culture …"). Edit distance misses these: what
 * survives a rewrite is the names and the rarer content words, in any order. So two sentences are
 * compared as sets of stemmed content words, each weighted by how rare it is in the article.
 */
import { stem } from '../../core/stem.ts';

/** Content words the two sentences share, at least: fewer is a shared topic, not a shared sentence. */
const MIN_SHARED_WORDS = 6;
/**
 * Share of the two sentences' word weight that they have in common (a weighted Dice coefficient).
 * A rewrite keeps about half of it, since every swapped synonym counts against it; two sentences
 * on one topic that share their names and five or six common words stay under it.
 */
const MIN_WEIGHTED_OVERLAP = 0.45;
/** A word in more sentences than this is the article's topic, not evidence of a copy; not looked up. */
const MAX_SHARING_SENTENCES = 32;

/** What the index reads of a passage (see repeated-passage.ts). */
export interface Wordable {
  /** Unique, increasing in reading order. */
  id: number;
  sentence: { readonly block: number };
  /** Normalised content-word tokens. */
  content: ReadonlySet<string>;
  /** The tokens that are names: a rewrite keeps every one, and adds none. */
  names: ReadonlySet<string>;
  /** Tokens with digits: a rewrite keeps every one, and adds none. */
  figures: ReadonlySet<string>;
}

interface Worded {
  /** Content words other than figures, stemmed: "slamming" = "slammed", "employees" = "employee". */
  stems: Set<string>;
  nameStems: Set<string>;
}

export class RewordingIndex<P extends Wordable> {
  private readonly worded = new Map<P, Worded>();
  /** Inverse document frequency over the article's sentences: ln((n + 1) / sentences with the stem). */
  private readonly weight = new Map<string, number>();
  private readonly byStem = new Map<string, P[]>();

  /** `all`: every passage of the article, which the rarity of a word is measured over. */
  constructor(all: readonly P[]) {
    const sentencesWith = new Map<string, number>();
    // An article repeats its words: each distinct token is stemmed once.
    const stemOf = new Map<string, string>();
    for (const passage of all) {
      const stems = new Set<string>();
      const nameStems = new Set<string>();
      for (const token of passage.content) {
        if (passage.figures.has(token)) continue;
        let stemmed = stemOf.get(token);
        if (stemmed === undefined) stemOf.set(token, (stemmed = stem(token)));
        stems.add(stemmed);
        if (passage.names.has(token)) nameStems.add(stemmed);
      }
      this.worded.set(passage, { stems, nameStems });
      for (const s of stems) sentencesWith.set(s, (sentencesWith.get(s) ?? 0) + 1);
    }
    for (const [s, count] of sentencesWith) this.weight.set(s, Math.log((all.length + 1) / count));
  }

  add(passage: P): void {
    for (const s of this.wordsOf(passage).stems) {
      const passages = this.byStem.get(s);
      if (passages) passages.push(passage);
      else this.byStem.set(s, [passage]);
    }
  }

  /** The earlier passage `later` rewords most closely, if any rewords it closely enough. */
  bestMatch(later: P): P | null {
    const laterWords = this.wordsOf(later);
    const shared = new Map<P, number>();
    for (const s of laterWords.stems) {
      const passages = this.byStem.get(s);
      if (!passages || passages.length > MAX_SHARING_SENTENCES) continue;
      for (const earlier of passages) shared.set(earlier, (shared.get(earlier) ?? 0) + 1);
    }
    let best: P | null = null;
    let bestOverlap = 0;
    for (const [earlier, count] of shared) {
      // Two sentences of one block saying the same thing are the restatement check's business.
      if (earlier.sentence.block === later.sentence.block) continue;
      const earlierWords = this.wordsOf(earlier);
      if (count < MIN_SHARED_WORDS || !sameNamesAndFigures(earlier, earlierWords, later, laterWords)) continue;
      const overlap = this.weightedOverlap(earlierWords, laterWords);
      if (overlap < MIN_WEIGHTED_OVERLAP) continue;
      // Closest first, then the earliest.
      if (!best || overlap > bestOverlap || (overlap === bestOverlap && earlier.id < best.id)) {
        best = earlier;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  private wordsOf(passage: P): Worded {
    const words = this.worded.get(passage);
    if (!words) throw new Error('RewordingIndex: a passage not given to the constructor');
    return words;
  }

  private weightedOverlap(a: Worded, b: Worded): number {
    const weightOf = (s: string) => this.weight.get(s) ?? 0;
    let common = 0;
    let total = 0;
    for (const s of a.stems) {
      total += weightOf(s);
      if (b.stems.has(s)) common += weightOf(s);
    }
    for (const s of b.stems) total += weightOf(s);
    return total === 0 ? 0 : (2 * common) / total;
  }
}

/**
 * The same people, places and figures on both sides: "Faces Places is streaming on Netflix" and
 * "Princess Cyd is streaming on Netflix" are two statements. A sentence with no name at all is too
 * generic to call a rewrite of another.
 */
function sameNamesAndFigures(a: Wordable, aWords: Worded, b: Wordable, bWords: Worded): boolean {
  if (aWords.nameStems.size === 0 || bWords.nameStems.size === 0 || a.figures.size !== b.figures.size) return false;
  for (const figure of a.figures) if (!b.figures.has(figure)) return false;
  for (const name of aWords.nameStems) if (!bWords.stems.has(name)) return false;
  for (const name of bWords.nameStems) if (!aWords.stems.has(name)) return false;
  return true;
}
