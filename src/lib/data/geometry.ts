type Position = [number, number];

/** Shoelace sum: positive for counter-clockwise rings in lon/lat. */
export function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

export function isClosed(ring: readonly Position[]): boolean {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return !!first && !!last && first[0] === last[0] && first[1] === last[1];
}

/** Which side of the line a→b the point c is on: positive left, negative right, 0 on it. */
function turn(a: Position, b: Position, c: Position): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

/** c is on the segment a–b, given that the three are collinear. */
function within(a: Position, b: Position, c: Position): boolean {
  return (
    Math.min(a[0], b[0]) <= c[0] &&
    c[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= c[1] &&
    c[1] <= Math.max(a[1], b[1])
  );
}

/** The segments a–b and c–d cross or touch. */
export function segmentsMeet(a: Position, b: Position, c: Position, d: Position): boolean {
  const d1 = turn(c, d, a);
  const d2 = turn(c, d, b);
  const d3 = turn(a, b, c);
  const d4 = turn(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (
    (d1 === 0 && within(c, d, a)) ||
    (d2 === 0 && within(c, d, b)) ||
    (d3 === 0 && within(a, b, c)) ||
    (d4 === 0 && within(a, b, d))
  );
}

/** A closed ring's edges, skipping repeated positions; each edge keeps the index of its first position. */
function edges(ring: readonly Position[]): { from: Position; to: Position; at: number }[] {
  const list: { from: Position; to: Position; at: number }[] = [];
  let start = 0;
  for (let i = 1; i < ring.length; i++) {
    const from = ring[start]!;
    const to = ring[i]!;
    if (from[0] === to[0] && from[1] === to[1]) continue;
    list.push({ from, to, at: start });
    start = i;
  }
  return list;
}

/**
 * Where a closed ring crosses or touches itself, as the indexes of the first positions of the two
 * edges that meet; null for a simple ring. Neighbouring edges meet only at their shared position,
 * unless one doubles back along the other.
 */
export function ringCrossing(ring: readonly Position[]): [number, number] | null {
  const list = edges(ring);
  const n = list.length;
  for (let i = 0; i < n; i++) {
    const e = list[i]!;
    const next = list[(i + 1) % n]!;
    // A spike: the next edge runs back along this one.
    if (
      n > 1 &&
      turn(e.from, e.to, next.to) === 0 &&
      (e.from[0] - e.to[0]) * (next.to[0] - e.to[0]) + (e.from[1] - e.to[1]) * (next.to[1] - e.to[1]) > 0
    )
      return [e.at, next.at];
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      const f = list[j]!;
      if (segmentsMeet(e.from, e.to, f.from, f.to)) return [e.at, f.at];
    }
  }
  return null;
}

/** Two rings of one polygon cross or touch. */
export function ringsMeet(a: readonly Position[], b: readonly Position[]): boolean {
  const ea = edges(a);
  const eb = edges(b);
  return ea.some((e) => eb.some((f) => segmentsMeet(e.from, e.to, f.from, f.to)));
}
