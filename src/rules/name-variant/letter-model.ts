import { NAME_TRIGRAMS } from './name-trigrams.ts';

/** Add-k smoothing: an unseen trigram is rare, not impossible. */
const SMOOTHING = 0.1;
/** Letters that can follow a two-letter context: a–z and the end mark. */
const ALPHABET_SIZE = 27;

const trigramCounts = new Map<string, number>();
const contextCounts = new Map<string, number>();
for (const entry of NAME_TRIGRAMS.split(' ')) {
  const trigram = entry.slice(0, 3);
  const count = Number(entry.slice(3));
  trigramCounts.set(trigram, count);
  const context = trigram.slice(0, 2);
  contextCounts.set(context, (contextCounts.get(context) ?? 0) + count);
}

/**
 * How much a spelling looks like a proper name: the log-probability of its letters under a
 * trigram model of dictionary names. "Conroy" scores far above "Cnroy", "Werner" above
 * "Wernerr"; only differences between two spellings of one name are meaningful.
 */
export function nameLikeness(name: string): number {
  const padded = `^${name.toLowerCase()}$`;
  let logProbability = 0;
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3);
    const count = trigramCounts.get(trigram) ?? 0;
    const context = contextCounts.get(trigram.slice(0, 2)) ?? 0;
    logProbability += Math.log((count + SMOOTHING) / (context + SMOOTHING * ALPHABET_SIZE));
  }
  return logProbability;
}

/**
 * How much more `name` looks like a name than `other`, in nats. Each extra letter adds a
 * trigram, so the plain difference favours the shorter spelling (a dropped letter looks "better");
 * scored per letter it favours neither length but blurs a single odd trigram. The lead is the
 * smaller of the two: a spelling leads only if it wins on both counts.
 */
export function nameLikenessLead(name: string, other: string): number {
  const [a, b] = [nameLikeness(name), nameLikeness(other)];
  const longer = Math.max(name.length, other.length);
  return Math.min(a - b, (a / name.length - b / other.length) * longer);
}
