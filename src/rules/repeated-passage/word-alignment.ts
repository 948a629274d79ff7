/**
 * Word-level Levenshtein alignment of an earlier passage against a later one: how many words
 * were changed, dropped or added. Bounded: gives up once every alignment needs more than `limit`
 * edits, so a long non-match costs a few rows, not a full table.
 */

export interface Alignment {
  /** Word edits between `earlier` and `later.slice(start, end)`. */
  edits: number;
  start: number;
  end: number;
}

interface LastRow {
  /** Edits to align all of `earlier` with `later` up to each column. */
  cost: Uint16Array;
  /** Where in `later` that alignment starts. */
  from: Uint16Array;
}

function lastRow(earlier: readonly string[], later: readonly string[], limit: number, freeStart: boolean): LastRow | null {
  const width = later.length + 1;
  let cost = new Uint16Array(width);
  let from = new Uint16Array(width);
  for (let j = 0; j < width; j++) {
    if (freeStart) from[j] = j;
    else cost[j] = j;
  }
  let nextCost = new Uint16Array(width);
  let nextFrom = new Uint16Array(width);
  for (let i = 1; i <= earlier.length; i++) {
    nextCost[0] = i;
    nextFrom[0] = 0;
    let rowMin = i;
    const word = earlier[i - 1];
    for (let j = 1; j < width; j++) {
      const diagonal = (cost[j - 1] as number) + (word === later[j - 1] ? 0 : 1);
      const up = (cost[j] as number) + 1;
      const left = (nextCost[j - 1] as number) + 1;
      let value: number;
      if (diagonal <= up && diagonal <= left) {
        value = diagonal;
        nextFrom[j] = from[j - 1] as number;
      } else if (up <= left) {
        value = up;
        nextFrom[j] = from[j] as number;
      } else {
        value = left;
        nextFrom[j] = nextFrom[j - 1] as number;
      }
      nextCost[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return null;
    [cost, nextCost] = [nextCost, cost];
    [from, nextFrom] = [nextFrom, from];
  }
  return { cost, from };
}

/** `earlier` against all of `later`. */
export function alignWhole(earlier: readonly string[], later: readonly string[], limit: number): Alignment | null {
  if (Math.abs(earlier.length - later.length) > limit) return null;
  const edits = lastRow(earlier, later, limit, false)?.cost[later.length];
  return edits !== undefined && edits <= limit ? { edits, start: 0, end: later.length } : null;
}

/**
 * All of `earlier` against the best-matching run inside `later`: finds a sentence run together
 * with a neighbour by a missing full stop. Ties go to the longer run.
 */
export function alignWithin(earlier: readonly string[], later: readonly string[], limit: number): Alignment | null {
  const row = lastRow(earlier, later, limit, true);
  if (!row) return null;
  let best: Alignment | null = null;
  for (let end = 1; end <= later.length; end++) {
    const edits = row.cost[end] as number;
    if (edits <= limit && (!best || edits <= best.edits)) best = { edits, start: row.from[end] as number, end };
  }
  return best;
}
