/**
 * The one edit that turns `from` into `to`, when exactly one does: the shape of a slip of the
 * fingers or of the ear. Positions are indices into `from` (for an insertion, the index the new
 * letter lands at). Restricted Damerau–Levenshtein distance 1, computed in one linear pass.
 */
export type SingleEdit =
  | { kind: 'substitution'; at: number; from: string; to: string }
  | { kind: 'insertion'; at: number; letter: string }
  | { kind: 'deletion'; at: number; letter: string }
  | { kind: 'transposition'; at: number };

export function singleEdit(from: string, to: string): SingleEdit | null {
  if (from === to) return null;
  const lengthGap = to.length - from.length;
  if (Math.abs(lengthGap) > 1) return null;
  let i = 0;
  while (i < from.length && i < to.length && from[i] === to[i]) i++;
  if (lengthGap === 0) {
    if (from.slice(i + 1) === to.slice(i + 1)) {
      return { kind: 'substitution', at: i, from: from[i] as string, to: to[i] as string };
    }
    if (from[i] === to[i + 1] && from[i + 1] === to[i] && from.slice(i + 2) === to.slice(i + 2)) {
      return { kind: 'transposition', at: i };
    }
    return null;
  }
  if (lengthGap === 1) {
    return from.slice(i) === to.slice(i + 1) ? { kind: 'insertion', at: i, letter: to[i] as string } : null;
  }
  return from.slice(i + 1) === to.slice(i) ? { kind: 'deletion', at: i, letter: from[i] as string } : null;
}
