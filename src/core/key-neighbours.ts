/** QWERTY letter rows; a slip of the finger lands on a key next to the intended one. */
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Row stagger: key `i` of row `r` touches keys `i + o` of the row below for each offset `o`. */
const BELOW_OFFSETS = [-1, 0];

function buildNeighbours(): Map<string, Set<string>> {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    if (!neighbours.has(b)) neighbours.set(b, new Set());
    neighbours.get(a)!.add(b);
    neighbours.get(b)!.add(a);
  };
  ROWS.forEach((row, r) => {
    for (let i = 0; i < row.length; i++) {
      if (i + 1 < row.length) link(row[i] as string, row[i + 1] as string);
      const below = ROWS[r + 1];
      if (!below) continue;
      for (const offset of BELOW_OFFSETS) {
        const key = below[i + offset];
        if (key) link(row[i] as string, key);
      }
    }
  });
  return neighbours;
}

const NEIGHBOURS = buildNeighbours();

/** Whether two lower-case letters sit next to each other on a QWERTY keyboard. */
export function areKeyboardNeighbours(a: string, b: string): boolean {
  return NEIGHBOURS.get(a)?.has(b) ?? false;
}
